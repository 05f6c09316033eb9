/** A talk's stopwatch: runs from the first slide, pauses for questions, resets. Time comes from `now`. */
export declare class TalkTimer {
    private readonly now;
    private startedAt;
    private banked;
    constructor(now?: () => number);
    /** Milliseconds of talk so far, pauses excluded. */
    elapsed(): number;
    get running(): boolean;
    start(): void;
    pause(): void;
    toggle(): void;
    reset(): void;
}
