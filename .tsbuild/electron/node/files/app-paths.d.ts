/**
 * The Briefdeck package folder, found from this module's own location (source or bundle alike), so
 * the CLI finds its assets from any working directory.
 */
export declare const PACKAGE_ROOT: string;
/** Briefdeck's own folders and files, by name. */
export declare const paths: {
    assets: string;
    themes: string;
    templates: string;
    fonts: string;
    slides: string;
    dist: string;
};
/** Resolves a dependency's entry point from Briefdeck's own node_modules. */
export declare const requireFromPackage: NodeJS.Require;
