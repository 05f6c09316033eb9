import { type Completion, type CompletionContext, type CompletionResult, snippetCompletion } from '@codemirror/autocomplete'
import { EditorState, type Extension } from '@codemirror/state'
import { FRONT_MATTER_DOCS, type KeyDoc, REVEAL_OPTION_DOCS } from './front-matter-docs'

/** Snippets for the briefing theme's layouts and reveal.js's conventions; `${…}` are the fields Tab goes through. */
const SNIPPETS: readonly Completion[] = [
  snippetCompletion('---\n\n## ${Title}\n\n${}', { label: 'slide', detail: 'next slide', info: 'A `---` line starts the next slide.' }),
  snippetCompletion('--\n\n## ${Title}\n\n${}', { label: 'vertical', detail: 'slide below', info: 'A `--` line starts a slide below the current one.' }),
  snippetCompletion('<!-- .slide: class="bd-title" -->\n# ${Title}\n\n${Subtitle}', { label: 'bd-title', detail: 'title slide layout', info: 'The briefing theme’s opening slide: a large title with a rule, and a muted subtitle.' }),
  snippetCompletion('<div class="bd-columns">\n<div>\n\n${left}\n\n</div>\n<div>\n\n${right}\n\n</div>\n</div>', { label: 'bd-columns', detail: 'side-by-side layout', info: 'Puts blocks side by side: each inner <div> is a column. Keep a blank line around Markdown inside.' }),
  snippetCompletion('<span class="bd-figure">${68 bn}</span>\n<span class="bd-caption">${what the number is}</span>', { label: 'bd-figure', detail: 'big number + caption', info: 'One big number in the accent colour (bd-figure) with its caption below (bd-caption).' }),
  snippetCompletion('<!-- .slide: class="bd-sources" -->\n## Sources\n\n- ${source, with its date}', { label: 'bd-sources', detail: 'sources slide layout', info: 'A citations slide in smaller type.' }),
  snippetCompletion('<span class="bd-term">${term}</span>', { label: 'bd-term', detail: 'Hindi or Japanese term', info: 'Marks a term in another language (bold, second accent colour).' }),
  snippetCompletion(' <!-- .element: class="fragment" -->', { label: 'fragment', detail: 'appear on click', info: 'Put after a list item or a block: it appears on the next click. Styles: fade-up, grow, highlight-red, …' }),
  snippetCompletion('Note: ${what to say}', { label: 'notes', detail: 'speaker notes', info: 'Everything after `Note:` to the end of the slide is speaker notes: in the presenter view and handouts, never on the slide.' }),
  snippetCompletion('<!-- .slide: data-background-color="${#13235b}" -->', { label: 'background', detail: 'slide background', info: 'Sets the slide’s background colour (data-background-image="img.jpg" for a picture).' }),
  snippetCompletion('![${alt text}](${assets/image.png})', { label: 'image', detail: 'image', info: 'An image from the deck’s folder (paste or drop one to copy it into assets/).' }),
]

/** Classes worth knowing inside `class="…"`: the theme's layouts and reveal.js's fragment styles. */
const CLASSES: readonly Completion[] = [
  ...['bd-title', 'bd-sources', 'bd-columns', 'bd-figure', 'bd-caption', 'bd-term'].map((label) => ({ label, type: 'class', detail: 'briefing theme' })),
  ...['fragment', 'fade-up', 'fade-in-then-out', 'grow', 'shrink', 'strike', 'highlight-red', 'highlight-current-blue'].map((label) => ({ label, type: 'class', detail: 'reveal.js fragment' })),
]

const keyCompletion = (label: string, doc: KeyDoc): Completion => ({ label, type: 'property', detail: doc.detail, info: doc.info, apply: `${label}: ` })
const TOP_KEYS = Object.entries(FRONT_MATTER_DOCS).map(([key, doc]) => keyCompletion(key, doc))
const REVEAL_KEYS = Object.entries(REVEAL_OPTION_DOCS).map(([key, doc]) => keyCompletion(key, doc))

/** The lines strictly inside a leading front matter block (1-based), or null when there is none. */
export function frontMatterLines(state: EditorState): { first: number; last: number } | null {
  const doc = state.doc
  if (doc.lines < 2 || !/^---[ \t]*$/.test(doc.line(1).text)) return null
  for (let n = 2; n <= Math.min(doc.lines, 500); n++) if (/^(---|\.\.\.)[ \t]*$/.test(doc.line(n).text)) return { first: 2, last: n - 1 }
  return { first: 2, last: Math.min(doc.lines, 500) }
}

function frontMatterKeys(context: CompletionContext): CompletionResult | null {
  const front = frontMatterLines(context.state)
  const line = context.state.doc.lineAt(context.pos)
  if (!front || line.number < front.first || line.number > front.last) return null
  // Only where a key goes: at the start of a line, not in a value.
  const typed = /^(\s*)(\w*)$/.exec(line.text.slice(0, context.pos - line.from))
  if (!typed || (typed[2] === '' && !context.explicit)) return null
  return { from: context.pos - typed[2].length, options: typed[1] === '' ? TOP_KEYS : REVEAL_KEYS, validFor: /^\w*$/ }
}

function attributeComments(context: CompletionContext): CompletionResult | null {
  const typed = context.matchBefore(/<!--\s*\.\w*$/)
  if (!typed) return null
  return {
    from: typed.from + typed.text.lastIndexOf('.') + 1,
    options: [
      { label: 'slide:', type: 'keyword', detail: 'this slide’s attributes', info: 'Attributes of the slide’s <section>: class="bd-title", data-background-color="#123", …', apply: 'slide: class=""' },
      { label: 'element:', type: 'keyword', detail: 'the element before', info: 'Attributes of the element just before the comment, e.g. class="fragment".', apply: 'element: class="fragment"' },
    ],
    validFor: /^\w*:?$/,
  }
}

function classNames(context: CompletionContext): CompletionResult | null {
  const typed = context.matchBefore(/class="[^"]*$/)
  if (!typed) return null
  const word = /[\w-]*$/.exec(typed.text)?.[0] ?? ''
  return { from: context.pos - word.length, options: CLASSES, validFor: /^[\w-]*$/ }
}

function snippets(context: CompletionContext): CompletionResult | null {
  const front = frontMatterLines(context.state)
  if (front && context.state.doc.lineAt(context.pos).number <= front.last + 1) return null
  if (context.matchBefore(/<[^>]*$/)) return null
  const word = context.matchBefore(/[\w-]*/)
  const from = word ? word.from : context.pos
  // As you type, only a word alone at the start of a line (where a block goes), so prose stays quiet.
  const line = context.state.doc.lineAt(context.pos)
  const alone = /^\s*$/.test(line.text.slice(0, from - line.from)) && context.pos - from >= 2
  if (!alone && !context.explicit) return null
  return { from, options: SNIPPETS, validFor: /^[\w-]*$/ }
}

/**
 * Completions while writing a deck (Ctrl+Space, or as you type): front matter keys with their
 * documentation, `<!-- .slide:` and `<!-- .element:` comments, the theme's classes inside `class="…"`,
 * and snippets for layouts, fragments, notes and slides in the body.
 */
export function deckCompletions(): Extension {
  return EditorState.languageData.of(() => [
    { autocomplete: frontMatterKeys }, { autocomplete: attributeComments }, { autocomplete: classNames }, { autocomplete: snippets },
  ])
}
