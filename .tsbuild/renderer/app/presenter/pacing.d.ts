/**
 * Seconds each slide may take: reveal.js's `data-timing` (seconds) where a slide sets it; the rest
 * of the deck's `duration` shared evenly among the other slides. Null when there is no plan.
 */
export declare function slideBudgets(slides: ReadonlyArray<{
    attributes: Record<string, string>;
}>, durationMinutes?: number): number[] | null;
export interface Pacing {
    /** Seconds the talk should have taken to reach the start of the current slide. */
    expected: number;
    /** Elapsed minus expected: positive is behind plan, negative ahead. */
    delta: number;
    status: 'ahead' | 'on time' | 'behind';
}
/**
 * How the talk is going against its plan. Being on the current slide is on time until its own
 * budget is used up; the tolerance is 15 s or a tenth of the slide's budget, whichever is larger.
 */
export declare function pacing(budgets: readonly number[], current: number, elapsedSeconds: number): Pacing;
/** `m:ss` or `h:mm:ss`, with a sign when asked. */
export declare function formatDuration(seconds: number, signed?: boolean): string;
