/** The CSP of every app page: only the app's own scripts, nothing from the network. */
export declare const APP_CSP: string;
/** Must run before `app.ready`: briefdeck:// behaves like https (secure, standard, fetchable). */
export declare function registerAppScheme(): void;
/**
 * Serves briefdeck://app/… from the bundled UI and briefdeck://files/… from the open folder, and
 * nothing else: paths are confined by `toProtocolTarget`, then by their real path (symlinks).
 */
export declare function handleAppProtocol(appDir: string, folder: () => string): void;
