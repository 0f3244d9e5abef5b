/**
 * From changes to what the report shows: each change rendered in the report language, and the
 * verdict of SRV-03: a breaking change under an unchanged major version is a MUST finding at its
 * place in the new file; under a new major it is information (the changelog).
 */
import type { Finding, Lang } from '../finding.js';
import type { Loc } from '../load/spec.js';
import type { ChangeRecord } from '../report/model.js';
import { ruleMessage } from '../../rulesets/messages/index.js';
import type { DiffResult } from './index.js';
import type { Change } from './types.js';

export const DIFF_RULE = 'bouquet-no-breaking-change';
const MAX_OPERATIONS = 5;

const where = (loc: Loc) => ({ source: loc.doc.displayPath, path: loc.path, range: loc.doc.rangeOf(loc.path) });

/** One change in words, with the operations it reaches. */
export function changeMessage(lang: Lang, change: Change): string {
  let text = ruleMessage(lang, DIFF_RULE, change.kind, change.args);
  const ops = change.operations;
  // An added or removed operation names itself.
  if (ops.length > 0 && !/^(operation|path)-/.test(change.kind)) {
    const shown = ops.slice(0, MAX_OPERATIONS).join(', ');
    text += ruleMessage(lang, DIFF_RULE, ops.length > MAX_OPERATIONS ? 'reachMore' : 'reach', { operations: shown, more: ops.length - MAX_OPERATIONS });
  }
  return text;
}

const CLASS_ORDER = { breaking: 0, info: 1, 'non-breaking': 2 } as const;

export function changeRecords(result: DiffResult, lang: Lang): ChangeRecord[] {
  return [...result.changes]
    .sort((a, b) => CLASS_ORDER[a.class] - CLASS_ORDER[b.class])
    .map((c) => ({
      kind: c.kind,
      class: c.class,
      message: changeMessage(lang, c),
      old: c.old ? where(c.old) : null,
      new: where(c.new),
      operations: c.operations,
    }));
}

/** SRV-03 findings: one per breaking change, MUST under the same major, information under a new one. */
export function diffFindings(result: DiffResult, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const c of result.changes) {
    if (c.class !== 'breaking') continue;
    const at = where(c.new);
    const oldAt = c.old && c.kind.endsWith('removed') ? ruleMessage(lang, DIFF_RULE, 'wasAt', { location: `${c.old.doc.displayPath}:${c.old.doc.rangeOf(c.old.path).start.line + 1}` }) : '';
    const change = changeMessage(lang, c) + oldAt;
    const same = c.sameMajor;
    const major = c.newMajor ?? result.majorChange;
    out.push({
      rule: DIFF_RULE,
      convention: 'SRV-03',
      level: same ? 'MUST' : 'MAY',
      severity: same ? 'error' : 'info',
      scope: 'static',
      message: same
        ? ruleMessage(lang, DIFF_RULE, 'breakingSameMajor', { change })
        : ruleMessage(lang, DIFF_RULE, 'breakingNewMajor', { change, from: major?.from ?? '—', to: major?.to ?? '—' }),
      // Which verdict, whatever level the configuration gives the finding (src/report/changes.ts).
      messageKey: same ? 'breakingSameMajor' : 'breakingNewMajor',
      source: at.source,
      path: at.path,
      range: at.range,
    });
  }
  return out;
}
