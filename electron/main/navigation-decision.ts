import { isSafeExternalUrl } from './external-links'
import { isTrustedSender } from './protocol-path'

/** What happens to a navigation a page starts: stay in the app, hand it to the system browser, or refuse. */
export type NavigationDecision = 'allow' | 'external' | 'deny'

/**
 * Decides a navigation (a link clicked in a slide, a script setting `location`): the app's own pages
 * load; a safe http(s) link opens in the system browser, as the README promises; anything else
 * (file:, other schemes, the open folder's own files as a page) is refused.
 */
export function navigationDecision(url: string): NavigationDecision {
  if (isTrustedSender(url)) return 'allow'
  return isSafeExternalUrl(url) ? 'external' : 'deny'
}
