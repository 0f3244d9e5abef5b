/** What every format says about a comparison (`diff`, `audit --previous`): counts and verdict. */
import { rt } from './i18n.js';
import type { ChangeRecord, ReportModel } from './model.js';

export function changeCounts(changes: ChangeRecord[]): { breaking: number; info: number; compatible: number } {
  return {
    breaking: changes.filter((c) => c.class === 'breaking').length,
    info: changes.filter((c) => c.class === 'info').length,
    compatible: changes.filter((c) => c.class === 'non-breaking').length,
  };
}

/** The SRV-03 verdict of a comparison, in the report language. */
export function changesVerdict(report: ReportModel): { ok: boolean; text: string } {
  const must = report.findings.filter((f) => !f.ignored && f.rule === 'bouquet-no-breaking-change' && f.level === 'MUST').length;
  if (must > 0) return { ok: false, text: rt(report.lang, 'changes.badVerdict', { count: must }) };
  const newMajor = report.findings.some((f) => f.rule === 'bouquet-no-breaking-change' && f.level !== 'MUST');
  return { ok: true, text: rt(report.lang, newMajor ? 'changes.newMajor' : 'changes.okVerdict') };
}

/** `file:line` of the new side of a change (1-based line). */
export function changeLocation(c: ChangeRecord): string {
  return `${c.new.source}:${c.new.range.start.line + 1}`;
}
