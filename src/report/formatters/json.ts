import type { ReportModel } from '../model.js';

/** The object of the JSON output of CONTRACT.md: exactly these keys, in this order. */
export function jsonReport(report: ReportModel) {
  return {
    tool: report.tool,
    bouquet: report.bouquet,
    profile: report.profile,
    ready: report.ready,
    score: report.score,
    summary: report.summary,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      convention: f.convention,
      level: f.level,
      severity: f.severity,
      scope: f.scope,
      message: f.message,
      source: f.source,
      path: f.path,
      range: f.range,
      ...(f.ignored ? { ignored: true, ignoreReason: f.ignoreReason ?? '' } : {}),
      ...(f.live ? { live: f.live } : {}),
    })),
    probe: report.probe,
  };
}

/** The JSON output of CONTRACT.md. */
export function formatJson(report: ReportModel): string {
  return JSON.stringify(jsonReport(report), null, 2) + '\n';
}
