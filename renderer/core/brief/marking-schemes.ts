/** One sensitivity level of a scheme, lowest first, with its banner's colours. */
export interface MarkingLevel {
  name: string
  background: string
  color: string
}

/** An ordered set of levels: a marking's rank is its level's place in the list. */
export interface MarkingScheme {
  name: string
  levels: readonly MarkingLevel[]
}

const level = (name: string, background: string, color = '#ffffff'): MarkingLevel => ({ name, background, color })

/**
 * The schemes Briefdeck knows by name. `tlp` follows FIRST's Traffic Light Protocol 2.0 (coloured
 * text on black); `government` the banner colours common to US and allied practice; `corporate` a
 * typical company policy.
 */
export const BUILT_IN_SCHEMES = {
  corporate: {
    name: 'corporate',
    levels: [level('PUBLIC', '#1b5e20'), level('INTERNAL', '#0b4fb3'), level('CONFIDENTIAL', '#9a3412'), level('RESTRICTED', '#b00020')],
  },
  tlp: {
    name: 'tlp',
    levels: [level('TLP:CLEAR', '#000000', '#ffffff'), level('TLP:GREEN', '#000000', '#33ff00'), level('TLP:AMBER', '#000000', '#ffc000'),
      level('TLP:AMBER+STRICT', '#000000', '#ffc000'), level('TLP:RED', '#000000', '#ff2b2b')],
  },
  government: {
    name: 'government',
    levels: [level('UNCLASSIFIED', '#007a33'), level('RESTRICTED', '#5b2c83'), level('CONFIDENTIAL', '#0033a0'), level('SECRET', '#c8102e'),
      level('TOP SECRET', '#ff8c00', '#000000')],
  },
} as const satisfies Record<string, MarkingScheme>

export type BuiltInScheme = keyof typeof BUILT_IN_SCHEMES
export const BUILT_IN_SCHEME_NAMES = Object.keys(BUILT_IN_SCHEMES) as BuiltInScheme[]

/** Banner colours for a custom scheme's levels, lowest to highest (white text on each). */
const CUSTOM_COLOURS = ['#1b5e20', '#0b4fb3', '#9a3412', '#b00020', '#4a148c', '#000000']

/**
 * The scheme a deck names: a built-in one by name, or a custom list of level names (lowest first)
 * or of `{ name, background, color }`. Null, with the reason, when it cannot be one.
 */
export function resolveScheme(value: unknown): { scheme: MarkingScheme } | { problem: string } {
  if (typeof value === 'string') {
    const known = BUILT_IN_SCHEMES[value as BuiltInScheme]
    return known ? { scheme: known } : { problem: `\`${value}\` is not a marking scheme: use ${BUILT_IN_SCHEME_NAMES.join(', ')}, or a list of levels, lowest first` }
  }
  if (!Array.isArray(value) || value.length === 0) return { problem: 'a marking scheme is a name (corporate, tlp, government) or a list of levels, lowest first' }
  const levels: MarkingLevel[] = []
  for (const [i, item] of value.entries()) {
    const fallback = CUSTOM_COLOURS[Math.min(i, CUSTOM_COLOURS.length - 1)]
    if (typeof item === 'string' && item.trim() !== '') levels.push(level(item.trim().toUpperCase(), fallback))
    else if (item && typeof item === 'object' && typeof (item as MarkingLevel).name === 'string') {
      const { name, background, color } = item as Partial<MarkingLevel>
      levels.push(level(String(name).trim().toUpperCase(), cssColour(background) ?? fallback, cssColour(color) ?? '#ffffff'))
    } else return { problem: `level ${i + 1} of the marking scheme is neither a name nor { name, background, color }` }
  }
  if (new Set(levels.map((l) => l.name)).size !== levels.length) return { problem: 'a marking scheme names each level once' }
  return { scheme: { name: 'custom', levels } }
}

/** A colour a banner may use: a hex colour or a plain colour name, nothing that could add CSS. */
function cssColour(value: unknown): string | undefined {
  return typeof value === 'string' && /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i.test(value.trim()) ? value.trim() : undefined
}
