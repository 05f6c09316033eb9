/** A file name from a title: lower case letters, digits and dashes, at most 60 characters. */
export declare function toFileStem(name: string): string;
/** The first of `stem.ext`, `stem-2.ext`, `stem-3.ext`… that `taken` says is free. */
export declare function freeName(stem: string, extension: string, taken: (name: string) => Promise<boolean>): Promise<string>;
/**
 * A new deck's text from the template, titled `title`: the front matter's title (as a YAML string)
 * and the first heading. The title is inserted as text, never as a replacement pattern (`$'`, `$&`).
 */
export declare function fillTemplate(template: string, title: string): string;
