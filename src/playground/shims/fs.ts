/**
 * `node:fs` in the browser bundle. The page reads nothing from a disk: the loader gets its files
 * from memory (src/load/files.ts). Modules that import `node:fs` for the CLI (the Node file source,
 * test cases, the package root) are bundled but never reach these functions in the page; if one
 * ever did, it would fail with this message rather than do something else.
 */
function unavailable(name: string): never {
  throw new Error(`${name}: no file system in the browser`);
}

/** The build's generated validators are not files in the browser: the full validator is used. */
export const existsSync = (): boolean => false;
export const readFileSync = (): never => unavailable('readFileSync');
export const statSync = (): never => unavailable('statSync');
export const realpathSync = (): never => unavailable('realpathSync');
export const readdirSync = (): never => unavailable('readdirSync');
export const mkdirSync = (): never => unavailable('mkdirSync');
export const writeFileSync = (): never => unavailable('writeFileSync');
export const openSync = (): never => unavailable('openSync');
export const fstatSync = (): never => unavailable('fstatSync');
export const readSync = (): never => unavailable('readSync');
export const closeSync = (): never => unavailable('closeSync');
export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 };
