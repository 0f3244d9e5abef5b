/**
 * The HTTP client of the probe: undici keep-alive pool, bounded concurrency, pace and request
 * budget, a deadline per call (redirects and body included), decoded bodies capped, redirects
 * followed by hand and only within the base URL's origin, the credential never sent elsewhere.
 */
import { Agent } from 'undici';
import { BodyDecodeError, readCapped } from './body.js';
import { applyCredential, maskedCredential, type Credential } from './credential.js';
import { RequestBudget, TokenBucket } from './rate.js';
import type { CallOutcome, HttpResponse, PlannedCall, TransportErrorCode } from './types.js';
import { curlOf } from './url.js';

export interface ClientOptions {
  concurrency: number;
  rate: number;
  timeout: number;
  maxBodyBytes: number;
  budget: RequestBudget;
  credential: Credential | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export class ProbeClient {
  private readonly agent: Agent;
  private readonly bucket: TokenBucket;

  constructor(private readonly opts: ClientOptions) {
    this.agent = new Agent({ connections: opts.concurrency, keepAliveTimeout: 4_000, connect: { timeout: Math.min(opts.timeout, 10_000) } });
    this.bucket = new TokenBucket(opts.rate);
  }

  /** Runs the calls, at most `concurrency` at a time; calls beyond the request budget are returned unsent. */
  async run(calls: PlannedCall[]): Promise<{ outcomes: CallOutcome[]; unsent: PlannedCall[] }> {
    const outcomes: (CallOutcome | undefined)[] = new Array(calls.length);
    const unsent: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < calls.length) {
        const i = next++;
        if (!this.opts.budget.take()) unsent.push(i);
        else outcomes[i] = await this.execute(calls[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.opts.concurrency, calls.length) }, worker));
    return {
      outcomes: outcomes.filter((o): o is CallOutcome => o !== undefined),
      unsent: unsent.sort((a, b) => a - b).map((i) => calls[i]!),
    };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** The curl reproduction of a call, credential masked. */
  curlFor(call: PlannedCall): string {
    const masked = maskedCredential(this.opts.credential, call.auth);
    const url = new URL(call.url);
    if (masked.query) url.searchParams.set(masked.query[0], masked.query[1]);
    const headers = Object.entries(call.headers) as [string, string][];
    if (masked.header) headers.push(masked.header);
    return curlOf(call.method, url.href, headers);
  }

  /** One call; its first request has already been counted in the budget. */
  private async execute(call: PlannedCall): Promise<CallOutcome> {
    const { timeout, credential } = this.opts;
    // Waiting for the pace is neither latency nor part of the call's deadline.
    await this.bucket.take();
    const started = performance.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    let url = new URL(call.url);
    const origin = url.origin;
    const visited = new Set([url.href]);
    let method = call.method;
    let response: HttpResponse | null = null;
    const done = (error?: CallOutcome['error']): CallOutcome => ({
      call,
      finalUrl: url.href,
      response,
      error,
      latencyMs: Math.round(performance.now() - started),
      curl: this.curlFor(call),
    });
    try {
      for (let hop = 0; ; hop++) {
        if (hop > 0) {
          if (!this.opts.budget.take()) return done({ code: 'other', detail: 'request budget exhausted' });
          await this.bucket.take();
        }
        const wire = new URL(url.href);
        const headers: Record<string, string> = { ...call.headers, 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'bouquet-lint-probe' };
        // `url` is always within the origin (a redirect elsewhere ends the call below): the credential never leaves it.
        applyCredential(credential, call.auth, wire, headers);
        const res = await this.agent.request({
          origin: wire.origin,
          path: wire.pathname + wire.search,
          method: method as 'GET',
          headers,
          body: method === 'POST' ? '' : undefined,
          signal: controller.signal,
          headersTimeout: timeout,
          bodyTimeout: timeout,
        });
        const resHeaders = normaliseHeaders(res.headers);
        response = { status: res.statusCode, headers: resHeaders, body: Buffer.alloc(0), truncated: false };
        const location = resHeaders.location;
        if (REDIRECTS.has(res.statusCode) && location !== undefined && call.kind !== 'plain-http') {
          await res.body.dump();
          let target: URL;
          try {
            target = new URL(location, url);
          } catch {
            return done({ code: 'other', detail: `Location: ${location}` });
          }
          if (target.origin !== origin) return done({ code: 'redirect-off-origin', detail: target.origin });
          if (visited.has(target.href)) return done({ code: 'redirect-loop', detail: target.href });
          if (hop >= MAX_REDIRECTS) return done({ code: 'too-many-redirects', detail: String(MAX_REDIRECTS) });
          visited.add(target.href);
          url = target;
          if (res.statusCode === 303 && method !== 'HEAD') method = 'GET';
          continue;
        }
        if (method === 'HEAD') {
          await res.body.dump();
          return done();
        }
        const body = await readCapped(res.body, resHeaders['content-encoding'], this.opts.maxBodyBytes);
        response = { ...response, body: body.data, truncated: body.truncated };
        return done();
      }
    } catch (e) {
      return done(classify(e, timedOut, timeout));
    } finally {
      clearTimeout(timer);
    }
  }
}

function normaliseHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function classify(e: unknown, timedOut: boolean, timeout: number): { code: TransportErrorCode; detail: string } {
  if (timedOut) return { code: 'timeout', detail: `${timeout} ms` };
  if (e instanceof BodyDecodeError) return { code: 'decode', detail: e.message };
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? err.code ?? '';
  const detail = [code, err.cause?.message ?? err.message].filter(Boolean).join(' ');
  if (/TIMEOUT/.test(code)) return { code: 'timeout', detail };
  if (code === 'ECONNREFUSED') return { code: 'refused', detail };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return { code: 'reset', detail };
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return { code: 'tls', detail };
  return { code: 'other', detail: detail || String(e) };
}
