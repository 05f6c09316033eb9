export declare function runHostileBench(): Promise<void>;
