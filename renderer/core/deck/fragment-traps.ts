import type { AttributeOrigins } from '../html/apply-attribute-comments'
import { type HtmlComment, type HtmlElement, type HtmlNode, childrenOf, getAttribute, isElement, isText } from '../html/html-tree'

/** A fragment that opens a hole in a sentence, and the comment that made it. */
export interface FragmentTrap {
  comment: HtmlComment
  item: HtmlElement
  message: string
}

/**
 * reveal.js applies `<!-- .element: class="fragment" -->` to the element just before the comment.
 * At the end of `- **Trade** — a lopsided balance`, that is the `<strong>`, not the item: until the
 * step the audience reads "____ — a lopsided balance" (or, when the bold word is all there is, sees a
 * bullet alone). Finds each comment that made an element inside a list item a fragment, with the fix
 * in the message.
 */
export function findFragmentTraps(origins: AttributeOrigins): FragmentTrap[] {
  const traps: FragmentTrap[] = []
  for (const [target, from] of origins) {
    const comment = from.get('class')
    if (!comment || target.tagName === 'li' || !/(^|\s)fragment(\s|$)/.test(getAttribute(target, 'class') ?? '')) continue
    const item = closestItem(target)
    if (!item) continue
    const seen = showsOtherText(item, target)
      ? 'the rest of the item with a hole in it'
      : 'the item’s bullet alone on its line'
    traps.push({
      comment, item,
      message: `this comment makes only the <${target.tagName}> before it a fragment, not the list item: until that step the audience sees ${seen}. ` +
        'To reveal the whole item, put the comment alone at the start of the item and its text on the next line, indented: `- <!-- .element: class="fragment" -->` then `  **Trade** — …`',
    })
  }
  return traps
}

function closestItem(element: HtmlElement): HtmlElement | null {
  for (let node = element.parentNode as HtmlNode | null; node && isElement(node); node = node.parentNode as HtmlNode | null) {
    if (node.tagName === 'li') return node
    if (node.tagName === 'ul' || node.tagName === 'ol' || node.tagName === 'section') return null
  }
  return null
}

/** Whether the item has visible text outside `fragment` (nested lists are their own items). */
function showsOtherText(item: HtmlElement, fragment: HtmlElement): boolean {
  const visit = (node: HtmlNode): boolean => {
    if (node === fragment) return false
    if (isText(node)) return node.value.trim() !== ''
    if (isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol')) return false
    return childrenOf(node).some(visit)
  }
  return childrenOf(item).some(visit)
}
