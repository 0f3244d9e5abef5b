/** The installed package's root folder and version (from dist/src/… at run time, or src/… under tests). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function find(): { root: string; version: string } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'bouquet-lint') return { root: dir, version: pkg.version ?? '0.0.0' };
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('bouquet-lint: package.json not found');
    dir = parent;
  }
}

const found = find();
export const PACKAGE_ROOT = found.root;
export const PACKAGE_VERSION = found.version;
