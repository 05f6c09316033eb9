import type { DeckSnapshot } from '../../core/api/contract';
import type { Severity } from '../../core/deck/deck';
/** One entry of the Problems panel. */
export interface LintFinding {
    line: number;
    message: string;
    severity: Severity;
}
/**
 * Everything the Problems panel lists, in source order: the compiler's diagnostics, slides without
 * speaker notes, and the slides (by index) measured as overflowing.
 */
export declare function lintFindings(snapshot: Pick<DeckSnapshot, 'diagnostics' | 'slides'>, overflowing: readonly number[]): LintFinding[];
