import { defineRule, type RuleContext } from '../../src/lint/rule.js';
import type { OperationInfo } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';
import { createsNew } from '../data/lookup.js';
import { typesOf } from './fields.js';
import { identityRole, PIVOT, pivotKey, type IdentityRole } from './identity.js';

type Obj = Record<string, unknown>;

interface Input {
  name: string;
  role: IdentityRole;
  schema: Node<Obj> | null;
}

/** The identity inputs of an operation: parameters, and top-level properties of its request body. */
function identityInputs(ctx: RuleContext, op: OperationInfo): Input[] {
  const out: Input[] = [];
  const add = (name: string, schema: Node<Obj> | null) => {
    const role = identityRole(name);
    if (role) out.push({ name, role, schema });
  };
  for (const p of op.parameters) add(p.name, p.schema);
  for (const m of op.requestBody?.content ?? []) {
    const props = m.schema ? ctx.index.child(m.schema, 'properties') : null;
    if (!props || !isObject(props.value)) continue;
    for (const name of Object.keys(props.value)) {
      const s = ctx.index.deref(ctx.index.child(props, name)!);
      add(name, s && isObject(s.value) ? (s as Node<Obj>) : null);
    }
  }
  return out;
}

const SEX_CODES: Record<string, readonly string[]> = {
  sexeetatcivil: ['M', 'F'],
  gender: ['male', 'female'],
};

/**
 * ID-07 (particulier): identity lookups take the pivot identity, with API Particulier names or
 * FranceConnect claims, correctly typed. An operation is an identity lookup when it takes at least
 * two identity inputs of different roles (name, given names, sex, birth date); FranceConnect routes
 * and routes addressed by an identifier (INE, numéro fiscal) take none and are not judged, nor is a
 * `POST` that records a person (URSSAF's « Inscrire un client »): its identity is data, not a query.
 * Schema defects are reported at the schema's definition, once; home-made names once per operation.
 */
export default defineRule({
  meta: { id: 'bouquet-identity-pivot', convention: 'ID-07' },
  check(ctx) {
    const judged = new Set<string>();
    for (const op of ctx.index.operations()) {
      if (op.isHealth || (op.method === 'post' && createsNew(op))) continue;
      const inputs = identityInputs(ctx, op);
      const roles = new Set(inputs.map((i) => (i.role === 'birth-part' ? 'birth-date' : i.role)));
      roles.delete('birth-place');
      if (roles.size < 2) continue;
      // Each name once: the same name may come as a parameter and as a body property.
      const own = [...new Set(inputs.filter((i) => PIVOT[pivotKey(i.name)] === undefined).map((i) => i.name))];
      if (own.length > 0) {
        ctx.report(op.node.loc, 'ownNames', { operation: `${op.method.toUpperCase()} ${op.pathKey}`, names: own.join(', ') });
      }
      for (const input of inputs) {
        if (!input.schema) continue;
        const k = ctx.index.key(input.schema.loc);
        if (judged.has(k)) continue;
        judged.add(k);
        checkInput(ctx, input, input.schema);
      }
    }
  },
});

function checkInput(ctx: RuleContext, input: Input, schema: Node<Obj>): void {
  const v = schema.value;
  const types = typesOf(v);
  const at = (kw: string) => (kw in v ? { doc: schema.loc.doc, path: [...schema.loc.path, kw] } : schema.loc);
  const key = pivotKey(input.name);
  switch (input.role) {
    case 'sex': {
      const values = Array.isArray(v.enum) ? v.enum.filter((x) => x !== null) : null;
      const expected = SEX_CODES[key];
      const shownValues = values?.map((x) => String(x)).join(', ') ?? '';
      if (types.includes('integer') || types.includes('number') || values?.some((x) => typeof x === 'number' || /^\d+$/.test(String(x)))) {
        ctx.report(at(values ? 'enum' : 'type'), 'sexNumeric', { name: input.name, values: shownValues || types.join(', ') });
      } else if (!values) {
        ctx.report(schema.loc, 'sexFreeText', { name: input.name });
      } else {
        const sets = expected ? [expected] : Object.values(SEX_CODES);
        const ok = sets.some((set) => values.length === set.length && set.every((s) => values.includes(s)));
        if (!ok) ctx.report(at('enum'), 'sexValues', { name: input.name, values: shownValues, expected: (expected ?? SEX_CODES.sexeetatcivil!).join(', ') });
      }
      break;
    }
    case 'given-names':
      if (key !== 'prenoms') break;
      if (!types.includes('array')) ctx.report(at('type'), 'prenomsArray', { name: input.name });
      else if (typeof v.maxItems === 'number' && v.maxItems > 3) ctx.report(at('maxItems'), 'prenomsMax', { name: input.name, max: v.maxItems });
      break;
    case 'birth-part':
      if (!types.includes('integer')) ctx.report(at('type'), 'birthPartInteger', { name: input.name });
      break;
    case 'birth-date':
      if (!types.includes('string') || v.format !== 'date') ctx.report(at('format'), 'birthDate', { name: input.name });
      break;
    default:
      break;
  }
}
