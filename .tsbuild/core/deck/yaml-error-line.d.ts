import type { LineCounter, YAMLError } from 'yaml';
/**
 * The 1-based line of a YAML error within the YAML text. An unclosed `[` or `{` is reported at the
 * end of input; the last line of the text is where the author has to look.
 */
export declare function yamlErrorLine(error: YAMLError, lineCounter: LineCounter, text: string): number;
