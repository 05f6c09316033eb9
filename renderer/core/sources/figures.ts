/**
 * Figures in running text, read so that the ways one figure is written compare equal:
 * "$22.85 billion" = "$22.85 bn" = "22.85 billion dollars"; "15 per cent" = "15%"; "360 kmph" = "360 km/h".
 */
export interface Figure {
  /** As written, e.g. `$22.85 bn`. */
  text: string
  /** The number as written, without its magnitude word: 22.85. */
  mantissa: number
  /** Its value with the magnitude applied: 22850000000. */
  value: number
  /** Its unit, one name per unit however written: `USD`, `INR`, `%`, `km`, `km/h`, or '' for a count or a year. */
  unit: string
}

/** Magnitude words and what they multiply by. Single letters (`$5m`) count only after a currency sign. */
const MAGNITUDES: Record<string, number> = {
  thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, crore: 1e7, crores: 1e7,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12,
}
const LETTER_MAGNITUDES = new Set(['k', 'm', 'b'])

/** Each way of writing a unit, lower case with spaces removed, and the one name it has here. */
const UNITS: Record<string, string> = {
  '%': '%', percent: '%', percentage: '%', pc: '%',
  'km/h': 'km/h', kmph: 'km/h', kph: 'km/h', 'kmperhour': 'km/h', 'kilometresperhour': 'km/h', 'kilometersperhour': 'km/h', 'kilometreperhour': 'km/h', 'kilometerperhour': 'km/h',
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mph: 'mph', mile: 'mile', miles: 'mile', kg: 'kg', tonne: 't', tonnes: 't', ton: 't', tons: 't',
  mw: 'MW', gw: 'GW', gwh: 'GWh', mwh: 'MWh',
  dollar: 'USD', dollars: 'USD', rupee: 'INR', rupees: 'INR', yen: 'JPY', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
}
/** Currency signs and codes written before a number. */
const CURRENCIES: Record<string, string> = {
  'us$': 'USD', $: 'USD', usd: 'USD', '₹': 'INR', rs: 'INR', 'rs.': 'INR', inr: 'INR', '¥': 'JPY', jpy: 'JPY', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP',
}

/**
 * A currency, a number (with thousands commas or not, and decimals), then perhaps a magnitude word and
 * a unit, each after an optional space or hyphen ("7,000-kilometre"). Linear: no group can backtrack
 * into another, and numbers are at most 30 digits.
 */
const FIGURE = new RegExp(
  String.raw`((?<![A-Za-z])(?:US\$|Rs\.?|USD|INR|JPY|EUR|GBP)|\$|₹|¥|€|£)?[ \u00a0]?` +
  String.raw`(\d{1,3}(?:,\d{3}){1,9}(?:\.\d{1,12})?|\d{1,18}(?:\.\d{1,12})?)` +
  String.raw`(?:[ \u00a0-]?(thousand|lakhs?|millions?|mn|crores?|billions?|bn|trillions?|tn|[kmb])(?![a-z]))?` +
  String.raw`(?:[ \u00a0-]?(per[ \u00a0]?cent|percentage|percent|%|pc(?![a-z])|km[ \u00a0]?/[ \u00a0]?h|kmph|kph|km[ \u00a0]per[ \u00a0]hour|kilomet(?:re|er)s?[ \u00a0]per[ \u00a0]hour|kilomet(?:re|er)s?|kms?(?![a-z])|mph|miles?|kg|tonnes?|tons?|gwh|mwh|mw|gw|dollars?|rupees?|yen|euros?|pounds?)(?![a-z]))?`,
  'gi',
)

/** At most this many figures are read from one text: past that a text is a data set, not a source. */
export const MAX_FIGURES = 100_000

/**
 * The figures of a text, in order. A number glued to letters before it is a name, not a figure
 * (`FY24`, `E10`, `Chandrayaan-5`, `G7`), and so is one inside a longer run of digits and dots (`1.2.3`).
 */
export function findFigures(text: string, max = MAX_FIGURES): Figure[] {
  const figures: Figure[] = []
  FIGURE.lastIndex = 0
  for (let match = FIGURE.exec(text); match !== null && figures.length < max; match = FIGURE.exec(text)) {
    const [whole, currencyWritten, number, magnitudeWritten, unitWritten] = match
    const numberAt = match.index + whole.indexOf(number, currencyWritten ? currencyWritten.length : 0)
    if (isNamePart(text, numberAt, match.index + whole.length)) continue
    let magnitude: string | undefined = magnitudeWritten?.toLowerCase()
    // `m` or `b` alone is a magnitude only after a currency sign ($5m); else it is the next word's letter.
    if (magnitude && LETTER_MAGNITUDES.has(magnitude) && !currencyWritten) magnitude = undefined
    const mantissa = Number(number.replace(/,/g, ''))
    if (!Number.isFinite(mantissa)) continue
    const unit = currencyWritten ? CURRENCIES[currencyWritten.toLowerCase()] : unitWritten ? UNITS[unitWritten.toLowerCase().replace(/[ \u00a0]/g, '')] ?? unitWritten.toLowerCase() : ''
    const end = magnitude || unitWritten ? whole.length : whole.indexOf(number) + number.length
    const written = whole.slice(0, end).trim()
    figures.push({ text: written, mantissa, value: mantissa * (magnitude ? MAGNITUDES[magnitude] : 1), unit })
  }
  return figures
}

/** Whether the number at `at` is part of a name or a longer token: letters (or a letter and a hyphen) before it, digits or a dot-number after. */
function isNamePart(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at)
  if (/[\p{L}_]$/u.test(before) || /[\p{L}]-$/u.test(before) || /\d[.]$/.test(before)) return true
  return /^[.]\d/.test(text.slice(end, end + 2))
}

/** The key two figures share when they are the same figure: unit and value, rounded past float noise. */
export function figureKey(figure: Pick<Figure, 'unit' | 'value'>): string {
  return `${figure.unit}|${Number(figure.value.toPrecision(12))}`
}
