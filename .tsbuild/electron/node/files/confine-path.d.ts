/** Where a relative path leads under a root: a real file path inside it, or why not. */
export type Confined = {
    ok: true;
    file: string;
} | {
    ok: false;
    reason: 'missing' | 'outside';
};
/** Resolves `relativePath` (`/`-separated) under `root`, refusing anything that ends up outside it. */
export declare function confine(root: string, relativePath: string): Promise<Confined>;
/** The same as `confine`, for the deck compiler's synchronous asset port. */
export declare function confineSync(root: string, relativePath: string): Confined;
/**
 * Where a file may be created (or replaced) under `root`: the nearest folder of the path that exists
 * must resolve, symlinks followed, inside the root (or be the root), and the path itself, when it
 * exists, must resolve inside it too: a symlinked `assets/` or a deck linking to ~/.bashrc is
 * refused before anything is written. Folders that do not exist yet are the caller's to create.
 * `missing` means the root itself is gone.
 */
export declare function confineNew(root: string, relativePath: string): Promise<Confined>;
