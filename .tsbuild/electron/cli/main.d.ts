import { EXIT_CODES } from './exit-codes';
/** The exit-code table, for the scripts that run beside the bundle (`npm start`). */
export { EXIT_CODES };
/** Runs the CLI with the given arguments and returns the process exit code; never throws. */
export declare function main(argv: string[], version: string): Promise<number>;
