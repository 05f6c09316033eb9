import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { deflate } from 'node:zlib'
import type { OutlineEntry } from '../../../../renderer/core/print/outline'
import {
  UnsupportedPdf, arrayItems, dictEntries, refOf, refsIn, splitStrings, toDict, toPdfString, toPdfText,
} from './pdf-syntax'
import type { ReadPdf } from './read-pdf'

const deflateAsync = promisify(deflate)

/** One printed piece of the document, in order, and the named destinations in it that only stand in for another piece's. */
export interface PdfPart {
  pdf: ReadPdf
  stubs?: ReadonlySet<string>
}

/** What the writer adds: the document information, the bookmarks, and the date it is dated. */
export interface PdfFinish {
  /** Document information entries, each a finished PDF value (a text string in hex, a name…). */
  info: Array<[string, string]>
  /** The catalog's language (`/Lang`), as a BCP 47 tag. */
  language?: string
  outline: readonly OutlineEntry[]
}

/** The keys of a catalog the writer knows how to carry over from printed pieces. */
const CATALOG_KEYS = new Set(['Type', 'Pages', 'Dests', 'MarkInfo', 'StructTreeRoot', 'ViewerPreferences', 'Lang', 'Outlines', 'PageMode'])
/** A page tree node that only groups pages (attributes pages inherit from it would be lost). */
const PAGES_KEYS = new Set(['Type', 'Kids', 'Count', 'Parent'])

interface PartPlan {
  part: PdfPart
  /** Its place among the pieces: the first keeps its font tags and structure IDs. */
  index: number
  /** Old object number → new one, or the merged object it is now part of. */
  numbers: Map<number, number>
  /** Objects the merged ones replace, and which merged object each now is (none: nothing refers to it). */
  dropped: Map<number, 'pages' | 'document' | 'structure' | null>
  leaves: number[]
  /** The structure elements at the top of this piece's tree, and the ParentTree entries. */
  kids: string[]
  parentTree: Array<[number, string]>
  nextKey: number
  idTree: Array<[string, string]>
  dests: Array<[string, string]>
  holderEntries?: Map<string, string>
  catalog: Map<string, string>
  keyOffset: number
  /** This piece's font subset tags and structure IDs, old → new. */
  tags: Map<string, string>
  ids: Map<string, string>
  tagged: boolean
}

/**
 * Writes one PDF from the pieces Chromium printed (a long document is printed in slices, side by
 * side): every page, its content, fonts, links and the tagged structure, in order, as one document,
 * with the information dictionary, the bookmarks and a document ID from the content. Object
 * numbers, structure keys, font subset tags and structure IDs are renumbered so the pieces' never
 * clash. Non-stream objects are packed into compressed object streams, as PDF 1.5 allows.
 */
export async function writePdf(parts: readonly PdfPart[], finish: PdfFinish): Promise<Uint8Array> {
  let next = 1
  const take = (): number => next++
  const catalogNumber = take()
  const infoNumber = take()
  const pagesNumber = take()
  const plans = parts.map((part, index) => planPart(part, index))
  const tagged = plans[0].tagged
  if (plans.some((plan) => plan.tagged !== tagged || !plan.holderEntries !== !plans[0].holderEntries)) throw new UnsupportedPdf('pieces tagged differently')
  const structNumber = tagged ? take() : 0
  const parentTreeNumber = tagged ? take() : 0
  const documentNumber = tagged && plans[0].holderEntries ? take() : 0
  const idTreeNumber = plans.some((plan) => plan.idTree.length > 0) ? take() : 0
  const destsNumber = plans.some((plan) => plan.dests.length > 0) ? take() : 0

  let keyOffset = 0
  const usedTags = new Set<string>()
  const merged = { pages: pagesNumber, document: documentNumber, structure: structNumber }
  for (const plan of plans) {
    plan.keyOffset = keyOffset
    keyOffset += plan.nextKey
    for (const number of [...plan.part.pdf.objects.keys()].sort((a, b) => a - b)) {
      if (!plan.dropped.has(number)) plan.numbers.set(number, take())
    }
    for (const [number, now] of plan.dropped) if (now) plan.numbers.set(number, merged[now])
  }

  const objects = new Map<number, { text: string; stream?: Buffer }>()
  const tagCounter = { value: 0 }
  for (const plan of plans) {
    for (const [old, { text, stream }] of plan.part.pdf.objects) {
      if (plan.dropped.has(old)) continue
      objects.set(plan.numbers.get(old) as number, { text: rewrite(text, plan, usedTags, tagCounter), stream })
    }
  }

  const leaves = plans.flatMap((plan) => plan.leaves.map((leaf) => plan.numbers.get(leaf) as number))
  objects.set(pagesNumber, { text: toDict([['Type', '/Pages'], ['Kids', `[${leaves.map((n) => `${n} 0 R`).join(' ')}]`], ['Count', String(leaves.length)]]) })

  if (tagged) {
    const kids = plans.flatMap((plan) => plan.kids.map((kid) => rewrite(kid, plan, usedTags, tagCounter)))
    const nums = plans.flatMap((plan) => plan.parentTree.map(([key, value]) => `${key + plan.keyOffset} ${rewrite(value, plan, usedTags, tagCounter)}`))
    const root: Array<[string, string]> = [['Type', '/StructTreeRoot']]
    if (documentNumber) {
      const entries = new Map(plans[0].holderEntries)
      for (const [key, value] of entries) entries.set(key, rewrite(value, plans[0], usedTags, tagCounter))
      entries.set('P', `${structNumber} 0 R`)
      entries.set('K', `[${kids.join(' ')}]`)
      objects.set(documentNumber, { text: toDict(entries) })
      root.push(['K', `${documentNumber} 0 R`])
    } else root.push(['K', `[${kids.join(' ')}]`])
    root.push(['ParentTree', `${parentTreeNumber} 0 R`], ['ParentTreeNextKey', String(keyOffset)])
    if (idTreeNumber) root.push(['IDTree', `${idTreeNumber} 0 R`])
    objects.set(structNumber, { text: toDict(root) })
    objects.set(parentTreeNumber, { text: toDict([['Nums', `[${nums.join(' ')}]`]]) })
  }
  if (idTreeNumber) {
    const names = plans.flatMap((plan) => plan.idTree.map(([id, value]) => [renameId(id, plan), rewrite(value, plan, usedTags, tagCounter)] as const))
    names.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    objects.set(idTreeNumber, { text: toDict([['Names', `[${names.map(([id, value]) => `${id} ${value}`).join(' ')}]`]]) })
  }
  if (destsNumber) {
    const dests = new Map<string, string>()
    for (const plan of plans) {
      for (const [name, value] of plan.dests) {
        // The first piece that holds the element itself wins, as the first element with an id does in one document.
        if (!dests.has(name) && !plan.part.stubs?.has(decodeName(name))) dests.set(name, rewrite(value, plan, usedTags, tagCounter))
      }
    }
    objects.set(destsNumber, { text: toDict(dests) })
  }

  const catalog: Array<[string, string]> = [['Type', '/Catalog'], ['Pages', `${pagesNumber} 0 R`]]
  for (const [key, value] of plans[0].catalog) {
    if (!['Type', 'Pages', 'Dests', 'StructTreeRoot', 'Outlines', 'PageMode', 'Lang'].includes(key)) catalog.push([key, rewrite(value, plans[0], usedTags, tagCounter)])
  }
  if (tagged) catalog.push(['StructTreeRoot', `${structNumber} 0 R`])
  if (destsNumber) catalog.push(['Dests', `${destsNumber} 0 R`])
  const language = finish.language === undefined ? plans[0].catalog.get('Lang') : toPdfString(finish.language)
  if (language) catalog.push(['Lang', language])
  if (finish.outline.length > 0) {
    const outlineNumber = writeOutline(finish.outline, leaves, objects, take)
    catalog.push(['Outlines', `${outlineNumber} 0 R`], ['PageMode', '/UseOutlines'])
  }
  objects.set(catalogNumber, { text: toDict(catalog) })
  objects.set(infoNumber, { text: toDict(finish.info) })
  return serialize(objects, catalogNumber, infoNumber, next)
}

/** Reads what the writer needs from one piece, and which of its objects the merged ones replace. */
function planPart(part: PdfPart, index: number): PartPlan {
  const { objects, root, info } = part.pdf
  const object = (number: number | undefined): string => {
    const found = number === undefined ? undefined : objects.get(number)
    if (!found) throw new UnsupportedPdf(`a missing object ${number}`)
    return found.text
  }
  const dropped: PartPlan['dropped'] = new Map([[root, null]])
  if (info !== undefined) dropped.set(info, null)
  const catalog = dictEntries(object(root))
  for (const key of catalog.keys()) if (!CATALOG_KEYS.has(key)) throw new UnsupportedPdf(`a catalog with /${key}`)

  const leaves: number[] = []
  const walk = (number: number): void => {
    const node = dictEntries(object(number))
    if (node.get('Type') === '/Pages') {
      for (const key of node.keys()) if (!PAGES_KEYS.has(key)) throw new UnsupportedPdf(`a page tree node with /${key}`)
      dropped.set(number, 'pages')
      for (const kid of refsIn(node.get('Kids') ?? '[]')) walk(kid)
    } else leaves.push(number)
  }
  walk(refOf(catalog.get('Pages')) as number)

  const valueOf = (text: string | undefined): string | undefined => {
    const ref = refOf(text)
    if (ref === undefined) return text
    dropped.set(ref, null)
    return object(ref)
  }
  /** A number tree's or name tree's entries (§7.9.6–7), from its leaves in order; its nodes are replaced. */
  const treeEntries = (node: string | undefined, key: 'Nums' | 'Names'): Array<[string, string]> => {
    if (node === undefined) return []
    const entries = dictEntries(node)
    const kids = entries.get('Kids')
    if (kids !== undefined) return refsIn(kids).flatMap((kid) => treeEntries(valueOf(`${kid} 0 R`), key))
    const items = arrayItems(entries.get(key) ?? '[]')
    const pairs: Array<[string, string]> = []
    for (let i = 0; i + 1 < items.length; i += 2) pairs.push([items[i], items[i + 1]])
    return pairs
  }

  let kids: string[] = []
  let parentTree: Array<[number, string]> = []
  let nextKey = 0
  let idTree: Array<[string, string]> = []
  let holderEntries: Map<string, string> | undefined
  const structRoot = refOf(catalog.get('StructTreeRoot'))
  if (structRoot !== undefined) {
    dropped.set(structRoot, 'structure')
    const tree = dictEntries(object(structRoot))
    for (const key of tree.keys()) if (!['Type', 'K', 'ParentTree', 'ParentTreeNextKey', 'IDTree'].includes(key)) throw new UnsupportedPdf(`a structure tree with /${key}`)
    const top = tree.get('K') ?? '[]'
    const single = refOf(top)
    const holder = single === undefined ? undefined : dictEntries(object(single))
    if (single !== undefined && holder?.get('S') === '/Document') {
      holderEntries = holder
      dropped.set(single, 'document')
      const inner = holder.get('K') ?? '[]'
      kids = inner.trim().startsWith('[') ? arrayItems(inner) : [inner]
    } else kids = top.trim().startsWith('[') ? arrayItems(top) : [top]
    parentTree = treeEntries(valueOf(tree.get('ParentTree')), 'Nums').map(([key, value]) => [Number(key), value])
    nextKey = Number(tree.get('ParentTreeNextKey') ?? parentTree.reduce((max, [key]) => Math.max(max, key + 1), 0))
    idTree = treeEntries(valueOf(tree.get('IDTree')), 'Names')
  }
  const destsText = valueOf(catalog.get('Dests'))
  const dests = destsText === undefined ? [] : [...dictEntries(destsText)]
  return {
    part, index, numbers: new Map(), dropped, leaves, kids, parentTree, nextKey, idTree, dests, holderEntries, catalog,
    keyOffset: 0, tags: new Map(), ids: new Map(), tagged: structRoot !== undefined,
  }
}

/** Renumbers one object's text into the merged document: references, structure keys, font tags and structure IDs. */
function rewrite(text: string, plan: PartPlan, usedTags: Set<string>, counter: { value: number }): string {
  const pieces = splitStrings(text)
  let out = ''
  let idNext = false
  let inHeaders = false
  for (const piece of pieces) {
    if (piece.isString) {
      out += idNext || inHeaders ? renameId(piece.text, plan) : piece.text
      idNext = false
      continue
    }
    let rest = piece.text
    if (rest.includes('R')) {
      rest = rest.replace(/(\d+)(\s+)(\d+)(\s+)R(?![^\s/[\]<>()%])/g, (_, number: string) => {
        const mapped = plan.numbers.get(Number(number))
        return mapped ? `${mapped} 0 R` : 'null'
      })
    }
    if (plan.keyOffset > 0 && rest.includes('/StructParent')) {
      rest = rest.replace(/(\/StructParents?)(\s+)(\d+)/g, (_, key: string, space: string, value: string) => `${key}${space}${Number(value) + plan.keyOffset}`)
    }
    if (rest.includes('/BaseFont') || rest.includes('/FontName')) {
      rest = rest.replace(/(\/(?:BaseFont|FontName)\s*\/)([A-Z]{6})\+/g, (_, key: string, tag: string) => `${key}${retag(tag, plan, usedTags, counter)}+`)
    }
    out += rest
    idNext = /\/ID\s*$/.test(rest)
    if (/\/Headers\s*\[[^\]]*$/.test(rest)) inHeaders = true
    else if (inHeaders && rest.includes(']')) inHeaders = false
  }
  return out
}

/**
 * A font subset tag (the six letters before `+`) unique in the merged document: the first piece
 * keeps Chromium's (AAAAAA, BAAAAA…), later pieces' fonts continue its count. Two different subsets
 * under one name would let a viewer draw one with the other's glyphs.
 */
function retag(tag: string, plan: PartPlan, used: Set<string>, counter: { value: number }): string {
  const known = plan.tags.get(tag)
  if (known) return known
  let fresh = tag
  if (plan.index > 0 || used.has(tag)) {
    do {
      let n = counter.value++
      fresh = ''
      for (let i = 0; i < 6; i++, n = Math.floor(n / 26)) fresh += String.fromCharCode(65 + (n % 26))
    } while (used.has(fresh))
  } else counter.value = Math.max(counter.value, tagNumber(tag) + 1)
  used.add(fresh)
  plan.tags.set(tag, fresh)
  return fresh
}

function tagNumber(tag: string): number {
  let n = 0
  for (let i = 5; i >= 0; i--) n = n * 26 + (tag.charCodeAt(i) - 65)
  return n
}

/**
 * A structure element's ID (a table header's, which its cells name) in the merged document. Chromium
 * makes them from its DOM node numbers, unique within a piece but not across pieces, and different
 * in a page that printed before: they are numbered again, piece by piece, in the order they appear.
 */
function renameId(id: string, plan: PartPlan): string {
  let renamed = plan.ids.get(id)
  if (renamed === undefined) {
    renamed = `(bd${plan.index}.${plan.ids.size + 1})`
    plan.ids.set(id, renamed)
  }
  return renamed
}

/** A name's text (§7.3.5: `#xx` is a byte; the bytes are UTF-8), as the browser named the destination. */
function decodeName(name: string): string {
  return Buffer.from(name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8')
}

/** Writes the bookmarks (ISO 32000 §12.3.3): one dictionary per entry, linked as siblings; returns the outline's number. */
function writeOutline(outline: readonly OutlineEntry[], pages: readonly number[], objects: Map<number, { text: string }>, take: () => number): number {
  const root = take()
  const level = (entries: readonly OutlineEntry[], parent: number): { first: number; last: number; count: number } => {
    const numbers = entries.map(() => take())
    entries.forEach((entry, i) => {
      const dict: Array<[string, string]> = [['Title', toPdfText(entry.title)], ['Parent', `${parent} 0 R`]]
      dict.push(['Dest', `[${pages[Math.min(entry.pageIndex, pages.length - 1)]} 0 R /Fit]`])
      if (i > 0) dict.push(['Prev', `${numbers[i - 1]} 0 R`])
      if (i < numbers.length - 1) dict.push(['Next', `${numbers[i + 1]} 0 R`])
      if (entry.children.length > 0) {
        const children = level(entry.children, numbers[i])
        // A negative count shows the entry closed: a book opens on its chapters, not every slide.
        dict.push(['First', `${children.first} 0 R`], ['Last', `${children.last} 0 R`], ['Count', String(-children.count)])
      }
      objects.set(numbers[i], { text: toDict(dict) })
    })
    return { first: numbers[0], last: numbers[numbers.length - 1], count: entries.length }
  }
  const top = level(outline, root)
  objects.set(root, { text: toDict([['Type', '/Outlines'], ['First', `${top.first} 0 R`], ['Last', `${top.last} 0 R`], ['Count', String(top.count)]]) })
  return root
}

/** Objects a stream packs together: big enough to compress well, small enough to compress side by side. */
const OBJECTS_PER_STREAM = 400

/** The file: streams as they are, the other objects in compressed object streams, a cross-reference stream. */
async function serialize(objects: Map<number, { text: string; stream?: Buffer }>, root: number, info: number, size: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')]
  let offset = chunks[0].length
  const where = new Map<number, [type: 1 | 2, field2: number, field3: number]>()
  const push = (buffer: Buffer): void => {
    chunks.push(buffer)
    offset += buffer.length
  }
  const numbers = [...objects.keys()].sort((a, b) => a - b)
  const plain: number[] = []
  for (const number of numbers) {
    const { text, stream } = objects.get(number) as { text: string; stream?: Buffer }
    if (!stream) {
      plain.push(number)
      continue
    }
    where.set(number, [1, offset, 0])
    push(Buffer.from(`${number} 0 obj\n${text}\nstream\n`, 'latin1'))
    push(stream)
    push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
  }
  const groups: number[][] = []
  for (let i = 0; i < plain.length; i += OBJECTS_PER_STREAM) groups.push(plain.slice(i, i + OBJECTS_PER_STREAM))
  let nextNumber = size
  const packed = await Promise.all(groups.map(async (group) => {
    let header = ''
    let body = ''
    for (const number of group) {
      header += `${number} ${Buffer.byteLength(body, 'latin1')} `
      body += `${(objects.get(number) as { text: string }).text}\n`
    }
    header += '\n'
    return { group, first: Buffer.byteLength(header, 'latin1'), data: await deflateAsync(Buffer.from(header + body, 'latin1')) }
  }))
  for (const { group, first, data } of packed) {
    const number = nextNumber++
    group.forEach((member, index) => where.set(member, [2, number, index]))
    where.set(number, [1, offset, 0])
    push(Buffer.from(`${number} 0 obj\n<</Type /ObjStm /N ${group.length} /First ${first} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`, 'latin1'))
    push(data)
    push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
  }
  // The ID is the content's: the same document always gets the same one.
  const id = createHash('md5').update(Buffer.concat(chunks)).digest('hex').toUpperCase()
  const xrefNumber = nextNumber++
  const xrefAt = offset
  where.set(xrefNumber, [1, xrefAt, 0])
  const entries = Buffer.alloc(7 * nextNumber)
  for (let n = 0; n < nextNumber; n++) {
    const [type, a, b] = where.get(n) ?? [0, 0, n === 0 ? 0xffff : 0]
    entries.writeUInt8(type, n * 7)
    entries.writeUInt32BE(a, n * 7 + 1)
    entries.writeUInt16BE(b, n * 7 + 5)
  }
  const table = await deflateAsync(entries)
  push(Buffer.from(`${xrefNumber} 0 obj\n<</Type /XRef /Size ${nextNumber} /W [1 4 2] /Root ${root} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>] /Filter /FlateDecode /Length ${table.length}>>\nstream\n`, 'latin1'))
  push(table)
  push(Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'))
  return new Uint8Array(Buffer.concat(chunks))
}
