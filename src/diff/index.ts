/**
 * `bouquet-lint diff`: the structural comparison of two versions of a spec, for the bouquet's
 * consumers. Every change is classified; the verdict (SRV-03) is made from the classes and the
 * major versions in src/diff/findings.ts.
 */
import type { LoadedSpec } from '../load/spec.js';
import { createSpecIndex, type SpecIndex } from '../lint/spec-index.js';
import { compareSecuritySchemes, compareServers } from './document.js';
import { compareOperations } from './operations.js';
import { ChangeSink } from './sink.js';
import type { Change } from './types.js';
import { majorChange, majorsOf, sameDocumentMajor, type Majors } from './versions.js';

export interface DiffResult {
  old: LoadedSpec;
  new: LoadedSpec;
  changes: Change[];
  majors: { old: Majors; new: Majors };
  /** Where a new major version shows (info.version, server URL, path prefix), or null. */
  majorChange: { from: string; to: string } | null;
}

export function diffSpecs(oldSpec: LoadedSpec, newSpec: LoadedSpec): DiffResult {
  const index = { old: createSpecIndex(oldSpec), new: createSpecIndex(newSpec) };
  const paths = (i: SpecIndex) => [...new Set(i.operations().map((o) => o.pathKey))];
  const majors = { old: majorsOf(oldSpec, paths(index.old)), new: majorsOf(newSpec, paths(index.new)) };
  const documentSame = sameDocumentMajor(majors.old, majors.new);
  const change = majorChange(majors.old, majors.new);
  const sides = { old: oldSpec, new: newSpec, index, sink: new ChangeSink() };
  compareServers(sides, change === null);
  compareSecuritySchemes(sides, change === null);
  compareOperations(sides, documentSame);
  return { old: oldSpec, new: newSpec, changes: sides.sink.changes, majors, majorChange: change };
}

export type { Change, ChangeClass, ChangeKind } from './types.js';
