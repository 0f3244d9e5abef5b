/**
 * Reading a local input file (the spec, a `$ref` target, the config file): regular files only, read
 * with a size cap. A FIFO, a device (`/dev/zero`, `/dev/urandom`) or a socket is refused at once;
 * the file is opened without blocking (a FIFO with no writer would block `open`) and checked on the
 * opened descriptor, so what is read is what was checked.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UsageError } from './errors.js';

/** Default of `--max-file-size`: 50 MB, over three times the largest real spec we know of. */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/** `50MB`, `512k`, `1048576` → bytes; null when not a positive size. */
export function parseSize(text: string): number | null {
  const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

/**
 * The text of `file`, or a UsageError: `load.notFound`, `load.isDirectory`, `load.notRegular`,
 * `load.tooLarge`, `load.unreadable` (`display` is the name shown to the user).
 */
export function readTextFile(file: string, display: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError('load.notFound', { file: display });
    if (code === 'EISDIR') throw new UsageError('load.isDirectory', { file: display });
    throw new UsageError('load.unreadable', { file: display, detail: code ?? (e as Error).message });
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError('load.isDirectory', { file: display });
    if (!st.isFile()) throw new UsageError('load.notRegular', { file: display });
    if (st.size > maxBytes) throw new UsageError('load.tooLarge', { file: display, max: formatSize(maxBytes) });
    // A file can grow while it is read: never read past the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size, 64 * 1024), maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new UsageError('load.tooLarge', { file: display, max: formatSize(maxBytes) });
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError('load.unreadable', { file: display, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  } finally {
    closeSync(fd);
  }
}

/** 52428800 → `50 MB`. */
export function formatSize(bytes: number): string {
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} kB`;
  return `${bytes} B`;
}
