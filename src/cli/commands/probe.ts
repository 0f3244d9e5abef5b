import { probeSpec, type ProbeCliOptions } from '../../probe/index.js';
import type { CommonOptions } from '../options.js';
import { emit, exitCodeFor } from '../output.js';
import { lintOne, reportFor } from '../pipeline.js';

function optional<T>(value: unknown, guard: (v: unknown) => v is T): T | undefined {
  return guard(value) ? value : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNumber = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** The probe options as commander hands them over. */
export function probeOptionsOf(raw: Record<string, unknown>): ProbeCliOptions {
  return {
    baseUrl: String(raw.baseUrl ?? ''),
    tokenEnv: optional(raw.tokenEnv, isString),
    cases: optional(raw.cases, isString),
    concurrency: optional(raw.concurrency, isStringOrNumber),
    rate: optional(raw.rate, isStringOrNumber),
    timeout: optional(raw.timeout, isStringOrNumber),
    maxRequests: optional(raw.maxRequests, isStringOrNumber),
    checkMethods: raw.checkMethods === true,
  };
}

/** `bouquet-lint probe <spec> --base-url <url>`: live findings only (lint findings are the lint command's). */
export async function probeCommand(spec: string, options: CommonOptions, raw: Record<string, unknown>): Promise<number> {
  const linted = await lintOne(spec, options);
  const probe = await probeSpec(linted, probeOptionsOf(raw), options);
  const report = reportFor([{ ...linted, findings: [], checked: [] }], options, probe);
  await emit(report, options);
  return exitCodeFor(report, options.failOn);
}
