/** What a live check is, and the helpers checks share. */
import type { Lang } from '../../finding.js';
import type { ResponseInfo } from '../../lint/spec-index.js';
import type { Loc } from '../../load/spec.js';
import type { FindingSink, ReportOptions } from '../findings.js';
import type { SchemaValidator } from '../../lint/schema/validator.js';
import { probeText } from '../texts.js';
import type { TlsInfo } from '../transport.js';
import type { CallOutcome, HttpResponse } from '../types.js';

export interface CheckContext {
  lang: Lang;
  baseUrl: URL;
  validators: SchemaValidator;
  /** The TLS handshake of an https base URL. */
  tls?: TlsInfo;
  /** Where findings about the whole API point: the `servers` of the spec. */
  apiLoc: Loc;
  /** Calls whose status a check already reported as wrong (no second finding on the same status). */
  statusReported: Set<CallOutcome>;
  sink: FindingSink;
}

export interface LiveCheck {
  rule: string;
  convention: string;
  /** Whether the check looks at this call (a convention is "checked" when some call was examined). */
  examines(o: CallOutcome, ctx: CheckContext): boolean;
  onCall?(o: CallOutcome, ctx: CheckContext): void;
  onEnd?(outcomes: CallOutcome[], ctx: CheckContext): void;
}

/** Reports a finding of a check. */
export function report(
  check: LiveCheck,
  ctx: CheckContext,
  key: string,
  args: Record<string, string | number>,
  at: Loc,
  outcome?: CallOutcome,
  options?: ReportOptions,
): void {
  ctx.sink.report(check.rule, check.convention, key, args, at, outcome, options);
}

/** A response came back whole (no transport error). */
export function completed(o: CallOutcome): HttpResponse | null {
  return o.error === undefined ? o.response : null;
}

/** Where a finding about a call points: its operation, or the whole API. */
export function locOf(o: CallOutcome, ctx: CheckContext): Loc {
  return o.call.op?.node.loc ?? ctx.apiLoc;
}

/** The documented response for a status: exact code, then `4XX` range, then `default`. */
export function documentedResponse(o: CallOutcome, status: number): ResponseInfo | undefined {
  const responses = o.call.op?.responses ?? [];
  const s = String(status);
  return (
    responses.find((r) => r.status === s) ??
    responses.find((r) => r.status.toUpperCase() === `${s[0]}XX`) ??
    responses.find((r) => r.status === 'default')
  );
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(r: HttpResponse): string {
  return (r.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export function parseJson(r: HttpResponse): { ok: true; value: unknown } | { ok: false } {
  if (r.truncated || r.body.length === 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(r.body.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

/** An error body a program can read: JSON object or array. */
export function hasErrorBody(r: HttpResponse): boolean {
  const j = parseJson(r);
  return j.ok && typeof j.value === 'object' && j.value !== null;
}

/** Whether a documented media type matches the received one (`application/*+json` style wildcards included). */
export function mediaTypeDocumented(response: ResponseInfo, received: string): boolean {
  if (response.content.length === 0) return true;
  return response.content.some((m) => {
    const doc = m.mediaType.split(';')[0]!.trim().toLowerCase();
    if (doc === received || doc === '*/*') return true;
    const [type, sub] = doc.split('/');
    return sub === '*' && received.startsWith(`${type}/`);
  });
}

export const is5xx = (status: number) => status >= 500 && status <= 599;

/** What a call was, in words (`appel nominal`, `identifiant inconnu`...). */
export function kindLabel(o: CallOutcome, ctx: CheckContext): string {
  return probeText(ctx.lang, `kind.${o.call.kind}`);
}
