/** Validation of the probe options: bad values stop the tool with one line (exit code 2). */
import type { Lang } from '../finding.js';
import { UsageError } from '../load/errors.js';
import { probeText } from './texts.js';

export interface ProbeSettings {
  baseUrl: URL;
  tokenEnv: string;
  concurrency: number;
  /** Requests per second. */
  rate: number;
  /** Per call, in milliseconds. */
  timeout: number;
  maxRequests: number;
  checkMethods: boolean;
  /** Decoded body cap, in bytes. */
  maxBodyBytes: number;
}

export interface RawProbeOptions {
  baseUrl: string;
  tokenEnv?: string;
  concurrency?: string | number;
  rate?: string | number;
  timeout?: string | number;
  maxRequests?: string | number;
  checkMethods?: boolean;
}

/** The bouquet cuts a producer's answer off after 10 s (QOS-07). */
export const BOUQUET_CUTOFF_MS = 10_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

function bad(lang: Lang, option: string, value: unknown, expectedKey: string, args: Record<string, string | number> = {}): UsageError {
  return new UsageError('cli.badOption', { option, value: String(value), expected: probeText(lang, expectedKey, args) });
}

function integer(lang: Lang, option: string, raw: string | number | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw bad(lang, option, raw, 'expectInteger', { min, max });
  return n;
}

function positive(lang: Lang, option: string, raw: string | number | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = typeof raw === 'number' ? raw : /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(n > 0 && n <= max)) throw bad(lang, option, raw, 'expectPositive', { max });
  return n;
}

export function resolveSettings(raw: RawProbeOptions, lang: Lang): ProbeSettings {
  let baseUrl: URL;
  try {
    baseUrl = new URL(raw.baseUrl);
  } catch {
    throw bad(lang, '--base-url', raw.baseUrl, 'expectUrl');
  }
  if ((baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') || baseUrl.username !== '' || baseUrl.password !== '') {
    throw bad(lang, '--base-url', raw.baseUrl, 'expectUrl');
  }
  baseUrl.hash = '';
  const tokenEnv = raw.tokenEnv ?? 'BOUQUET_TOKEN';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw bad(lang, '--token-env', tokenEnv, 'expectEnvName');
  return {
    baseUrl,
    tokenEnv,
    concurrency: integer(lang, '--concurrency', raw.concurrency, 4, 1, 64),
    rate: positive(lang, '--rate', raw.rate, 10, 1000),
    timeout: integer(lang, '--timeout', raw.timeout, BOUQUET_CUTOFF_MS, 1, 600_000),
    maxRequests: integer(lang, '--max-requests', raw.maxRequests, 500, 1, 100_000),
    checkMethods: raw.checkMethods === true,
    maxBodyBytes: MAX_BODY_BYTES,
  };
}
