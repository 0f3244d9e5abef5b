/**
 * Where the loader reads a specification's files from: the file system for the CLI (`nodeFiles`,
 * src/load/node-files.ts) or files held in memory for the web page (`memoryFiles`). The loader
 * itself never touches the file system, so the same loader runs in Node and in a browser.
 */
import path from 'node:path';
import { UsageError } from './errors.js';

export interface FileSource {
  /** The file's real path (links resolved), or null when it does not exist. */
  realpath(file: string): string | null;
  /**
   * The file's text, or a UsageError saying why it cannot be read (`load.notFound`, `load.isDirectory`,
   * and on disk `load.notRegular`, `load.tooLarge`, `load.unreadable`); `display` names it to the user.
   */
  read(file: string, display: string, maxBytes: number): string;
}

/** A file given by name and text (the web page's editor, a dropped file). */
export interface MemoryFile {
  name: string;
  text: string;
}

/**
 * The working directory of in-memory files. A file named `schemas/common.yaml` lives at
 * `/spec/schemas/common.yaml` and is shown as `schemas/common.yaml`, as the CLI shows it when run
 * from the spec's folder; a `$ref` to `../x.yaml` leaves that folder, as it does on disk.
 */
export const MEMORY_CWD = '/spec';

/** Files held in memory, addressed as if they were in the folder `MEMORY_CWD`. */
export function memoryFiles(files: readonly MemoryFile[]): FileSource {
  const byPath = new Map(files.map((f) => [path.posix.resolve(MEMORY_CWD, f.name), f.text]));
  const isDirectory = (p: string) => [...byPath.keys()].some((k) => k.startsWith(p + '/'));
  return {
    realpath: (file) => (byPath.has(file) || isDirectory(file) ? file : null),
    read(file, display) {
      const text = byPath.get(file);
      if (text === undefined) throw new UsageError(isDirectory(file) ? 'load.isDirectory' : 'load.notFound', { file: display });
      return text;
    },
  };
}
