/** The loader's file source on the file system (the CLI). */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { FileSource } from './files.js';

export const nodeFiles: FileSource = {
  realpath(file) {
    try {
      return realpathSync(file);
    } catch {
      return null;
    }
  },
  read(file) {
    let st;
    try {
      st = statSync(file);
    } catch {
      return { problem: 'missing' };
    }
    if (st.isDirectory()) return { problem: 'directory' };
    try {
      return { text: readFileSync(file, 'utf8') };
    } catch (e) {
      return { problem: 'unreadable', detail: (e as Error).message };
    }
  },
};
