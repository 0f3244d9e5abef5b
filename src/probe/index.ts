/**
 * The live probe (`bouquet-lint probe <spec> --base-url <url>`): plans calls from the spec, sends
 * them within the bounds given (rate, concurrency, request budget, timeout, body cap), and checks
 * the answers against the live conventions (SRV-04 to -06, AUTH-07, ERR-05, ERR-08, DATA-08,
 * QOS-07, QOS-08, CASE-04, LIVE-01 to -04).
 */
import type { Level } from '../finding.js';
import type { LintedSpec } from '../cli/pipeline.js';
import type { CommonOptions } from '../cli/options.js';
import { loadCases } from '../load/cases.js';
import { UsageError } from '../load/errors.js';
import { isObject, type Loc } from '../load/spec.js';
import type { ProbeCall, ProbeResult } from '../report/model.js';
import { CHECKS, type CheckContext } from './checks/index.js';
import { tls } from './checks/tls.js';
import { ProbeClient } from './client.js';
import { credentialFor } from './credential.js';
import { FindingSink } from './findings.js';
import { planCalls } from './plan.js';
import { RequestBudget } from './rate.js';
import { createSchemaValidator } from '../lint/schema/validator.js';
import { resolveSettings } from './settings.js';
import { statsOf } from './stats.js';
import { PROBE_RULE, probeText } from './texts.js';
import { checkReachable, plainHttpUrl } from './transport.js';
import type { CallKind, CallOutcome, PlannedCall } from './types.js';

export interface ProbeCliOptions {
  baseUrl: string;
  tokenEnv?: string;
  cases?: string;
  concurrency?: string | number;
  rate?: string | number;
  timeout?: string | number;
  maxRequests?: string | number;
  checkMethods?: boolean;
}

/** The convention a call kind serves (for the notice of a cut plan). */
const KIND_CONVENTION: Record<CallKind, string> = {
  'plain-http': 'SRV-04',
  nominal: 'DATA-08',
  'no-credential': 'AUTH-07',
  'unknown-id': 'LIVE-02',
  'malformed-id': 'LIVE-01',
  'wrong-credential': 'AUTH-07',
  case: 'CASE-04',
  cors: 'SRV-06',
  method: 'LIVE-03',
};

const LEVEL_RANK: Record<Level, number> = { MUST: 0, SHOULD: 1, MAY: 2 };

/**
 * Validates options (bad numbers or URL → UsageError 'cli.badOption'), checks that the base URL is
 * reachable (else UsageError 'probe.unreachable', exit code 2), runs the plan and checks the answers.
 */
export async function probeSpec(linted: LintedSpec, cli: ProbeCliOptions, options: CommonOptions): Promise<ProbeResult> {
  const lang = options.lang;
  const settings = resolveSettings(cli, lang);
  const { spec, index } = linted;
  const baseUrl = settings.baseUrl;
  const reach = await checkReachable(baseUrl, Math.min(settings.timeout, 10_000));
  if (!reach.ok) {
    throw new UsageError('probe.unreachable', { url: baseUrl.href, detail: reach.detail });
  }
  const credential = credentialFor(index, process.env[settings.tokenEnv]);
  const casesDir = cli.cases ?? options.cases;
  const plan = planCalls({
    spec,
    index,
    baseUrl,
    credential,
    cases: casesDir !== undefined ? loadCases(casesDir, options.cwd) : undefined,
    checkMethods: settings.checkMethods,
  });
  const tlsBroken = reach.tls !== undefined && (reach.tls.certificateError !== null || reach.tls.handshakeError !== undefined);
  const calls: PlannedCall[] = [];
  if (baseUrl.protocol === 'https:') {
    calls.push({ kind: 'plain-http', op: null, operation: 'GET /', method: 'GET', url: plainHttpUrl(baseUrl).href, headers: { accept: 'application/json' }, auth: 'none' });
  }
  // Over a certificate that does not verify, the credential is not sent at all.
  if (!tlsBroken) for (const c of plan.calls) calls.push(c);

  const client = new ProbeClient({
    concurrency: settings.concurrency,
    rate: settings.rate,
    timeout: settings.timeout,
    maxBodyBytes: settings.maxBodyBytes,
    budget: new RequestBudget(settings.maxRequests),
    credential,
  });
  let run: { outcomes: CallOutcome[]; unsent: PlannedCall[] };
  try {
    run = await client.run(calls);
  } finally {
    await client.close();
  }

  const sink = new FindingSink(lang, credential);
  const apiLoc: Loc = { doc: spec.root, path: isObject(spec.root.data) && spec.root.data.servers !== undefined ? ['servers'] : [] };
  const notice = (key: string, convention: string, args: Record<string, string | number>, at: Loc) =>
    sink.report(PROBE_RULE, convention, key, args, at, undefined, { level: 'MAY' });
  for (const n of plan.notices) notice(n.key, n.convention, { ...n.args, env: settings.tokenEnv }, n.loc);
  if (tlsBroken) notice('tlsStopped', 'SRV-04', { url: baseUrl.href }, apiLoc);
  if (run.unsent.length > 0) {
    notice('planCut', KIND_CONVENTION[run.unsent[0]!.kind], { max: settings.maxRequests, unsent: run.unsent.length, planned: calls.length }, apiLoc);
  }

  const ctx: CheckContext = { lang, baseUrl, validators: createSchemaValidator(spec, index, { allErrors: true }), tls: reach.tls, apiLoc, statusReported: new Set(), sink };
  for (const o of run.outcomes) for (const check of CHECKS) check.onCall?.(o, ctx);
  for (const check of CHECKS) check.onEnd?.(run.outcomes, ctx);
  // SRV-04 is always checked: over plain HTTP, by saying so.
  const checked = [...new Set(CHECKS.filter((c) => c === tls || run.outcomes.some((o) => c.examines(o, ctx))).map((c) => c.convention))];

  const findings = sink.findings().sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  return { stats: statsOf(baseUrl.href, run.outcomes), calls: run.outcomes.map((o) => probeCallOf(o, sink)), findings, checked };
}

function probeCallOf(o: CallOutcome, sink: FindingSink): ProbeCall {
  const evidence = sink.evidence(o);
  const call: ProbeCall = {
    kind: o.call.kind,
    operation: o.call.operation,
    method: o.call.method,
    url: evidence.url,
    status: evidence.status,
    latencyMs: o.latencyMs,
    curl: o.curl,
  };
  if (o.error) call.error = evidence.excerpt;
  return call;
}
