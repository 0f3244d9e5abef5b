/**
 * GitLab Code Quality (the subset of the Code Climate issue format that GitLab reads): one issue per
 * finding, shown inline in merge requests. Fingerprints are the SARIF ones (rule, file, JSON path,
 * message: never the line, so moving code does not turn a finding into a new one); two findings
 * that would share one get an occurrence number, so each fingerprint names one finding. Excused
 * findings are left out: the format has no way to mark them.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../../finding.js';
import type { ReportModel } from '../model.js';
import type { FormatOptions } from './index.js';
import { fingerprint, repoRelative } from './sarif.js';

/** GitLab's severities are info, minor, major, critical, blocker. */
const GITLAB_SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warn: 'minor', info: 'info', hint: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export function format(report: ReportModel, options: FormatOptions): string {
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = report.findings
    .filter((f) => !f.ignored)
    .map((f) => {
      const file = repoRelative(f.source, options.cwd);
      const base = fingerprint(f, file);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      return {
        description: `${f.convention} (${f.level}): ${f.message}`,
        check_name: f.rule,
        fingerprint: occurrence === 0 ? base : createHash('sha256').update(`${base}#${occurrence}`).digest('hex'),
        severity: GITLAB_SEVERITY[f.severity],
        location: { path: file, lines: { begin: f.range.start.line + 1, end: Math.max(f.range.end.line, f.range.start.line) + 1 } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
}
