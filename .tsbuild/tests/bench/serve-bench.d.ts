export declare function runServeBench(runs?: number): Promise<void>;
