import type { ReportModel } from '../model.js';

/** The object of the JSON output of CONTRACT.md (plus `detection`, see README "JSON output"): exactly these keys, in this order (`disabled`, `levels`, `baseline`, `changes` when they apply). */
export function jsonReport(report: ReportModel) {
  return {
    tool: report.tool,
    bouquet: report.bouquet,
    detection: report.detection,
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
      ...(f.baselined ? { baselined: true } : {}),
      ...(f.live ? { live: f.live } : {}),
    })),
    probe: report.probe,
    // What the configuration changed, only when it changed something: conventions switched off (and
    // by which file), levels set, the baseline's counts.
    ...(report.levels.length > 0
      ? {
          disabled: report.levels.filter((l) => l.setting === 'off').map((l) => ({ id: l.id, file: l.file })),
          levels: report.levels.filter((l) => l.setting !== 'off').map((l) => ({ id: l.id, level: l.setting, file: l.file })),
        }
      : {}),
    ...(report.baseline ? { baseline: report.baseline } : {}),
    ...(report.changes ? { changes: report.changes } : {}),
  };
}

/** The JSON output of CONTRACT.md. */
export function formatJson(report: ReportModel): string {
  return JSON.stringify(jsonReport(report), null, 2) + '\n';
}
