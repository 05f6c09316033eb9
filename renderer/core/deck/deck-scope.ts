/**
 * The class of a deck's root wherever its slides are shown (its page, the app's views, a printed
 * book): the deck's own `<style>` applies under it only. Stable for a file name (FNV-1a), so the
 * editor's preview and every view agree.
 */
export function deckScopeClass(file: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < file.length; i++) {
    hash ^= file.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `bd-deck-${hash.toString(36)}`
}
