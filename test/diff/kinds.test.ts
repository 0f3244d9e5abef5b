/**
 * One synthetic pair per change kind (fixtures/diff/synthetic: v1.yaml, then one new version per
 * kind) and the classification a consumer of the bouquet expects. In process: the CLI itself is
 * exercised by test/cli/diff.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFindings, changeRecords } from '../../src/diff/findings.js';
import { diffSpecs } from '../../src/diff/index.js';
import { loadSpec } from '../../src/load/spec.js';
import { ROOT } from '../helpers/cli.js';

const SYN = path.join(ROOT, 'fixtures/diff/synthetic');

async function compare(newFile: string, oldFile = 'v1.yaml') {
  const result = diffSpecs(await loadSpec(path.join(SYN, oldFile)), await loadSpec(path.join(SYN, newFile)));
  return { changes: changeRecords(result, 'en'), findings: diffFindings(result, 'en') };
}

// variant → [expected changes (class kind), exit code, old version when it is not v1.yaml]
const KINDS: [string, string[], number, string?][] = [
  ['path-removed', ['breaking path-removed'], 1],
  ['operation-removed', ['breaking operation-removed', 'non-breaking operation-added'], 1],
  ['operation-added', ['non-breaking operation-added'], 0],
  ['parameter-added-required', ['breaking parameter-added-required'], 1],
  ['parameter-added', ['non-breaking parameter-added'], 0],
  ['parameter-removed', ['breaking parameter-removed'], 1],
  ['parameter-moved', ['breaking parameter-moved'], 1],
  ['parameter-made-required', ['breaking parameter-made-required'], 1],
  ['parameter-type-changed', ['breaking type-changed', 'non-breaking constraint-relaxed'], 1],
  ['parameter-format-changed', ['breaking format-changed'], 1],
  ['request-property-made-required', ['breaking request-property-made-required'], 1],
  ['request-property-added-required', ['breaking request-property-added-required', 'non-breaking response-property-added'], 1],
  ['request-property-type-changed', ['breaking response-type-changed', 'breaking type-changed'], 1],
  ['request-pattern-changed', ['breaking pattern-changed', 'info response-constraint-changed'], 1],
  ['request-maxlength-lowered', ['breaking constraint-tightened', 'non-breaking response-constraint-changed'], 1],
  ['request-maximum-lowered', ['breaking constraint-tightened', 'non-breaking response-constraint-changed'], 1],
  ['request-minlength-raised', ['breaking constraint-tightened', 'non-breaking response-constraint-changed'], 1],
  ['request-minimum-raised', ['breaking constraint-tightened', 'non-breaking response-constraint-changed'], 1],
  ['request-enum-value-removed', ['breaking enum-value-removed'], 1],
  ['request-constraint-relaxed', ['info response-constraint-changed', 'non-breaking constraint-relaxed'], 0],
  ['response-property-removed', ['breaking response-property-removed'], 1],
  ['response-optional-property-removed', ['info response-optional-property-removed'], 0],
  ['response-property-type-changed', ['breaking response-type-changed'], 1],
  ['response-property-format-changed', ['breaking response-format-changed'], 1],
  ['response-made-nullable', ['breaking response-made-nullable'], 1],
  ['response-made-optional', ['breaking response-property-made-optional'], 1],
  ['response-enum-value-added', ['info response-enum-value-added'], 0],
  ['response-property-added', ['non-breaking response-property-added'], 0],
  ['success-status-changed', ['breaking success-status-removed', 'non-breaking status-added'], 1],
  ['error-status-removed', ['info error-status-removed'], 0],
  ['security-scheme-changed', ['breaking security-scheme-changed'], 1],
  ['security-scopes-added', ['breaking security-scopes-added'], 1],
  ['security-requirement-replaced', ['breaking security-removed', 'non-breaking security-added'], 1],
  ['server-base-path-changed', ['breaking server-base-path-changed'], 1],
  ['identifier-pattern-rejects-valid', ['breaking identifier-rejects-valid'], 1],
  ['identifier-pattern-still-valid', ['non-breaking identifier-pattern-changed'], 0],
  ['identifier-length-rejects-valid', ['breaking identifier-rejects-valid'], 1],
  ['no-change', [], 0],
  // Every other kind the comparison knows, each on its own pair.
  ['success-status-removed', ['breaking success-status-removed'], 1],
  ['v1', ['non-breaking parameter-made-optional'], 0, 'parameter-made-required.yaml'],
  ['parameter-format-removed', ['non-breaking format-removed'], 0],
  ['request-property-added', ['non-breaking request-property-added', 'non-breaking response-property-added'], 0],
  ['request-property-removed', ['info request-property-removed', 'info response-optional-property-removed'], 0],
  ['request-type-narrowed', ['breaking type-changed'], 1],
  // Demande is also the 201 response: integer → number widens the request and the response.
  ['v1', ['breaking response-type-changed', 'non-breaking type-widened'], 1, 'request-type-narrowed.yaml'],
  ['v1', ['info response-constraint-changed', 'non-breaking pattern-removed'], 0, 'request-pattern-changed.yaml'],
  ['request-enum-value-added', ['non-breaking enum-value-added'], 0],
  ['request-enum-added', ['breaking constraint-tightened'], 1],
  ['response-enum-value-removed', ['non-breaking enum-value-removed'], 0],
  ['v1', ['breaking request-body-made-required'], 1, 'request-body-optional.yaml'],
  ['v1', ['breaking request-body-added-required'], 1, 'request-body-absent.yaml'],
  ['security-scopes-removed', ['non-breaking security-scopes-removed'], 0],
  // An operation open to anonymous calls: callers who send a token keep working; the reverse breaks the others.
  ['security-made-open', ['non-breaking security-no-longer-required'], 0],
  ['v1', ['breaking security-added'], 1, 'security-made-open.yaml'],
  ['server-host-changed', ['info server-host-changed'], 0],
];

describe('diff: one pair per change kind', () => {
  const cases = KINDS.map(([variant, expected, failing, oldFile]) => [oldFile ? `${oldFile.replace(/\.yaml$/, '')} → ${variant}` : variant, variant, expected, failing, oldFile] as const);
  it.each(cases)('%s', async (_, variant, expected, failing, oldFile) => {
    const { changes, findings } = await compare(`${variant}.yaml`, oldFile);
    expect(changes.map((c) => `${c.class} ${c.kind}`).sort()).toEqual(expected);
    // One SRV-03 MUST finding per breaking change, nothing else (exit code 1 with the default --fail-on).
    expect(findings.map((f) => `${f.convention} ${f.level}`)).toEqual(expected.filter((e) => e.startsWith('breaking')).map(() => 'SRV-03 MUST'));
    expect(findings.length > 0).toBe(failing === 1);
  });
});


describe('diff messages', () => {
  it('French and English have the same message keys and placeholders, one per change kind', async () => {
    const { CATALOGUES } = await import('../../rulesets/messages/index.js');
    const fr = CATALOGUES.fr.rules['bouquet-no-breaking-change']!.messages;
    const en = CATALOGUES.en.rules['bouquet-no-breaking-change']!.messages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(fr)) expect(placeholders(en[k]!), k).toEqual(placeholders(fr[k]!));
    for (const [, expected] of KINDS) for (const e of expected) expect(fr[e.split(' ')[1]!], e).toBeDefined();
  });

  it('every change kind has a message and a pair above that produces it', async () => {
    const { CATALOGUES } = await import('../../rulesets/messages/index.js');
    const frames = ['breakingSameMajor', 'breakingNewMajor', 'reach', 'reachMore', 'wasAt'];
    const kinds = Object.keys(CATALOGUES.en.rules['bouquet-no-breaking-change']!.messages).filter((k) => !frames.includes(k));
    const tested = new Set(KINDS.flatMap(([, expected]) => expected.map((e) => e.split(' ')[1]!)));
    expect(kinds.filter((k) => !tested.has(k))).toEqual([]);
    expect(kinds).toHaveLength(47);
  });
});

describe('diff: the major version in the path prefix (fixtures/diff/synthetic/path-major)', () => {
  it('the whole API moved from /v3/ to /v4/: what went with v3 is the new major\'s changelog, not a MUST', async () => {
    const { changes, findings } = await compare('path-major/v4.yaml', 'path-major/v3.yaml');
    expect(changes.map((c) => `${c.class} ${c.kind}`)).toEqual(['breaking path-removed', 'breaking response-type-changed']);
    expect(findings.map((f) => `${f.level} ${f.severity} ${f.message}`)).toEqual([
      'MAY info Breaking change announced by the new major version (/v3/… → /v4/…): path "/v3/inpi/actes/{siren}" was removed (previously at fixtures/diff/synthetic/path-major/v3.yaml:49)',
      'MAY info Breaking change announced by the new major version (/v3/… → /v4/…): "UniteLegale.effectif" changed type in the response (integer → string) — affects GET /v4/insee/unites_legales/{siren}',
    ]);
  });

  it('v3 still served: a /v3/ path removed with no /v4/ counterpart is a MUST; one moved to /v4/ is not', async () => {
    const { changes, findings } = await compare('path-major/v3-and-v4.yaml', 'path-major/v3.yaml');
    expect(changes.map((c) => `${c.class} ${c.kind} ${c.old!.path[1]}`)).toEqual(['breaking path-removed /v3/inpi/actes/{siren}']);
    expect(findings.map((f) => `${f.level} ${f.severity}`)).toEqual(['MUST error']);
  });
});
