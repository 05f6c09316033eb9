import type { Diagnostic } from './deck';
/** `briefing.yml` beside a folder of decks: what the book's cover says. */
export interface BriefingConfig {
    title?: string;
    subtitle?: string;
    author?: string;
    date?: string;
    theme?: string;
}
/** A briefing config, the line of each key, and what was wrong with it. */
export interface ParsedBriefingConfig {
    config: BriefingConfig;
    keyLines: Record<string, number>;
    diagnostics: Diagnostic[];
}
/** Reads a briefing config; problems are diagnostics with their line, as for decks. */
export declare function parseBriefingConfig(text: string, file: string): ParsedBriefingConfig;
