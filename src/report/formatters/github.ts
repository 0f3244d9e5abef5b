/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
 * GitHub shows as an annotation on the spec file, most severe first (GitHub shows the first 10 of
 * each kind per step). Excused findings are not emitted.
 */
import { SEVERITY_ORDER, type Finding, type Severity } from '../../finding.js';
import { ruleTitle } from '../i18n.js';
import type { ReportModel } from '../model.js';
import type { FormatOptions } from './index.js';
import { repoRelative } from './sarif.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warn: 'warning', info: 'notice', hint: 'notice' };

/** Escaping of a command's message (GitHub's `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value (GitHub's `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function line(f: Finding, report: ReportModel, cwd: string): string {
  const { start, end } = f.range;
  const props: [string, string | number][] = [];
  if (f.source) {
    props.push(['file', repoRelative(f.source, cwd)], ['line', start.line + 1], ['col', start.character + 1]);
    props.push(['endLine', Math.max(end.line, start.line) + 1]);
    if (end.line === start.line) props.push(['endColumn', Math.max(end.character, start.character) + 1]);
  }
  props.push(['title', `${f.convention} ${ruleTitle(report.lang, f.rule)}`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${list}::${escapeData(`${f.message} (${f.rule})`)}`;
}

export function format(report: ReportModel, options: FormatOptions): string {
  const lines = report.findings
    .filter((f) => !f.ignored && !f.baselined && (!options.quiet || f.severity === 'error'))
    .sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity])
    .map((f) => line(f, report, options.cwd));
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
