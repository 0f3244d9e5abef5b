/**
 * src/package-root.ts in the browser bundle: the version is the package's, written in by the build
 * (so the page's JSON says the same version as the CLI); the root is the site's folder that holds
 * the page, where the build copies docs/rules (the report's documentation links).
 */
declare const __BOUQUET_LINT_VERSION__: string;

export const PACKAGE_VERSION = __BOUQUET_LINT_VERSION__;
/** The worker runs from `<site>/assets/`: the site's folder is its parent. */
export const PACKAGE_ROOT = new URL('..', self.location.href).pathname;
