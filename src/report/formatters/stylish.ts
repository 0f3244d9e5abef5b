/** The terminal format: findings grouped by file, `line:col  severity  convention  message  rule`, then the verdict. */
import type { Finding, Severity } from '../../finding.js';
import { BOUQUET_TEAM_EMAIL, t } from '../../i18n/index.js';
import { detectionText } from '../detection.js';
import { configurationLines } from '../configuration.js';
import { changeCounts, changeLocation, changesVerdict } from '../changes.js';
import { rt } from '../i18n.js';
import type { ReportModel } from '../model.js';

export interface StylishOptions {
  color: boolean;
  /** Only errors (`--quiet`). */
  quiet?: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

/** The longest length among `values` (0 if none); a loop, as `Math.max(...values)` overflows the stack past about 100,000 values. */
function widest(values: string[]): number {
  let w = 0;
  for (const v of values) if (v.length > w) w = v.length;
  return w;
}

export function formatStylish(report: ReportModel, options: StylishOptions): string {
  const paint = (style: keyof typeof CODES, s: string) => (options.color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, keyof typeof CODES> = { error: 'red', warn: 'yellow', info: 'blue', hint: 'dim' };
  const lang = report.lang;
  const lines: string[] = [];

  const shown = report.findings.filter((f) => !f.ignored && !f.baselined && (!options.quiet || f.severity === 'error'));
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byFile.get(f.source) ?? [];
    list.push(f);
    byFile.set(f.source, list);
  }
  for (const [file, list] of byFile) {
    lines.push(paint('underline', file));
    const rows = list.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      t(lang, `severity.${f.severity}`),
      f.convention,
      f.message,
      f.rule,
    ]);
    const w0 = widest(rows.map((r) => r[0]!));
    const w1 = widest(rows.map((r) => r[1]!));
    const w2 = widest(rows.map((r) => r[2]!));
    rows.forEach((r, i) => {
      const sev = list[i]!.severity;
      lines.push(
        `  ${paint('dim', r[0]!.padEnd(w0))}  ${paint(sevColor[sev], r[1]!.padEnd(w1))}  ${r[2]!.padEnd(w2)}  ${r[3]}  ${paint('dim', r[4]!)}`,
      );
    });
    lines.push('');
  }
  if (shown.length === 0) lines.push(t(lang, 'report.noFindings'), '');
  if (report.changes && report.compared) {
    lines.push(paint('bold', rt(lang, 'changes.title')), rt(lang, 'changes.compared', { old: report.compared.old, new: report.compared.new }));
    // Breaking changes are already listed above as SRV-03 findings, unless the configuration switched those off.
    const asFindings = report.findings.some((f) => f.rule === 'bouquet-no-breaking-change');
    const listed = options.quiet ? [] : report.changes.filter((c) => c.class !== 'breaking' || !asFindings);
    const w = widest(listed.map((c) => rt(lang, `changes.${c.class}`)));
    const color = { breaking: 'red', info: 'blue', 'non-breaking': 'dim' } as const;
    for (const c of listed) lines.push(`  ${paint(color[c.class], rt(lang, `changes.${c.class}`).padEnd(w))}  ${paint('dim', changeLocation(c))}  ${c.message}`);
    lines.push(rt(lang, report.changes.length === 0 ? 'changes.none' : 'changes.summary', changeCounts(report.changes)), '');
    if (report.compared.only) {
      const verdict = changesVerdict(report);
      lines.push(paint(verdict.ok ? 'green' : 'red', (verdict.ok ? '✔ ' : '✖ ') + verdict.text));
      return lines.join('\n') + '\n';
    }
  }
  const known = options.quiet ? [] : report.findings.filter((f) => !f.ignored && f.baselined);
  if (known.length > 0) {
    lines.push(paint('dim', rt(lang, 'baseline.heading', { count: known.length })));
    for (const f of known) lines.push(paint('dim', `  ${f.source}:${f.range.start.line + 1}  ${f.convention}  ${f.message}`));
    lines.push('');
  }
  const configuration = configurationLines(report);
  if (configuration.length > 0) lines.push(...configuration, '');

  if (report.probe) {
    const p = report.probe;
    const statuses = Object.entries(p.statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(', ');
    lines.push(t(lang, 'report.probe', { calls: p.calls, url: p.baseUrl, statuses, ...p.latencyMs }), '');
  }
  if (report.detection) lines.push(paint('dim', detectionText(lang, report.detection)));
  const bouquet = t(lang, `report.bouquet.${report.bouquet}`);
  const verdict = report.ready ? t(lang, 'report.ready', { bouquet }) : t(lang, 'report.notReady', { bouquet });
  const parts = [
    t(lang, 'report.score', { score: report.score }),
    t(lang, 'report.profile', { profile: report.profile }),
    t(lang, 'report.summary', report.summary),
  ];
  const ignored = report.findings.filter((f) => f.ignored).length;
  if (ignored > 0) parts.push(t(lang, 'report.ignored', { count: ignored }));
  lines.push(`${paint(report.ready ? 'green' : 'red', (report.ready ? '✔ ' : '✖ ') + verdict)} — ${parts.join(' — ')}`);
  const email = BOUQUET_TEAM_EMAIL[report.bouquet];
  lines.push(report.ready ? t(lang, 'report.nextStepReady', { email }) : t(lang, 'report.nextStepNotReady', { email }));
  return lines.join('\n') + '\n';
}
