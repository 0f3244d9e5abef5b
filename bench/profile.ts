/**
 * `npm run bench -- --profile <specs or .cpuprofile files...>`: runs
 * `node --cpu-prof dist/bench/unbundled-cli.js lint <spec> --format json` on each spec (or reads a
 * given profile) and summarises where the time goes, by package and module (the bundle that
 * `bin/bouquet-lint.js` runs would charge everything to a few chunks).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aggregate, type CpuProfile, type Row } from './cpuprofile.js';
import { ROOT, UNBUNDLED_CLI } from './paths.js';
import type { BenchSpec } from './specs.js';
import { seconds, size } from './summary.js';
import { BENCH_ENV } from './tools.js';

const TOP_FUNCTIONS = 15;
const TOP_PACKAGES = 10;
const TOP_MODULES = 15;

/** Profiles one lint run; returns the profile and the wall time of the profiled process. */
export function profileLint(spec: string): { profile: CpuProfile; wallS: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-bench-prof-'));
  try {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, UNBUNDLED_CLI, 'lint', spec, '--format', 'json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...BENCH_ENV },
      cwd: dir,
      encoding: 'utf8',
    });
    const wallS = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0 && run.status !== 1) throw new Error(`bouquet-lint failed on ${spec} (exit ${run.status}): ${run.stderr.trim()}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no .cpuprofile written for ${spec}`);
    return { profile: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, wallS };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rows(title: string, header: string, list: Row[], top: number, totalMs: number): string[] {
  return [
    `${title}:`,
    '',
    `| ${header} | ms | % |`,
    '|---|---:|---:|',
    ...list.slice(0, top).map((r) => `| \`${r.key.replace(/\|/g, '\\|')}\` | ${r.ms.toFixed(0)} | ${((100 * r.ms) / totalMs).toFixed(1)} |`),
    '',
  ];
}

export function summariseProfile(title: string, profile: CpuProfile): string {
  const a = aggregate(profile, ROOT);
  return [
    `## ${title}: ${(a.totalMs / 1000).toFixed(2)} s sampled`,
    '',
    ...rows('Self time by package', 'package', a.packages, TOP_PACKAGES, a.totalMs),
    ...rows('Top functions by self time', 'function', a.functions, TOP_FUNCTIONS, a.totalMs),
    ...rows('bouquet-lint modules by total time (inclusive)', 'module', a.modules, TOP_MODULES, a.totalMs),
    ...rows('Time charged to the innermost bouquet-lint module on the stack (its own code and the libraries it calls)', 'module', a.callers, TOP_MODULES, a.totalMs),
  ].join('\n');
}

export function profileSpecs(specs: BenchSpec[], log: (line: string) => void): string {
  const parts = [`# bouquet-lint lint profile (${process.version}, ${new Date().toISOString()})`, ''];
  for (const spec of specs) {
    if (spec.file.endsWith('.cpuprofile')) {
      parts.push(summariseProfile(spec.name, JSON.parse(readFileSync(spec.file, 'utf8')) as CpuProfile));
      continue;
    }
    const { profile, wallS } = profileLint(spec.file);
    log(`${spec.name}: ${seconds(wallS)} s under --cpu-prof`);
    parts.push(summariseProfile(`${spec.name} (${size(spec.bytes)}, ${seconds(wallS)} s wall under --cpu-prof)`, profile));
  }
  return parts.join('\n');
}
