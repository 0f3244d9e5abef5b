/** Helpers shared by the QOS rules: header names, success responses, data operations. */
import type { OperationInfo, ResponseInfo } from '../../src/lint/spec-index.js';

/** Correlation headers the bouquets and producers use (lower case). */
export const CORRELATION_HEADERS = new Set(['x-request-id', 'x-correlation-id', 'request-id', 'correlation-id', 'x-correlationid', 'x-requestid']);

export function headerNames(r: ResponseInfo): Set<string> {
  return new Set(r.headers.map((h) => h.name.toLowerCase()));
}

/** The documented 2xx responses of an operation (`200` first). */
export function successResponses(op: OperationInfo): ResponseInfo[] {
  return op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status)).sort((a, b) => (a.status === '200' ? -1 : b.status === '200' ? 1 : 0));
}

/** Operations that serve data: every operation but the health routes. */
export function dataOperations(ops: OperationInfo[]): OperationInfo[] {
  return ops.filter((o) => !o.isHealth);
}

export function label(op: OperationInfo): string {
  return `${op.method.toUpperCase()} ${op.pathKey}`;
}
