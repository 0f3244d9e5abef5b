/**
 * A Markdown summary for `$GITHUB_STEP_SUMMARY`: verdict, score, one table row per convention, then
 * every counted finding, most severe first, as long as the summary stays under GitHub's 1 MiB limit
 * for a step summary (past it, a last line says how many were left out).
 */
import { SEVERITY_ORDER, type Finding } from '../../finding.js';
import { t } from '../../i18n/index.js';
import { detectionText } from '../detection.js';
import { conventionTitle, rt } from '../i18n.js';
import { changeCounts, changeLocation, changesVerdict } from '../changes.js';
import { configurationLines } from '../configuration.js';
import type { ChangeRecord, ReportModel } from '../model.js';
import type { FormatOptions } from './index.js';

/** GitHub refuses a step summary above 1 MiB; keep a margin for the closing lines. */
export const MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** Rows of the comparison with the previous version (`diff`, `audit --previous`). */
const MAX_CHANGES = 200;
/** A message longer than this is cut in the table (the full text is in the other formats). */
const MAX_MESSAGE = 1000;

/** A table cell: HTML and Markdown made inert, `|` escaped, on one line. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/\r?\n|\r/g, ' ');
}

/** A table cell of the tool's own catalogue text: its `code` spans kept, `|`, HTML and newlines made safe. */
function catalogueCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

function findingRow(f: Finding, lang: ReportModel['lang']): string {
  const where = `${f.source}:${f.range.start.line + 1}`;
  return `| ${cell(t(lang, `severity.${f.severity}`))} | ${cell(f.convention)} | ${cell(where)} | ${cell(f.message.length > MAX_MESSAGE ? f.message.slice(0, MAX_MESSAGE) + '…' : f.message)} |`;
}

/** The comparison with the previous version (`diff`, `audit --previous`), most important first. */
function changesMarkdown(report: ReportModel, changes: ChangeRecord[]): string[] {
  const lang = report.lang;
  const verdict = changesVerdict(report);
  const out = [
    `### ${rt(lang, 'changes.title')}`,
    '',
    cell(rt(lang, 'changes.compared', { old: report.compared!.old, new: report.compared!.new })),
    '',
    `${verdict.ok ? '✅' : '❌'} ${cell(verdict.text)} — ${rt(lang, 'changes.summary', changeCounts(changes))}`,
  ];
  if (changes.length === 0) return out;
  out.push('', `| ${rt(lang, 'changes.class')} | ${rt(lang, 'changes.change')} | ${rt(lang, 'changes.location')} |`, '|---|---|---|');
  for (const c of changes.slice(0, MAX_CHANGES)) {
    out.push(`| ${cell(rt(lang, `changes.${c.class}`))} | ${cell(c.message.length > MAX_MESSAGE ? c.message.slice(0, MAX_MESSAGE) + '…' : c.message)} | ${cell(changeLocation(c))} |`);
  }
  if (changes.length > MAX_CHANGES) out.push('', rt(lang, 'md.more', { count: changes.length - MAX_CHANGES }));
  return out;
}

export function format(report: ReportModel, _options: FormatOptions): string {
  const lang = report.lang;
  // `diff` alone: the comparison is the whole report (its breaking changes are its findings).
  if (report.compared?.only && report.changes) return changesMarkdown(report, report.changes).join('\n') + '\n';
  const bouquet = t(lang, `report.bouquet.${report.bouquet}`);
  const verdict = report.ready ? t(lang, 'report.ready', { bouquet }) : t(lang, 'report.notReady', { bouquet });
  const out: string[] = [
    `## ${cell(rt(lang, 'md.title', { bouquet }))}`,
    '',
    `### ${report.ready ? '✅' : '❌'} ${cell(verdict)}`,
    '',
    rt(lang, 'md.score', { score: report.score, profile: report.profile, ...report.summary }),
    '',
  ];
  if (report.detection) out.push(cell(detectionText(lang, report.detection)), '');
  const ignored = report.findings.filter((f) => f.ignored).length;
  if (ignored > 0) out.push(rt(lang, 'md.ignored', { count: ignored }), '');
  for (const line of configurationLines(report)) out.push(cell(line), '');

  out.push(
    `### ${rt(lang, 'md.conventions')}`,
    '',
    `| ${rt(lang, 'md.convention')} | ${rt(lang, 'md.level')} | ${rt(lang, 'md.title2')} | ${rt(lang, 'md.count')} |`,
    '|---|---|---|---:|',
  );
  for (const c of report.conventions) {
    const mark = c.findings > 0 ? (c.level === 'MUST' ? '❌' : '⚠️') : '✅';
    out.push(`| ${mark} ${cell(c.convention)} | ${c.level} | ${catalogueCell(conventionTitle(lang, c.convention))} | ${c.findings} |`);
  }
  if (report.changes && report.compared) out.push('', ...changesMarkdown(report, report.changes));
  out.push('', `### ${rt(lang, 'md.topFindings')}`, '');

  const active = report.findings
    .filter((f) => !f.ignored && !f.baselined)
    .sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]);
  if (active.length === 0) {
    out.push(rt(lang, 'md.none'));
    return out.join('\n') + '\n';
  }
  out.push(
    `| ${rt(lang, 'md.severity')} | ${rt(lang, 'md.convention')} | ${rt(lang, 'md.location')} | ${rt(lang, 'md.message')} |`,
    '|---|---|---|---|',
  );
  let bytes = Buffer.byteLength(out.join('\n'));
  let shown = 0;
  for (const f of active) {
    const row = findingRow(f, lang);
    const size = Buffer.byteLength(row) + 1;
    if (bytes + size > MAX_BYTES) break;
    out.push(row);
    bytes += size;
    shown++;
  }
  if (shown < active.length) out.push('', rt(lang, 'md.more', { count: active.length - shown }));
  return out.join('\n') + '\n';
}
