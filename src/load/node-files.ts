/** The loader's file source on the file system (the CLI): regular files only, read with a size cap (src/load/read.ts). */
import { realpathSync } from 'node:fs';
import type { FileSource } from './files.js';
import { readTextFile } from './read.js';

export const nodeFiles: FileSource = {
  realpath(file) {
    try {
      return realpathSync(file);
    } catch {
      return null;
    }
  },
  read: readTextFile,
};
