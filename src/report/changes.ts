/** What every format says about a comparison (`diff`, `audit --previous`): counts and verdict. */
import { rt } from './i18n.js';
/** The SRV-03 rule of a comparison (src/diff/findings.ts; not imported, to keep the diff engine out of the report). */
const DIFF_RULE = 'bouquet-no-breaking-change';
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
  // Switched off by the configuration: the breaking changes are listed, not judged.
  const off = report.levels.find((l) => l.setting === 'off' && (l.id === DIFF_RULE || l.id.toUpperCase() === 'SRV-03'));
  if (off) return { ok: true, text: rt(report.lang, 'changes.offVerdict', { id: off.id, file: off.file }) };
  // By the message, not the level: the configuration may lower or raise SRV-03 (the exit code follows it).
  const breaking = report.findings.filter((f) => !f.ignored && f.rule === DIFF_RULE && f.messageKey === 'breakingSameMajor').length;
  if (breaking > 0) return { ok: false, text: rt(report.lang, 'changes.badVerdict', { count: breaking }) };
  const newMajor = report.findings.some((f) => f.rule === DIFF_RULE && f.messageKey === 'breakingNewMajor');
  return { ok: true, text: rt(report.lang, newMajor ? 'changes.newMajor' : 'changes.okVerdict') };
}

/** `file:line` of the new side of a change (1-based line). */
export function changeLocation(c: ChangeRecord): string {
  return `${c.new.source}:${c.new.range.start.line + 1}`;
}
