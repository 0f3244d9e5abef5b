/** Where the harness finds the project, whether it runs from `bench/` (tests) or `dist/bench/` (npm run bench). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Compiled harness scripts (children are always run from the build). */
export const DIST_BENCH = path.join(ROOT, 'dist', 'bench');
export const CLI = path.join(ROOT, 'bin', 'bouquet-lint.js');
/** The same command line unbundled (dist/src), for profiles that name modules and packages. */
export const UNBUNDLED_CLI = path.join(DIST_BENCH, 'unbundled-cli.js');
export const EXAMPLE_SPEC = path.join(ROOT, 'fixtures', 'example', 'openapi.yaml');
export const DEFAULT_OUT = path.join(ROOT, 'bench', 'results.md');
