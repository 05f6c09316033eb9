export declare function runExportBench(): Promise<void>;
