/**
 * Recognises the form of an error body schema: the bouquet form `{errors: [{code, title, detail}]}`,
 * RFC 9457 problem details, a flat object carrying a code (`{code, message}`, possibly wrapped once as
 * `{erreur: {code, ...}}`), or something without a stable code (bare array, `{message}` only).
 */
import type { Node } from '../../src/load/spec.js';
import type { SpecIndex } from '../../src/lint/spec-index.js';
import { isArrayShape, shapeOf, type Shape } from './shape.js';

type Obj = Record<string, unknown>;

export type ErrorForm =
  | { kind: 'bouquet'; shape: Shape; errors: Shape; items: Shape | null }
  | { kind: 'problem'; shape: Shape }
  | { kind: 'flat'; shape: Shape; code: Node<Obj> }
  | { kind: 'array'; shape: Shape }
  | { kind: 'notObject'; shape: Shape }
  | { kind: 'noCode'; shape: Shape };

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance'];
const CODE_NAME = /^(code|codes?_?erreur|error_?code|errorcode|code_?retour|return_?code|codeapp|code_?app)$/i;

export function isProblemMedia(mediaType: string): boolean {
  return /^application\/problem\+json\b/i.test(mediaType.trim());
}

function codeOf(shape: Shape): Node<Obj> | null {
  for (const [name, node] of shape.properties) if (CODE_NAME.test(name)) return node;
  return null;
}

export function errorForm(index: SpecIndex, schema: Node<Obj>, mediaType: string): ErrorForm {
  const shape = shapeOf(index, schema);
  if (isArrayShape(shape)) return { kind: 'array', shape };
  if (shape.types.size > 0 && !shape.types.has('object')) return { kind: 'notObject', shape };
  const names = [...shape.properties.keys()];
  const problemMembers = names.filter((n) => PROBLEM_MEMBERS.includes(n));
  if (isProblemMedia(mediaType) || (problemMembers.length >= 2 && (names.includes('status') || names.includes('type')))) {
    return { kind: 'problem', shape };
  }
  const errorsNode = shape.properties.get('errors');
  if (errorsNode) {
    const errors = shapeOf(index, errorsNode);
    return { kind: 'bouquet', shape, errors, items: errors.items ? shapeOf(index, errors.items) : null };
  }
  const code = codeOf(shape);
  if (code) return { kind: 'flat', shape, code };
  // One wrapping object (`{erreur: {code, message}}`, `{error: {...}}`).
  if (shape.properties.size === 1) {
    const inner = shapeOf(index, [...shape.properties.values()][0]!);
    const innerCode = codeOf(inner);
    if (innerCode) return { kind: 'flat', shape, code: innerCode };
  }
  return { kind: 'noCode', shape };
}

/** The declared type of a property, or '' when none is declared. */
export function declaredType(index: SpecIndex, node: Node<Obj>): string {
  return [...shapeOf(index, node).types].join('|');
}
