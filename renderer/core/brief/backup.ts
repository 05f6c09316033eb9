/** A line that starts the backup slides: every slide from the one holding it on is a backup slide. */
const BACKUP_LINE = /^[ \t]*<!--[ \t]*backup[ \t]*-->[ \t]*$/i
const FENCE = /^[ \t]*(`{3,}|~{3,})/

/**
 * The file line of a deck's `<!-- backup -->` line, outside code blocks (null when it has none).
 * `firstLine` is the file line of `text`'s first line.
 */
export function findBackupLine(text: string, firstLine: number): number | null {
  let fence: string | null = null
  for (const [i, line] of text.split('\n').entries()) {
    const open = FENCE.exec(line)
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1]) fence = null
    } else if (open) fence = open[1]
    else if (BACKUP_LINE.test(line)) return firstLine + i
  }
  return null
}

/** Whether a slide's Markdown is nothing but the backup line (a divider slide, then left out). */
export function isOnlyBackupLine(markdown: string): boolean {
  const lines = markdown.split('\n').filter((line) => line.trim() !== '')
  return lines.length === 1 && BACKUP_LINE.test(lines[0])
}
