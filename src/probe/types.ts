/** The probe's own vocabulary: planned calls and what came back. */
import type { OperationInfo } from '../lint/spec-index.js';
import type { TestCase } from '../load/cases.js';

/** What a call checks (also `ProbeCall.kind` in the report). */
export type CallKind =
  | 'plain-http'
  | 'nominal'
  | 'no-credential'
  | 'unknown-id'
  | 'malformed-id'
  | 'wrong-credential'
  | 'case'
  | 'cors'
  | 'method';

/** Which credential a call carries: the real one, a wrong one of the same shape, or none. */
export type AuthMode = 'valid' | 'wrong' | 'none';

export interface PlannedCall {
  kind: CallKind;
  /** The operation the call exercises (null for calls about the whole API). */
  op: OperationInfo | null;
  /** `GET /unites_legales/{siren}`, or the test case file. */
  operation: string;
  method: string;
  url: string;
  /** Headers other than the credential. */
  headers: Record<string, string>;
  auth: AuthMode;
  /** The identifier parameter varied by unknown-id and malformed-id calls. */
  param?: { name: string; value: string; reason?: 'format' | 'checksum' };
  testCase?: TestCase;
}

export interface HttpResponse {
  status: number;
  /** Lowercase names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Decoded body, at most the size cap. */
  body: Buffer;
  /** True when the body was cut at the size cap. */
  truncated: boolean;
}

export type TransportErrorCode =
  | 'timeout'
  | 'reset'
  | 'refused'
  | 'tls'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'redirect-off-origin'
  | 'decode'
  | 'other';

export interface CallOutcome {
  call: PlannedCall;
  /** URL of the last request (after same-origin redirects). */
  finalUrl: string;
  /** The last response, when one came back (even if its body then failed). */
  response: HttpResponse | null;
  error?: { code: TransportErrorCode; detail: string };
  latencyMs: number | null;
  /** Reproduction, credential masked. */
  curl: string;
}
