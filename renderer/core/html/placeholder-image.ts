import { escapeHtml } from './escape-html'

/**
 * A visible stand-in for an image that cannot be shown (missing, outside the deck folder or remote),
 * as a `data:` SVG URL so it needs no file and no network.
 */
export function placeholderImage(label: string): string {
  const text = escapeHtml(label.length > 60 ? `${label.slice(0, 57)}...` : label)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270">` +
    `<rect width="480" height="270" fill="#f4f4f4" stroke="#c0392b" stroke-width="6" stroke-dasharray="18 10"/>` +
    `<text x="240" y="125" font-family="sans-serif" font-size="26" fill="#c0392b" text-anchor="middle">Image unavailable</text>` +
    `<text x="240" y="165" font-family="sans-serif" font-size="16" fill="#333" text-anchor="middle">${text}</text></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
