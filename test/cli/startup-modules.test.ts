/**
 * What `bouquet-lint lint` loads (scripts/build-cli.ts, README « Performance »): the probe's network
 * modules, the YAML library of configuration files and the validator of the other OpenAPI version are
 * loaded only by the runs that need them. A hook given with NODE_OPTIONS lists, when the process
 * exits, Node's built-in modules and the CommonJS files it loaded.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

interface Loaded {
  builtins: string[];
  files: string[];
}

const HOOK = [
  "import { createRequire } from 'node:module';",
  'const require = createRequire(import.meta.url);',
  "process.on('exit', () => {",
  "  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));",
  "  process.stderr.write('LOADED ' + JSON.stringify({ builtins, files: Object.keys(require.cache) }) + '\\n');",
  '});',
].join('\n');

let dir: string;
let hook: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bouquet-startup-'));
  hook = path.join(dir, 'hook.mjs');
  writeFileSync(hook, HOOK);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lintLoads(spec: string, cwd: string): Promise<{ code: number | null; loaded: Loaded }> {
  const r = await runCli(['lint', spec, '--format', 'json'], { cwd, env: { NODE_OPTIONS: `--import ${pathToFileURL(hook).href}` } });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no module list in stderr: ${r.stderr}`);
  return { code: r.code, loaded: JSON.parse(line.slice(7)) as Loaded };
}

const names = (files: string[]) => files.map((f) => path.relative(ROOT, f).split(path.sep).join('/'));

describe('modules a lint run loads', () => {
  it('an OpenAPI 3.0 spec, no configuration file: no TLS, HTTP or compression module, no YAML library for configurations, only the 3.0 validator', async () => {
    const { code, loaded } = await lintLoads(path.join(ROOT, 'fixtures/example/openapi.yaml'), dir);
    expect(code).toBe(0);
    expect(loaded.builtins.filter((b) => /^(tls|_tls_wrap|https?|http2|zlib)$/.test(b))).toEqual([]);
    const files = names(loaded.files);
    expect(files.filter((f) => f.startsWith('dist/cli/'))).toEqual(['dist/cli/chunks/generated/oas30-fast.cjs']);
    expect(files.filter((f) => f.startsWith('node_modules/yaml/'))).toEqual([]);
  });

  it('an OpenAPI 3.1 spec with a configuration file: the 3.1 validator only, and the YAML library to read the configuration', async () => {
    const cwd = mkdtempSync(path.join(dir, 'with-config-'));
    writeFileSync(path.join(cwd, '.bouquet-lint.yaml'), 'bouquet: entreprise\n');
    copyFileSync(path.join(ROOT, 'fixtures/rules/doc/schema/openapi-31.yaml'), path.join(cwd, 'openapi.yaml'));
    const { loaded } = await lintLoads('openapi.yaml', cwd);
    const files = names(loaded.files);
    expect(files.filter((f) => f.startsWith('dist/cli/'))).toEqual(['dist/cli/chunks/generated/oas31-fast.cjs']);
    expect(files.filter((f) => f.startsWith('node_modules/yaml/')).length).toBeGreaterThan(0);
  });
});
