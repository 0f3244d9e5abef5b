/**
 * Comparing two schemas from the consumer's side. In a request (parameters, request body) the
 * consumer writes the value: a tightened constraint breaks it. In a response the consumer reads
 * it: a removed, retyped or newly nullable property breaks it, a new enum value can break a strict
 * client. Each pair of schema locations is compared once; later visits add their operation.
 */
import type { SpecIndex } from '../lint/spec-index.js';
import type { LoadedSpec, Node } from '../load/spec.js';
import { identifierKindOf, judgeable, newlyRejectedSample } from './identifier.js';
import { viewOf, type SchemaView } from './schema-view.js';
import { ChangeSink, locKey } from './sink.js';
import type { Change, ChangeClass, ChangeKind, OperationContext } from './types.js';

export type Direction = 'request' | 'response';

export interface Sides {
  old: LoadedSpec;
  new: LoadedSpec;
  /** Each side's index, built once per comparison. */
  index: { old: SpecIndex; new: SpecIndex };
  sink: ChangeSink;
}

interface Frame {
  /** Name shown in messages: `UniteLegale.adresse.code_postal`, or a parameter name. */
  label: string;
  /** Last property or parameter name (identifier recognition). */
  name?: string;
  /** The parameter's description (identifier recognition of generic names such as `id`). */
  description?: unknown;
}

const LOWER_IS_TIGHTER = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;
const HIGHER_IS_TIGHTER = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;

const memo = new WeakMap<ChangeSink, Map<string, Change[]>>();

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

function typeList(types: Set<string>): string {
  return [...types].sort().join(' | ');
}

/** Every type of `inner` is accepted by `outer` (`number` accepts `integer`). */
function subsumes(outer: Set<string>, inner: Set<string>): boolean {
  return [...inner].every((t) => outer.has(t) || (t === 'integer' && outer.has('number')));
}

export type { Frame };

export function compareSchemas(
  sides: Sides,
  oldRaw: Node<unknown>,
  newRaw: Node<unknown>,
  dir: Direction,
  frame: Frame,
  op: OperationContext,
): Change[] {
  const oldView = viewOf(sides.old, oldRaw);
  const newView = viewOf(sides.new, newRaw);
  if (!oldView || !newView) return [];
  let cache = memo.get(sides.sink);
  if (!cache) memo.set(sides.sink, (cache = new Map()));
  const key = `${dir}\u0000${locKey(oldView.node.loc)}\u0000${locKey(newView.node.loc)}`;
  const hit = cache.get(key);
  if (hit) {
    for (const c of hit) sides.sink.reach(c, op);
    return hit;
  }
  // In progress (a self-referencing schema): its changes are collected by the outer visit.
  cache.set(key, []);
  const label = newView.component ?? frame.label;
  const out = compareViews(sides, oldView, newView, dir, { ...frame, label }, op);
  cache.set(key, out);
  return out;
}

function compareViews(sides: Sides, o: SchemaView, n: SchemaView, dir: Direction, frame: Frame, op: OperationContext): Change[] {
  const out: Change[] = [];
  const add = (kind: ChangeKind, cls: ChangeClass, args: Record<string, string | number>, oldKeyword: string | null, newKeyword: string | null) => {
    const oldLoc = oldKeyword ? (o.keyword(oldKeyword)?.loc ?? o.node.loc) : o.node.loc;
    const newLoc = newKeyword ? (n.keyword(newKeyword)?.loc ?? n.node.loc) : n.node.loc;
    out.push(sides.sink.add(op, kind, cls, { name: frame.label, ...args }, oldLoc, newLoc));
  };

  // Types and nullability.
  if (o.types && n.types && !(subsumes(o.types, n.types) && subsumes(n.types, o.types))) {
    const args = { from: typeList(o.types), to: typeList(n.types) };
    if (dir === 'request') {
      if (subsumes(n.types, o.types)) add('type-widened', 'non-breaking', args, 'type', 'type');
      else add('type-changed', 'breaking', args, 'type', 'type');
    } else if (!subsumes(o.types, n.types)) {
      add('response-type-changed', 'breaking', args, 'type', 'type');
    }
  }
  if (dir === 'response' && n.nullable && !o.nullable) add('response-made-nullable', 'breaking', {}, null, n.keyword('nullable') ? 'nullable' : 'type');

  // Format.
  const of = o.keyword('format')?.value;
  const nf = n.keyword('format')?.value;
  if (of !== nf) {
    const args = { from: of === undefined ? '—' : show(of), to: nf === undefined ? '—' : show(nf) };
    if (dir === 'request') {
      if (nf === undefined) add('format-removed', 'non-breaking', args, 'format', null);
      else add('format-changed', 'breaking', args, 'format', 'format');
    } else if (of !== undefined) {
      add('response-format-changed', 'breaking', args, 'format', nf === undefined ? null : 'format');
    }
  }

  // String, number and array constraints.
  const kind = dir === 'request' ? identifierKindOf(frame.name, frame.description ?? n.keyword('description')?.value) : null;
  const idJudged = kind !== null && judgeable(kind, o) && judgeable(kind, n);
  if (idJudged) {
    const sample = newlyRejectedSample(kind, o, n);
    if (sample !== null) add('identifier-rejects-valid', 'breaking', { identifier: kind.toUpperCase().replace(/_/g, ' '), sample }, 'pattern', n.keyword('pattern') ? 'pattern' : null);
    else if (show(o.keyword('pattern')?.value ?? '') !== show(n.keyword('pattern')?.value ?? ''))
      add('identifier-pattern-changed', 'non-breaking', { identifier: kind.toUpperCase().replace(/_/g, ' '), from: show(o.keyword('pattern')?.value ?? '—'), to: show(n.keyword('pattern')?.value ?? '—') }, 'pattern', 'pattern');
  }
  const bound = (kw: string, lowerIsTighter: boolean) => {
    const ov = o.keyword(kw)?.value;
    const nv = n.keyword(kw)?.value;
    if (ov === nv || (ov !== undefined && typeof ov !== 'number') || (nv !== undefined && typeof nv !== 'number')) return;
    const tighter = nv !== undefined && (ov === undefined || (lowerIsTighter ? nv < (ov as number) : nv > (ov as number)));
    const args = { keyword: kw, from: ov === undefined ? '—' : show(ov), to: nv === undefined ? '—' : show(nv) };
    if (dir === 'response') add('response-constraint-changed', tighter ? 'non-breaking' : 'info', args, kw, nv === undefined ? null : kw);
    else if (tighter) add('constraint-tightened', 'breaking', args, kw, kw);
    else add('constraint-relaxed', 'non-breaking', args, kw, nv === undefined ? null : kw);
  };
  // For a recognised identifier, the samples decided whether length bounds and pattern break callers.
  if (!idJudged) {
    for (const kw of LOWER_IS_TIGHTER) bound(kw, true);
    for (const kw of HIGHER_IS_TIGHTER) bound(kw, false);
    const op_ = o.keyword('pattern')?.value;
    const np = n.keyword('pattern')?.value;
    if (op_ !== np) {
      const args = { from: op_ === undefined ? '—' : show(op_), to: np === undefined ? '—' : show(np) };
      if (dir === 'response') add('response-constraint-changed', 'info', { keyword: 'pattern', ...args }, 'pattern', np === undefined ? null : 'pattern');
      else if (np === undefined) add('pattern-removed', 'non-breaking', args, 'pattern', null);
      else add('pattern-changed', 'breaking', args, 'pattern', 'pattern');
    }
  } else {
    for (const kw of ['maximum', 'exclusiveMaximum', 'maxItems'] as const) bound(kw, true);
    for (const kw of ['minimum', 'exclusiveMinimum', 'minItems'] as const) bound(kw, false);
  }

  // Enumerations.
  const oe = o.keyword('enum')?.value;
  const ne = n.keyword('enum')?.value;
  if (Array.isArray(oe) || Array.isArray(ne)) {
    const oldSet = Array.isArray(oe) ? oe.map(show) : null;
    const newSet = Array.isArray(ne) ? ne.map(show) : null;
    if (dir === 'request') {
      if (oldSet && newSet && !idJudged) {
        for (const v of oldSet) if (!newSet.includes(v)) add('enum-value-removed', 'breaking', { value: v }, 'enum', 'enum');
        for (const v of newSet) if (!oldSet.includes(v)) add('enum-value-added', 'non-breaking', { value: v }, 'enum', 'enum');
      } else if (!oldSet && newSet && !idJudged) {
        add('constraint-tightened', 'breaking', { keyword: 'enum', from: '—', to: newSet.join(', ') }, null, 'enum');
      }
    } else if (oldSet && newSet) {
      for (const v of newSet) if (!oldSet.includes(v)) add('response-enum-value-added', 'info', { value: v }, 'enum', 'enum');
      for (const v of oldSet) if (!newSet.includes(v)) add('enum-value-removed', 'non-breaking', { value: v }, 'enum', 'enum');
    } else if (oldSet && !newSet) {
      add('response-constraint-changed', 'info', { keyword: 'enum', from: oldSet.join(', '), to: '—' }, 'enum', null);
    }
  }

  // Properties.
  const sub = (name: string): Frame => ({ label: `${frame.label}.${name}`, name });
  for (const [name, oldProp] of o.properties) {
    const newProp = n.properties.get(name);
    if (!newProp) {
      const args = { property: `${frame.label}.${name}` };
      if (dir === 'request') out.push(sides.sink.add(op, 'request-property-removed', 'info', { name: frame.label, ...args }, oldProp.loc, n.propertiesLoc));
      else if (o.required.has(name)) out.push(sides.sink.add(op, 'response-property-removed', 'breaking', { name: frame.label, ...args }, oldProp.loc, n.propertiesLoc));
      else out.push(sides.sink.add(op, 'response-optional-property-removed', 'info', { name: frame.label, ...args }, oldProp.loc, n.propertiesLoc));
      continue;
    }
    const wasRequired = o.required.has(name);
    const isRequired = n.required.has(name);
    if (dir === 'request' && isRequired && !wasRequired)
      out.push(sides.sink.add(op, 'request-property-made-required', 'breaking', { name: frame.label, property: `${frame.label}.${name}` }, oldProp.loc, newProp.loc));
    if (dir === 'response' && wasRequired && !isRequired)
      out.push(sides.sink.add(op, 'response-property-made-optional', 'breaking', { name: frame.label, property: `${frame.label}.${name}` }, oldProp.loc, newProp.loc));
    out.push(...compareSchemas(sides, oldProp, newProp, dir, sub(name), op));
  }
  for (const [name, newProp] of n.properties) {
    if (o.properties.has(name)) continue;
    const args = { name: frame.label, property: `${frame.label}.${name}` };
    if (dir === 'request') {
      if (n.required.has(name)) out.push(sides.sink.add(op, 'request-property-added-required', 'breaking', args, o.node.loc, newProp.loc));
      else out.push(sides.sink.add(op, 'request-property-added', 'non-breaking', args, o.node.loc, newProp.loc));
    } else {
      out.push(sides.sink.add(op, 'response-property-added', 'non-breaking', args, o.node.loc, newProp.loc));
    }
  }

  // Array items, and the branches of oneOf / anyOf when they line up.
  const oi = o.keyword('items');
  const ni = n.keyword('items');
  if (oi && ni) out.push(...compareSchemas(sides, oi, ni, dir, { label: `${frame.label}[]`, name: frame.name }, op));
  for (const kw of ['oneOf', 'anyOf'] as const) {
    const ob = o.keyword(kw);
    const nb = n.keyword(kw);
    if (!ob || !nb || !Array.isArray(ob.value) || !Array.isArray(nb.value) || ob.value.length !== nb.value.length) continue;
    ob.value.forEach((_, i) => {
      out.push(
        ...compareSchemas(
          sides,
          { loc: { doc: ob.loc.doc, path: [...ob.loc.path, i] }, value: (ob.value as unknown[])[i] },
          { loc: { doc: nb.loc.doc, path: [...nb.loc.path, i] }, value: (nb.value as unknown[])[i] },
          dir,
          frame,
          op,
        ),
      );
    });
  }
  return out;
}
