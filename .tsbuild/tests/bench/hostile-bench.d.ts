export declare function runHostileBench(): Promise<void>;
/** How long `briefdeck build` takes to stop on Ctrl+C in the middle of a long compile (target: under a second). */
export declare function runInterruptBench(): Promise<void>;
