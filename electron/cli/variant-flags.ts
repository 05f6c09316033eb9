import { type Removal, type Variant, describeRemovals } from '../../renderer/core/brief/variant'
import { BriefdeckError } from '../../renderer/core/errors'

/** The flags that cut a deck for its readers: `--audience NAME`, `--no-notes`, `--no-backup`, `--require-markings`. */
export interface VariantFlags {
  audience?: string
  noNotes: boolean
  noBackup: boolean
  requireMarkings: boolean
}

/** The variant the flags ask for. An audience is a name: letters, digits, `-` and `_`. */
export function toVariant(flags: VariantFlags): Variant {
  if (flags.audience !== undefined && !/^[\p{L}\p{N}_-]{1,64}$/u.test(flags.audience)) {
    throw new BriefdeckError('E_USAGE', `--audience takes one name, as \`data-audience\` writes it (letters, digits, - and _), not \`${flags.audience}\``)
  }
  return { audience: flags.audience?.toLowerCase(), notes: !flags.noNotes, backup: !flags.noBackup, requireMarkings: flags.requireMarkings || undefined }
}

/** Whether the flags cut anything: then the command says what it removed, even when quiet. */
export function isCut(flags: VariantFlags): boolean {
  return flags.audience !== undefined || flags.noNotes || flags.noBackup
}

/** The removal lines a variant build prints: the summary, then each removal as `file:line: removed …`. */
export function removalLines(removals: readonly Removal[], audience: string | undefined): string[] {
  const who = audience === undefined ? '' : ` for audience \`${audience}\``
  return [`${describeRemovals(removals)}${who}`, ...removals.map((r) => `${r.file}:${r.line}: removed ${r.kind === 'notes' ? 'speaker notes' : r.kind === 'backup' ? 'backup slide' : r.kind}${r.what ? `: ${r.what}` : ''}`)]
}
