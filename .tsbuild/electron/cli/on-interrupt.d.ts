/**
 * While a command writes files, Ctrl+C or SIGTERM removes any half-written temporary file and
 * exits (E_INTERRUPTED or E_TERMINATED in the exit-code table); the output file itself is only ever
 * replaced whole. Returns the way to stop.
 */
export declare function cleanUpOnInterrupt(log: (line: string) => void): () => void;
