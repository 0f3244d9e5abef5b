/**
 * The bouquet's static rules as Spectral rule functions (`extends: ["bouquet-lint/spectral"]`).
 *
 * Spectral hands each function the document it lints; the function loads it the way `bouquet-lint
 * lint` does (the text Spectral holds, plus the files it references inside its folder), builds the
 * shared index once per document, detects the bouquet, and runs one bouquet rule in the standard
 * profile. Findings are those `bouquet-lint lint` reports in that document, with the same messages
 * (French, English with BOUQUET_LINT_LANG=en) and the `x-bouquet-ignore` exceptions applied; findings
 * located in another file of the bundle are left out (Spectral reports in the linted document only).
 */
import path from 'node:path';
import type { Bouquet, JsonPath, Lang } from '../finding.js';
import { detectBouquet } from '../lint/bouquet.js';
import { ruleApplies, ruleLevel, specFormat } from '../lint/engine.js';
import { inlineReason } from '../lint/ignore.js';
import type { Rule, RuleContext } from '../lint/rule.js';
import { createSpecIndex, type SpecIndex } from '../lint/spec-index.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import { RULES } from '../../rulesets/index.js';
import { conventionTexts, ruleMessage } from '../../rulesets/messages/index.js';

/** What Spectral passes as the function context (the parts used here). */
export interface SpectralContext {
  document: { source: string | null; input?: unknown; data?: unknown };
  path: JsonPath;
}

interface Loaded {
  spec: LoadedSpec;
  index: SpecIndex;
  bouquet: Bouquet;
}

/** One entry of the exported ruleset. */
export interface ExportedRule {
  id: string;
  convention: string;
  given: string;
  severity: 'error' | 'warn' | 'info';
  description: string;
}

const SEVERITY = { MUST: 'error', SHOULD: 'warn', MAY: 'info' } as const;

/** The rules Spectral can run: every static rule of the standard profile that needs nothing but the spec. */
export function exportedRules(): ExportedRule[] {
  return RULES.filter((r) => r.meta.requires === undefined && r.meta.profile !== 'strict').map((r) => ({
    id: r.meta.id,
    convention: r.meta.convention,
    given: r.meta.given ?? '$',
    severity: SEVERITY[ruleLevel(r, 'standard')],
    description: `${r.meta.convention} — ${conventionTexts('fr', r.meta.convention)?.title ?? r.meta.id}`,
  }));
}

const cache = new WeakMap<object, Promise<Loaded | null>>();

function loadedFor(document: SpectralContext['document']): Promise<Loaded | null> {
  let p = cache.get(document);
  if (!p) {
    p = (async () => {
      const file = document.source ?? path.join(process.cwd(), 'stdin.yaml');
      const text = typeof document.input === 'string' ? document.input : undefined;
      try {
        const spec = await loadSpec(file, { cwd: path.dirname(file), rootText: text });
        // A Swagger 2.0 file is analysed on its in-memory OpenAPI 3 conversion, which Spectral does not hold: `bouquet-lint lint` only.
        if (spec.swagger2 !== undefined || spec.version.kind === 'swagger') return null;
        const index = createSpecIndex(spec);
        return { spec, index, bouquet: detectBouquet(spec.root.data, index).bouquet };
      } catch {
        return null; // not an OpenAPI document: nothing for the bouquet rules
      }
    })();
    cache.set(document, p);
  }
  return p;
}

function lang(): Lang {
  return process.env.BOUQUET_LINT_LANG === 'en' ? 'en' : 'fr';
}

export async function check(ruleId: string, target: unknown, context: SpectralContext): Promise<{ message: string; path: JsonPath }[]> {
  const rule: Rule | undefined = RULES.find((r) => r.meta.id === ruleId);
  const loaded = await loadedFor(context.document);
  if (!rule || !loaded) return [];
  const { spec, index, bouquet } = loaded;
  if (!ruleApplies(rule, bouquet, 'standard', specFormat(spec))) return [];
  const out: { message: string; path: JsonPath }[] = [];
  const seen = new Set<string>();
  const ctx: RuleContext = {
    spec,
    index,
    bouquet,
    profile: 'standard',
    lang: lang(),
    report(at, key, args = {}) {
      if (at.doc !== spec.root) return;
      if (inlineReason(spec.root, { rule: ruleId, convention: rule.meta.convention, path: at.path }) !== undefined) return;
      const message = ruleMessage(ctx.lang, ruleId, key, args);
      const k = `${at.path.join('\u0001')}\u0000${message}`;
      if (seen.has(k)) return;
      seen.add(k);
      out.push({ message, path: at.path });
    },
  };
  rule.check(ctx, target, context.path);
  return out;
}
