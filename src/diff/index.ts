/**
 * `bouquet-lint diff`: the structural comparison of two versions of a spec, for the bouquet's
 * consumers. Every change is classified; the verdict (SRV-03) is made from the classes and the
 * major versions in src/diff/findings.ts.
 */
import type { LoadedSpec } from '../load/spec.js';
import { createSpecIndex } from '../lint/spec-index.js';
import { compareSecuritySchemes, compareServers } from './document.js';
import { compareOperations } from './operations.js';
import { ChangeSink } from './sink.js';
import type { Change } from './types.js';
import { majorsOf, sameDocumentMajor, type Majors } from './versions.js';

export interface DiffResult {
  old: LoadedSpec;
  new: LoadedSpec;
  changes: Change[];
  majors: { old: Majors; new: Majors };
  /** A new major version on at least one of info.version, server URL, path prefix. */
  majorChanged: boolean;
}

export function diffSpecs(oldSpec: LoadedSpec, newSpec: LoadedSpec): DiffResult {
  const paths = (s: LoadedSpec) => [...new Set(createSpecIndex(s).operations().map((o) => o.pathKey))];
  const majors = { old: majorsOf(oldSpec, paths(oldSpec)), new: majorsOf(newSpec, paths(newSpec)) };
  const documentSame = sameDocumentMajor(majors.old, majors.new);
  const pathsSame = majors.old.paths === null || majors.new.paths === null || majors.old.paths === majors.new.paths;
  const sides = { old: oldSpec, new: newSpec, sink: new ChangeSink() };
  compareServers(sides, documentSame && pathsSame);
  compareSecuritySchemes(sides, documentSame && pathsSame);
  compareOperations(sides, documentSame);
  return { old: oldSpec, new: newSpec, changes: sides.sink.changes, majors, majorChanged: !(documentSame && pathsSame) };
}

export type { Change, ChangeClass, ChangeKind } from './types.js';
