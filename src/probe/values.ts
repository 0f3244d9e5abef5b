/** Parameter values for calls: from test cases, then the spec's examples, then identifier samples. */
import { identifierInfo, recogniseIdentifier, type IdentifierKind } from '../identifiers/index.js';
import type { OperationInfo, ParamInfo } from '../lint/spec-index.js';
import { isObject, type LoadedSpec } from '../load/spec.js';

/** Traceability parameters the bouquet sends on every call (TRACE-01): sent, never varied. */
const TRACE_DEFAULTS = new Map<string, string>([
  ['recipient', '13002526500013'],
  ['context', 'bouquet-lint'],
  ['object', 'bouquet-lint'],
]);

export function isTraceParam(p: ParamInfo): boolean {
  return TRACE_DEFAULTS.has(p.name);
}

/** The identifier kinds a parameter holds, or [] (traceability parameters never count). */
export function identifierKinds(p: ParamInfo): IdentifierKind[] {
  if (isTraceParam(p) || (p.in !== 'path' && p.in !== 'query')) return [];
  const description = typeof p.node.value.description === 'string' ? p.node.value.description : undefined;
  return recogniseIdentifier(p.name, description);
}

/** A parameter value: one string, or the items of an array parameter. */
export type ParamValue = string | string[];

function scalar(v: unknown): ParamValue | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) {
    return v.map(String);
  }
  return undefined;
}

/** The first example written for a parameter: its own `example`/`examples`, then its schema's. */
export function exampleOf(spec: LoadedSpec, p: ParamInfo): ParamValue | undefined {
  const own = p.node.value;
  const fromOwn = scalar(own.example);
  if (fromOwn !== undefined) return fromOwn;
  if (isObject(own.examples)) {
    for (const k of Object.keys(own.examples)) {
      const e = spec.deref({ loc: { doc: p.node.loc.doc, path: [...p.node.loc.path, 'examples', k] }, value: own.examples[k] });
      const v = e && isObject(e.value) ? scalar(e.value.value) : undefined;
      if (v !== undefined) return v;
    }
  }
  const s = p.schema?.value;
  if (!s) return undefined;
  for (const v of [s.example, Array.isArray(s.examples) ? s.examples[0] : undefined, s.default, Array.isArray(s.enum) ? s.enum[0] : undefined]) {
    const found = scalar(v);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Parameters a call must carry: the required ones and the traceability ones; the credential is added elsewhere. */
export function sentParams(op: OperationInfo, credentialName: string | undefined): ParamInfo[] {
  const skip = credentialName?.toLowerCase();
  return op.parameters.filter((p) => {
    if (p.in === 'header' && (p.name.toLowerCase() === 'authorization' || p.name.toLowerCase() === skip)) return false;
    if (p.in === 'cookie') return false;
    return p.node.value.required === true || p.in === 'path' || isTraceParam(p);
  });
}

/**
 * Nominal values for an operation, `given` (a test case's params) first. Returns the values, or the
 * name of the first parameter no value could be found for.
 */
export function nominalValues(
  spec: LoadedSpec,
  params: ParamInfo[],
  given: Record<string, unknown> = {},
): { values: Record<string, ParamValue> } | { missing: string } {
  const values: Record<string, ParamValue> = {};
  for (const p of params) {
    const fromCase = scalar(given[p.name]);
    const kinds = identifierKinds(p);
    const value =
      fromCase ?? exampleOf(spec, p) ?? TRACE_DEFAULTS.get(p.name) ?? (kinds.length > 0 ? identifierInfo(kinds[0]!).valid[0] : undefined);
    if (value === undefined) return { missing: p.name };
    values[p.name] = value;
  }
  return { values };
}
