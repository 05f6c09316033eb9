export interface ExportOptions {
    input: string;
    output?: string;
    layout: string;
    size?: string;
    fragments: boolean;
    format: string;
    json: boolean;
    quiet: boolean;
}
/**
 * `briefdeck export <deck.md | folder> -o out.pdf [--layout slides|handout] [--size 16:9|a4|letter]
 * [--fragments] [--format pdf|png] [--json]`. A progress bar on a terminal, nothing extra otherwise.
 */
export declare function exportCommand(options: ExportOptions, log: (line: string) => void): Promise<void>;
