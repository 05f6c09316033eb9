/** A fresh real folder per test, removed afterwards. */
export declare function useTempDir(): () => string;
