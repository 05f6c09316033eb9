export declare function runEditorBench(keystrokes?: number): Promise<void>;
