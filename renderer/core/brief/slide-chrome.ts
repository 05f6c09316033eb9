import { escapeHtml } from '../html/escape-html'

/** What a slide's own chrome shows: its marking's banners (top and bottom) and a draft stamp. */
export interface SlideChrome {
  marking?: { text: string; color: string; background: string }
  draft?: string
}

/** A slide's chrome from its section attributes, as the compiler sets them (deck-brief.ts). */
export function slideChrome(attributes: Readonly<Record<string, string | undefined>>): SlideChrome {
  const text = attributes['data-bd-marking']
  const [color, background] = (attributes['data-bd-marking-colors'] ?? '').split(' ')
  return {
    marking: text ? { text, color: color || '#ffffff', background: background || '#000000' } : undefined,
    draft: attributes['data-bd-draft'] || undefined,
  }
}

/**
 * The chrome's markup, drawn in the slide's own box (`.slides`) so it is part of the slide in every
 * surface: printed frames and thumbnails here, reveal.js views through the same classes
 * (renderer/page/slide-chrome.ts). Styled by assets/styles/slide-chrome.css. Colours come from the
 * marking scheme, never from the deck's text.
 */
export function slideChromeHtml(chrome: SlideChrome): string {
  const banner = (where: 'top' | 'bottom'): string => chrome.marking
    ? `<div class="bd-marking bd-marking-${where}" style="color:${safeColour(chrome.marking.color)};background:${safeColour(chrome.marking.background)}">${escapeHtml(chrome.marking.text)}</div>`
    : ''
  const draft = chrome.draft ? `<div class="bd-draft" aria-hidden="true">${escapeHtml(chrome.draft)}</div>` : ''
  return chrome.marking || chrome.draft ? `<div class="bd-chrome">${banner('top')}${draft}${banner('bottom')}</div>` : ''
}

/** Whether a deck needs the chrome's style sheet at all. */
export function hasChrome(attributes: Readonly<Record<string, string | undefined>>): boolean {
  return attributes['data-bd-marking'] !== undefined || attributes['data-bd-draft'] !== undefined
}

function safeColour(value: string): string {
  return /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i.test(value) ? value : '#000000'
}
