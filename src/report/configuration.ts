/**
 * What the producer's configuration changed in this run, as plain lines shared by the text formats
 * (stylish, markdown, HTML): conventions switched off and by which file, levels changed, baseline.
 */
import type { ReportModel } from './model.js';
import { rt } from './i18n.js';

export function configurationLines(report: ReportModel): string[] {
  const lang = report.lang;
  const lines: string[] = [];
  const off = report.levels.filter((l) => l.setting === 'off');
  const changed = report.levels.filter((l) => l.setting !== 'off');
  if (off.length > 0) lines.push(rt(lang, 'config.off', { list: off.map((l) => rt(lang, 'config.offItem', { id: l.id, file: l.file })).join(', ') }));
  if (changed.length > 0) {
    lines.push(rt(lang, 'config.levels', { list: changed.map((l) => rt(lang, 'config.levelItem', { id: l.id, level: l.setting, file: l.file })).join(', ') }));
  }
  const b = report.baseline;
  if (b) lines.push(rt(lang, 'baseline.line', { file: b.file, count: b.baselined, withoutReason: b.withoutReason, fixed: b.fixed }));
  return lines;
}
