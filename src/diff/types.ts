/**
 * What `bouquet-lint diff` finds between two versions of a spec: one Change per difference that
 * matters to the bouquet's consumers (who call the API and read its responses).
 */
import type { Loc } from '../load/spec.js';

/** `breaking`: an existing consumer can fail; `info`: only a strict consumer can; `non-breaking`: no consumer can. */
export type ChangeClass = 'breaking' | 'non-breaking' | 'info';

export type ChangeKind =
  | 'path-removed'
  | 'operation-removed'
  | 'operation-added'
  | 'parameter-added-required'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-moved'
  | 'parameter-made-required'
  | 'parameter-made-optional'
  | 'request-body-added-required'
  | 'request-body-made-required'
  | 'request-property-added-required'
  | 'request-property-added'
  | 'request-property-removed'
  | 'request-property-made-required'
  | 'type-changed'
  | 'type-widened'
  | 'format-changed'
  | 'format-removed'
  | 'constraint-tightened'
  | 'constraint-relaxed'
  | 'pattern-changed'
  | 'pattern-removed'
  | 'enum-value-removed'
  | 'enum-value-added'
  | 'identifier-rejects-valid'
  | 'identifier-pattern-changed'
  | 'response-property-removed'
  | 'response-optional-property-removed'
  | 'response-property-added'
  | 'response-property-made-optional'
  | 'response-made-nullable'
  | 'response-type-changed'
  | 'response-format-changed'
  | 'response-enum-value-added'
  | 'response-constraint-changed'
  | 'success-status-removed'
  | 'error-status-removed'
  | 'status-added'
  | 'security-removed'
  | 'security-added'
  | 'security-no-longer-required'
  | 'security-scopes-added'
  | 'security-scopes-removed'
  | 'security-scheme-changed'
  | 'server-base-path-changed'
  | 'server-host-changed';

export interface Change {
  kind: ChangeKind;
  class: ChangeClass;
  /** Message arguments (the message itself is rendered by the report, in its language). */
  args: Record<string, string | number>;
  /** Where the changed value is written in the old version (null when it is new). */
  old: Loc | null;
  /** Where it is written in the new version; for a removal, its nearest surviving parent. */
  new: Loc;
  /** Operations the change reaches (`GET /v3/insee/...`), once each. */
  operations: string[];
  /** True when one of those operations (or the document) kept its major version. */
  sameMajor: boolean;
  /** Where an operation's own new major shows (`/v3/…` → `/v4/…`), when that is what allows the change. */
  newMajor?: { from: string; to: string };
}

/** The operation a change is found in, and whether its major version is unchanged. */
export interface OperationContext {
  /** `GET /v3/…`; null for a document-level change (servers, security schemes). */
  label: string | null;
  sameMajor: boolean;
  /** The operation's path major changed (`/v3/…` → `/v4/…`). */
  newMajor?: { from: string; to: string };
}
