/** The rule and convention catalogues, merged per language. */
import type { Lang } from '../../src/finding.js';
import { fill } from '../../src/i18n/format.js';
import type { ConventionTexts, RuleTexts } from './types.js';
import { conventions as frConventions } from './fr/conventions.js';
import { conventions as enConventions } from './en/conventions.js';
import { rules as frDoc } from './fr/doc.js';
import { rules as enDoc } from './en/doc.js';
import { rules as frSrv } from './fr/srv.js';
import { rules as enSrv } from './en/srv.js';
import { rules as frAuth } from './fr/auth.js';
import { rules as enAuth } from './en/auth.js';
import { rules as frId } from './fr/id.js';
import { rules as enId } from './en/id.js';
import { rules as frErr } from './fr/err.js';
import { rules as enErr } from './en/err.js';
import { rules as frData } from './fr/data.js';
import { rules as enData } from './en/data.js';
import { rules as frQos } from './fr/qos.js';
import { rules as enQos } from './en/qos.js';
import { rules as frTrace } from './fr/trace.js';
import { rules as enTrace } from './en/trace.js';
import { rules as frCase } from './fr/case.js';
import { rules as enCase } from './en/case.js';
import { rules as frExamples } from './fr/examples.js';
import { rules as enExamples } from './en/examples.js';
import { rules as frProbe } from './fr/probe.js';
import { rules as enProbe } from './en/probe.js';
import { rules as frDiff } from './fr/diff.js';
import { rules as enDiff } from './en/diff.js';

export interface Catalogue {
  conventions: Record<string, ConventionTexts>;
  rules: Record<string, RuleTexts>;
}

export const CATALOGUES: Record<Lang, Catalogue> = {
  fr: {
    conventions: frConventions,
    rules: { ...frDoc, ...frSrv, ...frAuth, ...frId, ...frExamples, ...frErr, ...frData, ...frQos, ...frTrace, ...frCase, ...frProbe, ...frDiff },
  },
  en: {
    conventions: enConventions,
    rules: { ...enDoc, ...enSrv, ...enAuth, ...enId, ...enExamples, ...enErr, ...enData, ...enQos, ...enTrace, ...enCase, ...enProbe, ...enDiff },
  },
};

export function ruleTexts(lang: Lang, ruleId: string): RuleTexts {
  const t = CATALOGUES[lang].rules[ruleId];
  if (!t) throw new Error(`No ${lang} texts for rule ${ruleId}`);
  return t;
}

/** A rule's message `key`, placeholders filled: the one place findings' text comes from. */
export function ruleMessage(lang: Lang, ruleId: string, key: string, args: Record<string, string | number> = {}): string {
  const template = ruleTexts(lang, ruleId).messages[key];
  if (template === undefined) throw new Error(`No ${lang} message "${key}" for rule ${ruleId}`);
  return fill(template, args);
}

export function conventionTexts(lang: Lang, id: string): ConventionTexts | undefined {
  return CATALOGUES[lang].conventions[id];
}
