/** JSON helpers of the checks: documented schemas, readable schema errors, payload comparison. */
import type { ErrorObject } from 'ajv';
import type { Lang } from '../../finding.js';
import type { ResponseInfo } from '../../lint/spec-index.js';
import type { Node } from '../../load/spec.js';
import { ruleMessage } from '../../../rulesets/messages/index.js';

/** The schema of the JSON media type of a response (`application/json`, `+json`), if documented. */
export function jsonSchemaOf(response: ResponseInfo | undefined): Node<Record<string, unknown>> | null {
  if (!response) return null;
  const media = response.content.find((m) => /^application\/([\w.-]+\+)?json\b/i.test(m.mediaType)) ?? response.content.find((m) => m.mediaType === '*/*');
  return media?.schema ?? null;
}

/** One Ajv error in the report language: where in the body, and what is wrong. */
export function describeSchemaError(lang: Lang, e: ErrorObject): string {
  const at = e.instancePath === '' ? '/' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  const args: Record<string, string> = { at, keyword: e.keyword };
  let key = 'other';
  if (e.keyword === 'type') {
    key = 'type';
    args.expected = String(p.type);
  } else if (e.keyword === 'required') {
    key = 'required';
    args.property = String(p.missingProperty);
  } else if (e.keyword === 'additionalProperties') {
    key = 'additional';
    args.property = String(p.additionalProperty);
  } else if (e.keyword === 'enum') {
    key = 'enum';
    args.allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
  } else if (e.keyword === 'pattern') {
    key = 'pattern';
    args.pattern = String(p.pattern);
  } else if (e.keyword === 'format') {
    key = 'format';
    args.format = String(p.format);
  }
  return ruleMessage(lang, 'bouquet-live-schema', `error.${key}`, args);
}

/** JSON pointer of the first place two JSON values differ, or null when equal. */
export function firstDifference(expected: unknown, actual: unknown, at = ''): string | null {
  if (expected === actual) return null;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null) return at || '/';
  if (Array.isArray(expected) !== Array.isArray(actual)) return at || '/';
  if (Array.isArray(expected)) {
    const a = actual as unknown[];
    for (let i = 0; i < Math.max(expected.length, a.length); i++) {
      const d = i < expected.length && i < a.length ? firstDifference(expected[i], a[i], `${at}/${i}`) : `${at}/${i}`;
      if (d !== null) return d;
    }
    return null;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
    const path = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!Object.hasOwn(e, k) || !Object.hasOwn(a, k)) return path;
    const d = firstDifference(e[k], a[k], path);
    if (d !== null) return d;
  }
  return null;
}
