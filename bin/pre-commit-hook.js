#!/usr/bin/env node
/**
 * The pre-commit hook (.pre-commit-hooks.yaml, `language: script`). pre-commit runs this file from
 * its own clone of this repository, in the user's repository, with the hook's entry arguments
 * (`lint`), its args (`--quiet`) and the files of the commit. The first run installs and builds
 * bouquet-lint in that clone with `npm ci` (Node.js 20 or later and npm on the PATH, as for the
 * GitHub Action's install step); later runs start the command line at once.
 *
 * Why not `language: node`: pre-commit installs such a hook with npm, either globally from git
 * (pre-commit 4), where npm runs the `prepare` build without the devDependencies (npm/cli#8440:
 * `tsc: not found`), or through `npm pack` (pre-commit 3), whose output it reads as the tarball's
 * name although the `prepare` build prints there first. Either way the hook never installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'main.js');

if (!existsSync(cli)) {
  process.stderr.write(`bouquet-lint: first run, installing and building bouquet-lint in ${root} (npm ci)\n`);
  // npm's output goes to stderr: stdout is the hook's report.
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
  if (npm.status !== 0 || !existsSync(cli)) {
    const why = npm.error ? npm.error.message : `exit code ${npm.status}`;
    process.stderr.write(`bouquet-lint: npm ci failed in ${root} (${why}); Node.js 20 or later and npm must be on the PATH.\n`);
    process.exit(2);
  }
}

const { main } = await import(pathToFileURL(cli).href);
main([process.argv[0], path.join(root, 'bin', 'bouquet-lint.js'), ...process.argv.slice(2)]).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(String(e && e.message ? e.message : e) + '\n');
    process.exitCode = 2;
  },
);
