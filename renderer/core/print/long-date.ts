const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A front matter date (`2025-08-30`) as a reader writes it on a cover: `30 August 2025`. Day, month
 * name, year is unambiguous wherever the reader is (03/08 is not), and the names are fixed here
 * rather than taken from Intl, whose output follows the machine's locale and ICU data. Anything that
 * is not a real YYYY-MM-DD date is returned as written: the author chose those words.
 */
export function toLongDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  if (match === null) return value
  const [year, month, day] = match.slice(1).map(Number)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month < 1 || month > 12 || day < 1 || day > days) return value
  return `${day} ${MONTHS[month - 1]} ${match[1]}`
}
