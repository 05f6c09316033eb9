/** The parts of Electron's MenuItemConstructorOptions the template uses (kept free of Electron). */
export interface MenuItem {
    label?: string;
    role?: string;
    type?: 'separator' | 'submenu' | 'normal';
    accelerator?: string;
    enabled?: boolean;
    submenu?: MenuItem[];
    /** The action's id; main.ts maps ids to what they do. */
    id?: string;
}
export interface MenuState {
    platform: NodeJS.Platform;
    appName: string;
    recentFolders: string[];
    /** A deck is selected or being presented, so deck actions apply. */
    hasDeck: boolean;
    development: boolean;
}
/**
 * The application menu from the app's state, following each platform's conventions: on macOS an
 * app menu first and Cmd accelerators, elsewhere File first and Ctrl. `CmdOrCtrl` lets Electron
 * pick. Every actionable item has an id that main.ts wires to its action.
 */
export declare function menuTemplate(state: MenuState): MenuItem[];
