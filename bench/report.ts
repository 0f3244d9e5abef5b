/** The Markdown results: context (date, Node, machine, runs), the table and the 20 KB check. */
import os from 'node:os';
import path from 'node:path';
import type { SpecRuns } from './lint-bench.js';
import type { RssMethod } from './measure.js';
import { EXAMPLE_SPEC } from './paths.js';
import { cell, ratioCell, seconds, size, summarise, type Summary } from './summary.js';
import type { ToolId } from './tools.js';

/** The start-up budget: `bouquet-lint lint` on a 20 KB-class spec, whole process. */
export const SMALL_SPEC_BUDGET_S = 1;

export interface ReportContext {
  runs: number;
  peerTimeoutS: number;
  method: RssMethod;
  date: Date;
  /** 1-minute load average when the bench started. */
  loadAtStart: string;
}

/** The 1-minute load average, to judge how quiet the machine was (other work skews medians). */
export function load(): string {
  return os.loadavg()[0]!.toFixed(2);
}

export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpus.length} cores (${model}), ${gib} GiB RAM, ${os.platform()} ${os.arch()}`;
}

function summaries(r: SpecRuns, limitS: number): Record<ToolId, Summary> {
  return {
    'bouquet-lint': summarise(r.runs['bouquet-lint'], limitS),
    redocly: summarise(r.runs.redocly, limitS),
    spectral: summarise(r.runs.spectral, limitS),
    floor: summarise(r.runs.floor, limitS),
  };
}

export function table(results: SpecRuns[], limitS: number): string {
  const head =
    '| spec | size | bouquet-lint | Redocly `recommended` | Spectral `spectral:oas` | floor (spectral-core, 0 rules) | bouquet-lint / Redocly | bouquet-lint / Spectral | bouquet-lint / floor |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map((r) => {
    const s = summaries(r, limitS);
    const ours = s['bouquet-lint'];
    return `| ${r.spec.name} | ${size(r.spec.bytes)} | ${cell(ours)} | ${cell(s.redocly)} | ${cell(s.spectral)} | ${cell(s.floor)} | ${ratioCell(ours, s.redocly)} | ${ratioCell(ours, s.spectral)} | ${ratioCell(ours, s.floor)} |`;
  });
  return [head, ...rows].join('\n');
}

/** The 20 KB-class check, when the example spec was measured. */
export function smallSpecCheck(results: SpecRuns[], limitS: number): string | null {
  const example = results.find((r) => r.spec.file === path.resolve(EXAMPLE_SPEC));
  if (!example) return null;
  const s = summarise(example.runs['bouquet-lint'], limitS);
  const verdict = s.kind === 'ok' && s.wallS <= SMALL_SPEC_BUDGET_S ? 'met' : 'NOT met';
  const measured = s.kind === 'ok' ? `${seconds(s.wallS)} s wall (median, start-up included)` : cell(s);
  return `20 KB-class check: \`bouquet-lint lint ${example.spec.name}\` (${size(example.spec.bytes)}): ${measured}; budget ≤ ${SMALL_SPEC_BUDGET_S} s: **${verdict}**.`;
}

/** Failed runs, with the end of their standard error. */
function failures(results: SpecRuns[], limitS: number): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const [tool, s] of Object.entries(summaries(r, limitS))) {
      if (s.kind === 'failed') lines.push(`- ${tool} on ${r.spec.name}: exit ${s.exitCode ?? 'signal'}: ${s.stderrTail.trim().split('\n').slice(-3).join(' ⏎ ')}`);
    }
  }
  return lines;
}

export function markdown(results: SpecRuns[], ctx: ReportContext): string {
  const rss = ctx.method === 'gnu-time' ? 'GNU time `%M`' : 'per-process `process.resourceUsage().maxRSS` (largest Node process)';
  const check = smallSpecCheck(results, ctx.peerTimeoutS);
  const failed = failures(results, ctx.peerTimeoutS);
  return [
    '# bouquet-lint benchmark',
    '',
    `- Date: ${ctx.date.toISOString()}`,
    `- Node: ${process.version}`,
    `- Machine: ${machine()}; 1-minute load average ${ctx.loadAtStart} at start, ${load()} at end`,
    `- Runs: ${ctx.runs} per tool and spec, alternated (A B C D A B C D …); cells are medians of wall seconds / peak MiB of the whole process`,
    `- Peak RSS: ${rss}`,
    `- Peer timeout: ${ctx.peerTimeoutS} s, applied to every run (a killed run shows as "> ${ctx.peerTimeoutS} s" and is not repeated)`,
    '- Commands: `bouquet-lint lint <spec> --format json`; `spectral lint <spec> --ruleset .spectral.yaml` (`extends: ["spectral:oas"]`); `redocly lint <spec> --config redocly.yaml` (`extends: [recommended]`); `node dist/bench/floor.js <spec>`',
    '- Ratios: wall / memory; below 1 means bouquet-lint is faster or smaller',
    '',
    table(results, ctx.peerTimeoutS),
    '',
    ...(check ? [check, ''] : []),
    ...(failed.length > 0 ? ['Failed runs:', '', ...failed, ''] : []),
  ].join('\n');
}
