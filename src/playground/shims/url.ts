/** `node:url` in the browser bundle: paths are URL paths of the page's own site. */
export const fileURLToPath = (url: string | URL): string => new URL(url).pathname;

/** A path of the site (`/docs/rules/ID-02.md`) as a URL of the page's origin. */
export const pathToFileURL = (path: string): URL => new URL(path, self.location.origin);
