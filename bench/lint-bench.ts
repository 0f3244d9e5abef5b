/**
 * The lint benchmark: for each spec, N rounds in which every tool runs once, in the same order
 * (A B C D A B C D …), so that machine noise spreads over all tools alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measure, type Measurement, type RssMethod } from './measure.js';
import type { BenchSpec } from './specs.js';
import { seconds } from './summary.js';
import { BENCH_ENV, createTools, type ToolId } from './tools.js';

export interface LintBenchOptions {
  runs: number;
  peerTimeoutS: number;
  method: RssMethod;
  /** Progress lines (one per run). */
  log(line: string): void;
}

export interface SpecRuns {
  spec: BenchSpec;
  runs: Record<ToolId, Measurement[]>;
}

export async function benchLint(specs: BenchSpec[], options: LintBenchOptions): Promise<SpecRuns[]> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'bouquet-bench-config-'));
  try {
    const tools = createTools(workDir);
    const results: SpecRuns[] = [];
    for (const spec of specs) {
      const runs: Record<ToolId, Measurement[]> = { 'bouquet-lint': [], redocly: [], spectral: [], floor: [] };
      for (let round = 1; round <= options.runs; round++) {
        for (const tool of tools) {
          // A run that already timed out on this spec is not repeated: its cell is "> limit" anyway.
          if (runs[tool.id].some((r) => r.timedOut)) continue;
          const m = await measure(tool.argv(spec.file), { method: options.method, timeoutS: options.peerTimeoutS, env: BENCH_ENV, cwd: workDir });
          runs[tool.id].push(m);
          options.log(`${spec.name} ${tool.id} ${round}/${options.runs}: ${describe(m, options.peerTimeoutS)}`);
        }
      }
      results.push({ spec, runs });
    }
    return results;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function describe(m: Measurement, limitS: number): string {
  if (m.timedOut) return `killed after ${limitS} s`;
  const rss = m.rssMiB === null ? '?' : Math.round(m.rssMiB);
  return `${seconds(m.wallS)} s, ${rss} MiB, exit ${m.exitCode}`;
}
