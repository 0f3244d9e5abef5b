/**
 * `npm run bench -- --probe [--runs N]`: the probe's overhead on the example producer (started on
 * loopback), run as a child process like a user would. Three commands alternate N times: `lint`
 * alone (the probe lints first, so this is the baseline), `probe` against the server as it is, and
 * `probe` through a proxy that holds each response 50 ms, to compare the total time with
 * calls × latency / concurrency.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startExampleServer } from '../fixtures/example/server.js';
import { startDelayProxy } from './delay-proxy.js';
import { detectRssMethod, measure } from './measure.js';
import { CLI, EXAMPLE_SPEC } from './paths.js';
import { load, machine } from './report.js';
import { isNormalRun, median } from './summary.js';
import { BENCH_ENV } from './tools.js';

const CONCURRENCY = 4;
const DELAY_MS = 50;
/** The probe's maximum: high enough that the rate limiter never sets the pace here. */
const RATE = 1000;
const TIMEOUT_S = 120;

interface ProbeRun {
  wallS: number;
  calls: number;
  p50Ms: number;
}

interface ProbeJson {
  probe: { calls: number; latencyMs: { p50: number } } | null;
}

export interface ProbeBenchOptions {
  runs: number;
  log(line: string): void;
}

export async function benchProbe(options: ProbeBenchOptions): Promise<string> {
  const server = await startExampleServer();
  const proxy = await startDelayProxy(server.url, DELAY_MS);
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-bench-probe-'));
  const loadAtStart = load();
  try {
    const method = detectRssMethod();
    // The example server's own test token, handed over the environment as the CLI requires.
    const env = { ...BENCH_ENV, BOUQUET_TOKEN: server.token };
    const node = process.execPath;
    const lintWalls: number[] = [];
    const direct: ProbeRun[] = [];
    const delayed: ProbeRun[] = [];
    const probeOnce = async (baseUrl: string): Promise<ProbeRun> => {
      const out = path.join(dir, 'probe.json');
      const argv = [node, CLI, 'probe', EXAMPLE_SPEC, '--base-url', baseUrl, '--concurrency', String(CONCURRENCY), '--rate', String(RATE), '--format', 'json', '--output', out];
      const m = await measure(argv, { method, timeoutS: TIMEOUT_S, env, cwd: dir });
      if (!isNormalRun(m)) throw new Error(`probe failed (exit ${m.exitCode ?? 'killed'}): ${m.stderrTail.trim()}`);
      const { probe } = JSON.parse(readFileSync(out, 'utf8')) as ProbeJson;
      if (probe === null) throw new Error('probe output has no "probe" section');
      return { wallS: m.wallS, calls: probe.calls, p50Ms: probe.latencyMs.p50 };
    };
    for (let round = 1; round <= options.runs; round++) {
      const lint = await measure([node, CLI, 'lint', EXAMPLE_SPEC, '--format', 'json'], { method, timeoutS: TIMEOUT_S, env, cwd: dir });
      if (!isNormalRun(lint)) throw new Error(`lint failed (exit ${lint.exitCode ?? 'killed'}): ${lint.stderrTail.trim()}`);
      lintWalls.push(lint.wallS);
      direct.push(await probeOnce(server.url));
      delayed.push(await probeOnce(proxy.url));
      options.log(`round ${round}/${options.runs}: lint ${lint.wallS.toFixed(2)} s, probe ${direct.at(-1)!.wallS.toFixed(2)} s, probe +${DELAY_MS} ms ${delayed.at(-1)!.wallS.toFixed(2)} s`);
    }
    return probeMarkdown(options.runs, loadAtStart, median(lintWalls), direct, delayed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await proxy.close();
    await server.close();
  }
}

function probeMarkdown(runs: number, loadAtStart: string, lintS: number, direct: ProbeRun[], delayed: ProbeRun[]): string {
  const row = (label: string, r: ProbeRun[]) => {
    const wall = median(r.map((x) => x.wallS));
    const calls = median(r.map((x) => x.calls));
    const part = wall - lintS;
    return { line: `| ${label} | ${calls} | ${wall.toFixed(2)} | ${part.toFixed(2)} | ${((1000 * part) / calls).toFixed(1)} | ${median(r.map((x) => x.p50Ms))} |`, part, calls };
  };
  const plain = row('probe, server as is', direct);
  const slow = row(`probe, each response held ${DELAY_MS} ms`, delayed);
  const ideal = (slow.calls * DELAY_MS) / CONCURRENCY / 1000;
  const added = slow.part - plain.part;
  return [
    '# bouquet-lint probe overhead',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Node: ${process.version}`,
    `- Machine: ${machine()}; 1-minute load average ${loadAtStart} at start, ${load()} at end`,
    `- Runs: ${runs}, alternated (lint, probe, probe with latency); medians shown`,
    `- Target: the example producer (\`fixtures/example/server.ts\`) on 127.0.0.1, spec \`fixtures/example/openapi.yaml\``,
    `- Probe options: \`--concurrency ${CONCURRENCY} --rate ${RATE}\` (the rate limit never sets the pace); latency added by a loopback proxy`,
    '- "Probe part" is the probe run minus the lint-only run (the probe command lints first)',
    '',
    '| command | calls | wall s | probe part s | probe part per call ms | p50 latency ms |',
    '|---|---:|---:|---:|---:|---:|',
    `| lint only (baseline) | — | ${lintS.toFixed(2)} | — | — | — |`,
    plain.line,
    slow.line,
    '',
    `With ${DELAY_MS} ms per response: calls × latency / concurrency = ${slow.calls} × ${DELAY_MS} ms / ${CONCURRENCY} = ${ideal.toFixed(2)} s; ` +
      `the latency added ${added.toFixed(2)} s to the probe part (${((100 * added) / ideal).toFixed(0)} % of it; the reachability check before the plan is one more round trip, not concurrent). ` +
      `The rest of the probe part (${plain.part.toFixed(2)} s with the server as is) is the probe's own cost: ${((1000 * plain.part) / plain.calls).toFixed(1)} ms per call, start-up of the probe modules included.`,
    '',
  ].join('\n');
}
