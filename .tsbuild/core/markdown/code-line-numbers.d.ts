import type { MarkedExtension } from 'marked';
/** Code without a language longer than this is not auto-highlighted: guessing the language of a long block takes seconds. */
export declare const MAX_AUTO_HIGHLIGHT = 20000;
/**
 * reveal.js's step syntax after the language: `[1-2|3]`, `[]`, or with a start offset `[10: 1,3]`.
 * Read in one pass: a regex with three quantifiers over spaces backtracks cubically on a long info string.
 */
export declare function readLineSteps(info: string): {
    language: string;
    steps: string;
    startFrom: string;
} | null;
/**
 * Fenced code with a language and reveal.js's line-highlight steps, e.g. ```` ```js [1-2|3] ````,
 * rendered as `<pre><code class="language-js" data-line-numbers="1-2|3">` for the highlight plugin.
 * A long block without a language is marked `nohighlight`, so no highlighter guesses its language.
 */
export declare function codeLineNumbers(): MarkedExtension;
