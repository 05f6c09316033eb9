/** A display as Electron's `screen` module describes it (only what placement needs). */
export interface DisplayInfo {
    id: number;
    bounds: {
        x: number;
        y: number;
        width: number;
        height: number;
    };
    workArea: {
        x: number;
        y: number;
        width: number;
        height: number;
    };
    internal?: boolean;
}
export type Bounds = DisplayInfo['workArea'];
export interface Placement {
    /** Where the audience view goes, and whether it goes full screen there. */
    audience: {
        bounds: Bounds;
        fullscreen: boolean;
        displayId: number;
    };
    presenter: {
        bounds: Bounds;
        displayId: number;
    };
}
/**
 * Where to put the audience and presenter windows: the audience full screen on the external
 * display (the projector), the presenter on the laptop's own screen, as PowerPoint does. With one
 * display the presenter view fills it and the audience view waits in a window, to be dragged to a
 * projector plugged in later. `swap` exchanges the two displays.
 */
export declare function placePresentation(displays: readonly DisplayInfo[], primaryId: number, swap?: boolean): Placement;
/**
 * Whether saved window bounds are still visible on some display (a monitor may be gone since);
 * at least 100×50 pixels of the window must be on screen.
 */
export declare function isOnScreen(bounds: Bounds, displays: readonly DisplayInfo[]): boolean;
