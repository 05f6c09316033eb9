export interface BuildOptions {
    deck: string;
    output?: string;
    quiet: boolean;
}
/**
 * `briefdeck build <deck.md> -o <out.html>`: one self-contained HTML file. Diagnostics go to
 * stderr as `file:line: severity: message`; with any error nothing is written.
 */
export declare function buildCommand(options: BuildOptions, log: (line: string) => void): Promise<void>;
