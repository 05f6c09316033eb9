import { type Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
/** The editor's light or dark theme: a CodeMirror compartment, a button to switch, the choice remembered. */
export declare class EditorTheme {
    private readonly host;
    readonly button: HTMLButtonElement;
    private readonly compartment;
    private dark;
    /** `host` carries `data-theme`, so the page around the editor can follow it. */
    constructor(host: HTMLElement);
    get extension(): Extension;
    /** Lets the button switch `view` between the two themes. */
    bind(view: EditorView): void;
    private show;
}
