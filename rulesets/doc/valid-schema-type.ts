import { defineRule } from '../../src/lint/rule.js';

const TYPES_30 = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);

/** What a person most likely meant by a type that JSON Schema does not have. */
const SUGGESTIONS: Record<string, string> = {
  date: 'type: string + format: date',
  datetime: 'type: string + format: date-time',
  'date-time': 'type: string + format: date-time',
  timestamp: 'type: string + format: date-time',
  time: 'type: string + format: time',
  int: 'type: integer',
  int32: 'type: integer + format: int32',
  int64: 'type: integer + format: int64',
  long: 'type: integer + format: int64',
  float: 'type: number + format: float',
  double: 'type: number + format: double',
  decimal: 'type: number',
  bool: 'type: boolean',
  text: 'type: string',
  str: 'type: string',
  uuid: 'type: string + format: uuid',
  email: 'type: string + format: email',
  uri: 'type: string + format: uri',
  list: 'type: array + items',
  dict: 'type: object',
  map: 'type: object + additionalProperties',
  file: 'type: string + format: binary',
  binary: 'type: string + format: binary',
  any: '(no type)',
};

/** DOC-02: every schema `type` is a JSON Schema type (`type: date` is not: use string + format). */
export default defineRule({
  meta: { id: 'bouquet-valid-schema-type', convention: 'DOC-02' },
  check(ctx) {
    const is31 = ctx.spec.version.kind === 'openapi' && ctx.spec.version.minor === 1;
    for (const entry of ctx.index.schemas()) {
      const { loc, value } = entry.node;
      if (!('type' in value)) continue;
      const at = { doc: loc.doc, path: [...loc.path, 'type'] };
      const t = value.type;
      const list = Array.isArray(t) && is31 ? t : [t];
      if (Array.isArray(t) && !is31) {
        ctx.report(at, 'typeArray30');
        continue;
      }
      for (const one of list) {
        if (typeof one === 'string' && (TYPES_30.has(one) || (is31 && one === 'null'))) continue;
        const shown = typeof one === 'string' ? one : JSON.stringify(one);
        if (one === 'null') ctx.report(at, 'nullIn30');
        else if (typeof one === 'string' && SUGGESTIONS[one.toLowerCase()]) ctx.report(at, 'unknownTypeHint', { type: shown, suggestion: SUGGESTIONS[one.toLowerCase()]! });
        else ctx.report(at, 'unknownType', { type: shown });
      }
    }
  },
});
