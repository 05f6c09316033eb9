/**
 * Whether a link clicked in a deck may open in the system browser: only http(s) to a named host,
 * without credentials. Everything else (file:, javascript:, custom schemes that launch programs) is
 * refused, because the OS would hand it to whatever program claims it.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  if (url.username !== '' || url.password !== '') return false
  return url.hostname.length > 0 && url.hostname.length <= 253
}
