/**
 * `npm run bench -- <specs or folders...> [--runs N] [--out bench/results.md] [--peer-timeout S]`
 * `npm run bench -- --probe [--runs N]`
 * `npm run bench -- --profile <specs...> [--out bench/profile.md]`
 * Developer tooling: its output is in English, like the code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchLint } from './lint-bench.js';
import { detectRssMethod } from './measure.js';
import { DEFAULT_OUT, EXAMPLE_SPEC, ROOT } from './paths.js';
import { benchProbe } from './probe.js';
import { profileSpecs } from './profile.js';
import { load, markdown } from './report.js';
import { collectSpecs } from './specs.js';

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} expects a positive number, got "${value}"`);
  return n;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  const n = positiveNumber(name, value, fallback);
  if (!Number.isInteger(n)) throw new Error(`--${name} expects a whole number, got "${value}"`);
  return n;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  process.stderr.write(`written: ${file}\n`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string' },
      out: { type: 'string' },
      'peer-timeout': { type: 'string' },
      probe: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const log = (line: string) => process.stderr.write(line + '\n');

  if (values.probe) {
    const text = await benchProbe({ runs: positiveInteger('runs', values.runs, 5), log });
    process.stdout.write(text);
    write(path.resolve(values.out ?? path.join(ROOT, 'bench', 'probe-results.md')), text);
    return;
  }
  if (positionals.length === 0) throw new Error('usage: npm run bench -- <folder of specs> [more files/folders] [--runs N] [--out file] [--peer-timeout S]');
  if (values.profile) {
    const text = profileSpecs(collectSpecs(positionals), log);
    process.stdout.write(text);
    write(path.resolve(values.out ?? path.join(ROOT, 'bench', 'profile.md')), text);
    return;
  }

  const runs = positiveInteger('runs', values.runs, 5);
  const peerTimeoutS = positiveNumber('peer-timeout', values['peer-timeout'], 300);
  const method = detectRssMethod();
  const specs = collectSpecs(positionals, EXAMPLE_SPEC);
  const date = new Date();
  const loadAtStart = load();
  const results = await benchLint(specs, { runs, peerTimeoutS, method, log });
  const text = markdown(results, { runs, peerTimeoutS, method, date, loadAtStart });
  process.stdout.write(text);
  write(path.resolve(values.out ?? DEFAULT_OUT), text);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
