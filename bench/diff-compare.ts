/**
 * `npm run bench:diff [-- --out bench/diff-results.md]`: `bouquet-lint diff` side by side with the
 * npm package `openapi-diff` (a devDependency used only here) on the same pairs, the synthetic ones
 * (fixtures/diff/synthetic, in both directions where test/diff/kinds.test.ts uses both) and the
 * real ones (fixtures/diff/real), then the CLI's wall time on the 2 MB API Entreprise spec against
 * itself (the same file, which `diff` does not parse twice, and a copy one comment longer, which it
 * parses and compares in full) and against a previous public version.
 * Developer tooling: its output is in English, like the code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import openapiDiff from 'openapi-diff';
import { diffSpecs } from '../src/diff/index.js';
import { loadSpec } from '../src/load/spec.js';
import { CLI, ROOT } from './paths.js';

const SYN = 'fixtures/diff/synthetic';
const ENTREPRISE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const ENTREPRISE_PREVIOUS = 'fixtures/diff/real/api-entreprise-v3-2026-01-13.yaml';

/** Pairs test/diff/kinds.test.ts also reads the other way round (the new version is v1.yaml). */
const REVERSED = ['parameter-made-required', 'request-type-narrowed', 'request-pattern-changed', 'request-body-optional', 'request-body-absent', 'security-made-open'];

function pairs(): [string, string, string][] {
  const synthetic = readdirSync(path.join(ROOT, SYN))
    .filter((f) => f.endsWith('.yaml') && f !== 'v1.yaml')
    .sort()
    .map((f): [string, string, string] => [f.replace(/\.yaml$/, ''), `${SYN}/v1.yaml`, `${SYN}/${f}`]);
  const reversed = REVERSED.map((name): [string, string, string] => [`${name} (reversed: → v1)`, `${SYN}/${name}.yaml`, `${SYN}/v1.yaml`]);
  return [
    ...synthetic,
    ...reversed,
    ['path-major: v3 → v4 (whole API moved)', `${SYN}/path-major/v3.yaml`, `${SYN}/path-major/v4.yaml`],
    ['path-major: v3 → v3 and v4', `${SYN}/path-major/v3.yaml`, `${SYN}/path-major/v3-and-v4.yaml`],
    ['real: api-particulier-v3 2025-12-05 → 2026-01-09', 'fixtures/diff/real/api-particulier-v3-2025-12-05.yaml', 'fixtures/diff/real/api-particulier-v3-2026-01-09.yaml'],
    ['real: api-entreprise-v3 2026-01-13 → 2026-03-18', ENTREPRISE_PREVIOUS, ENTREPRISE],
  ];
}

function counts(list: string[]): string {
  const m = new Map<string, number>();
  for (const k of list) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ') || '—';
}

async function ours(oldFile: string, newFile: string) {
  const r = diffSpecs(await loadSpec(oldFile, { cwd: ROOT }), await loadSpec(newFile, { cwd: ROOT }));
  const of = (cls: string) => r.changes.filter((c) => c.class === cls).map((c) => c.kind);
  return { breaking: of('breaking'), info: of('info'), compatible: of('non-breaking') };
}

async function theirs(oldFile: string, newFile: string) {
  const spec = (file: string) => ({ content: readFileSync(path.join(ROOT, file), 'utf8'), location: file, format: 'openapi3' as const });
  let r;
  try {
    r = await openapiDiff.diffSpecs({ sourceSpec: spec(oldFile), destinationSpec: spec(newFile) });
  } catch (e) {
    // openapi-diff validates both documents first and stops at the first schema violation.
    return { refused: String((e as Error).message).split('\n')[0]!.replace(/\|/g, '\\|').trim() };
  }
  return {
    breaking: 'breakingDifferences' in r ? r.breakingDifferences.map((d) => d.code) : [],
    compatible: r.nonBreakingDifferences.map((d) => d.code),
    unclassified: r.unclassifiedDifferences.map((d) => d.code),
  };
}

/**
 * Median wall time and CPU time (user + system, from GNU time) of the CLI. On a shared machine the
 * wall time includes waiting for a core; the CPU time is the work itself.
 */
function timed(args: string[], runs: number): { wallMs: number; cpuMs: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-diff-bench-'));
  const out = path.join(dir, 'time');
  const wall: number[] = [];
  const cpu: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %U %S', process.execPath, CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      if (r.status !== 0 && r.status !== 1) throw new Error(`diff failed: ${String(r.stderr)}`);
      const [e, u, s] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      wall.push(e! * 1000);
      cpu.push((u! + s!) * 1000);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, runs: { type: 'string' } } });
  const runs = Number(values.runs ?? 5);
  const lines = [
    '# `bouquet-lint diff` and `openapi-diff` on the same pairs',
    '',
    `openapi-diff ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules/openapi-diff/package.json'), 'utf8')).version}; generated by \`npm run bench:diff\`.`,
    '',
    '| pair | bouquet-lint breaking | bouquet-lint info | bouquet-lint compatible | openapi-diff breaking | openapi-diff non-breaking | openapi-diff unclassified | same verdict |',
    '|---|---|---|---|---|---|---|---|',
  ];
  let same = 0;
  let compared = 0;
  const all = pairs();
  for (const [name, oldFile, newFile] of all) {
    const a = await ours(oldFile, newFile);
    const b = await theirs(oldFile, newFile);
    const ourCells = `${counts(a.breaking)} | ${counts(a.info)} | ${counts(a.compatible)}`;
    if ('refused' in b) {
      lines.push(`| ${name} | ${ourCells} | refused: ${b.refused} | | | — |`);
      continue;
    }
    const agree = a.breaking.length > 0 === b.breaking.length > 0;
    compared++;
    if (agree) same++;
    lines.push(`| ${name} | ${ourCells} | ${counts(b.breaking)} | ${counts(b.compatible)} | ${counts(b.unclassified)} | ${agree ? 'yes' : '**no**'} |`);
  }
  lines.push(
    '',
    `Same breaking / not breaking verdict on ${same} of the ${compared} pairs openapi-diff compared (it refused ${all.length - compared} of ${all.length}). ` +
      'bouquet-lint\'s "breaking" column lists breaking changes whatever the major version; under a new major they are information findings.',
    '',
  );
  lines.push(
    `## Time of the CLI (median of ${runs} runs, \`--format json\`, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
    '',
    '| comparison | wall ms | CPU ms (user + sys) |',
    '|---|---:|---:|',
  );
  // The same text one comment longer: `diff` cannot take the identical-text shortcut, so both
  // versions are parsed and compared in full.
  const copyDir = mkdtempSync(path.join(tmpdir(), 'bouquet-diff-copy-'));
  const copy = path.join(copyDir, 'api-entreprise-v3-copy.yaml');
  writeFileSync(copy, `${readFileSync(path.join(ROOT, ENTREPRISE), 'utf8')}# copy\n`);
  try {
    for (const [label, a, b] of [
      [`${ENTREPRISE} against itself (same file: read once)`, ENTREPRISE, ENTREPRISE],
      [`${ENTREPRISE} against a copy one comment longer (parsed twice, compared in full)`, ENTREPRISE, copy],
      [`${ENTREPRISE_PREVIOUS} → ${ENTREPRISE}`, ENTREPRISE_PREVIOUS, ENTREPRISE],
    ] as const) {
      const t = timed(['diff', a, b, '--format', 'json'], runs);
      lines.push(`| ${label} | ${t.wallMs} | ${t.cpuMs} |`);
    }
  } finally {
    rmSync(copyDir, { recursive: true, force: true });
  }
  const text = lines.join('\n') + '\n';
  if (values.out) writeFileSync(path.resolve(ROOT, values.out), text);
  process.stdout.write(text);
}

await main();
