/** A file name from a title: lower case letters, digits and dashes, at most 60 characters. */
export function toFileStem(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'deck'
}

/** The first of `stem.ext`, `stem-2.ext`, `stem-3.ext`… that `taken` says is free. */
export async function freeName(stem: string, extension: string, taken: (name: string) => Promise<boolean>): Promise<string> {
  let name = `${stem}.${extension}`
  for (let n = 2; await taken(name); n++) name = `${stem}-${n}.${extension}`
  return name
}

/** The calendar day of `now` where the user is (local time), as front matter writes it: YYYY-MM-DD. */
export function toLocalDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * A new deck's text from the template, titled `title` and dated `date` (YYYY-MM-DD): the front
 * matter's title (as a YAML string) and date, and the first heading. The title is inserted as text,
 * never as a replacement pattern (`$'`, `$&`).
 */
export function fillTemplate(template: string, title: string, date: string): string {
  const oneLine = title.trim().replace(/[\r\n]+/g, ' ')
  return template
    .replace(/^title: .*$/m, () => `title: ${JSON.stringify(oneLine)}`)
    .replace(/^date: .*$/m, () => `date: ${date}`)
    .replace(/^# New briefing$/m, () => `# ${oneLine}`)
}
