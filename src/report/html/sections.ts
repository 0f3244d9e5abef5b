/** The sections of the audit report around the findings: verdict, categories, probe calls, excused findings, next step. */
import type { Lang } from '../../finding.js';
import { BOUQUET_TEAM_EMAIL, t } from '../../i18n/index.js';
import { conventionTitle, kindLabel, rt, type ReportKey } from '../i18n.js';
import { configurationLines } from '../configuration.js';
import type { ProbeCall, ReportModel } from '../model.js';
import { detectionText } from '../detection.js';
import { categoryChart, latencyChart } from './charts.js';
import { esc, maskCredentials } from './escape.js';
import { inline } from './markdown.js';

export function bouquetName(report: ReportModel): string {
  return t(report.lang, `report.bouquet.${report.bouquet}`);
}

function card(label: string, value: string, cls = ''): string {
  return `<div><dt>${esc(label)}</dt><dd${cls ? ` class="${cls}"` : ''}>${value}</dd></div>`;
}

export function verdictSection(report: ReportModel): string {
  const lang = report.lang;
  const bouquet = bouquetName(report);
  const verdict = report.ready ? t(lang, 'report.ready', { bouquet }) : t(lang, 'report.notReady', { bouquet });
  const must = report.findings.filter((f) => !f.ignored && f.level === 'MUST').length;
  const explain = report.ready ? rt(lang, 'html.readyExplain') : rt(lang, 'html.notReadyExplain', { count: must });
  const ignored = report.findings.filter((f) => f.ignored).length;
  const probe = report.probe
    ? inline(rt(lang, 'html.probedValue', { calls: report.probe.calls, baseUrl: maskCredentials(report.probe.baseUrl).replace(/`/g, '') }))
    : inline(rt(lang, 'html.notProbed'));
  return (
    `<section class="verdict ${report.ready ? 'ready' : 'not-ready'}" aria-labelledby="h-verdict">` +
    `<h2 id="h-verdict"><span aria-hidden="true">${report.ready ? '✔' : '✖'}</span> ${esc(verdict)}</h2>` +
    `<p>${esc(explain)}</p>` +
    `<dl class="cards">` +
    card(rt(lang, 'html.bouquet'), esc(`API ${bouquet}`)) +
    card(rt(lang, 'html.profile'), esc(report.profile)) +
    card(rt(lang, 'html.score'), esc(rt(lang, 'html.scoreValue', { score: report.score }))) +
    card(rt(lang, 'html.errors'), String(report.summary.error), 'n-error') +
    card(rt(lang, 'html.warnings'), String(report.summary.warn), 'n-warn') +
    card(rt(lang, 'html.infos'), String(report.summary.info), 'n-info') +
    card(rt(lang, 'html.ignoredCount'), String(ignored)) +
    `</dl>` +
    (report.detection ? `<p class="detection">${esc(detectionText(lang, report.detection))}</p>` : '') +
    `<p class="probe-line">${probe}</p></section>`
  );
}

export function categoriesSection(report: ReportModel): string {
  const lang = report.lang;
  const rows = report.categories
    .map(
      (c) =>
        `<tr><th scope="row">${esc(`${c.category} — ${rt(lang, `category.${c.category}` as ReportKey)}`)}</th><td class="num">${c.checked}</td><td class="num">${c.failed}</td><td class="num">${c.score}</td></tr>`,
    )
    .join('');
  return (
    `<section id="categories" aria-labelledby="h-categories"><h2 id="h-categories">${esc(rt(lang, 'html.categories'))}</h2>` +
    `<div class="cat-view">${categoryChart(report.categories, lang)}` +
    `<table class="compact"><thead><tr><th scope="col">${esc(rt(lang, 'html.category'))}</th><th scope="col" class="num">${esc(rt(lang, 'html.checked'))}</th>` +
    `<th scope="col" class="num">${esc(rt(lang, 'html.failed'))}</th><th scope="col" class="num">${esc(rt(lang, 'html.score'))}</th></tr></thead><tbody>${rows}</tbody></table></div>` +
    conventionsTable(report) +
    `</section>`
  );
}

/** Every convention checked, met or not, so that the reader sees what the audit covered. */
function conventionsTable(report: ReportModel): string {
  const lang = report.lang;
  const rows = report.conventions
    .map((c) => {
      const id = c.findings > 0 ? `<a href="#conv-${esc(c.convention)}">${esc(c.convention)}</a>` : esc(c.convention);
      const status = c.findings > 0 ? `<span class="status-server">✖ ${esc(rt(lang, 'html.violated'))}</span>` : `<span class="status-ok">✔ ${esc(rt(lang, 'html.met'))}</span>`;
      return `<tr><th scope="row">${id}</th><td><span class="badge ${c.level}">${c.level}</span></td><td>${inline(conventionTitle(lang, c.convention))}</td><td>${status}</td><td class="num">${c.findings}</td></tr>`;
    })
    .join('');
  return (
    `<details class="all-conventions"><summary>${esc(rt(lang, 'html.allConventions', { count: report.conventions.length }))}</summary>` +
    `<table><thead><tr><th scope="col">${esc(rt(lang, 'md.convention'))}</th><th scope="col">${esc(rt(lang, 'html.level'))}</th><th scope="col">${esc(rt(lang, 'html.conventionTitle'))}</th>` +
    `<th scope="col">${esc(rt(lang, 'html.conventionStatus'))}</th><th scope="col" class="num">${esc(rt(lang, 'md.count'))}</th></tr></thead><tbody>${rows}</tbody></table></details>`
  );
}

function statusCell(call: ProbeCall, lang: Lang): string {
  if (call.status === null) return `<span class="status-none">${esc(rt(lang, 'html.noResponse'))}</span>${call.error ? `<br><span class="note">${esc(maskCredentials(call.error))}</span>` : ''}`;
  const cls = call.status >= 500 ? 'status-server' : call.status >= 400 ? 'status-client' : 'status-ok';
  return `<span class="${cls}">${call.status}</span>`;
}

export function callsSection(report: ReportModel): string {
  const lang = report.lang;
  const stats = report.probe;
  if (!stats) return '';
  const rows = report.calls
    .map(
      (c) =>
        `<tr><td>${esc(kindLabel(lang, c.kind))}</td><td><code>${esc(maskCredentials(c.operation))}</code></td><td>${esc(c.method)}</td><td>${statusCell(c, lang)}</td>` +
        `<td class="num">${c.latencyMs === null ? '—' : esc(rt(lang, 'html.ms', { ms: c.latencyMs }))}</td><td><code class="curl">${esc(maskCredentials(c.curl))}</code></td></tr>`,
    )
    .join('');
  const summary = rt(lang, 'html.callsSummary', {
    calls: stats.calls,
    baseUrl: maskCredentials(stats.baseUrl),
    p50: stats.latencyMs.p50,
    p95: stats.latencyMs.p95,
    max: stats.latencyMs.max,
  });
  return (
    `<section id="calls" aria-labelledby="h-calls"><h2 id="h-calls">${esc(rt(lang, 'html.calls'))}</h2><p>${esc(summary)}</p>` +
    `<h3>${esc(rt(lang, 'html.latencyChart'))}</h3>${latencyChart(report.calls, lang)}` +
    `<table><thead><tr><th scope="col">${esc(rt(lang, 'html.kind'))}</th><th scope="col">${esc(rt(lang, 'html.operation'))}</th><th scope="col">${esc(rt(lang, 'html.method'))}</th>` +
    `<th scope="col">${esc(rt(lang, 'html.status'))}</th><th scope="col" class="num">${esc(rt(lang, 'html.latency'))}</th><th scope="col">${esc(rt(lang, 'html.reproduce'))}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></section>`
  );
}

export function ignoredSection(report: ReportModel): string {
  const lang = report.lang;
  const ignored = report.findings.filter((f) => f.ignored);
  const head = `<section id="ignored" aria-labelledby="h-ignored"><h2 id="h-ignored">${esc(rt(lang, 'html.ignored'))}</h2>`;
  if (ignored.length === 0) return `${head}<p>${esc(rt(lang, 'html.ignoredNone'))}</p></section>`;
  const rows = ignored
    .map(
      (f) =>
        `<tr><td>${esc(f.convention)}</td><td><code>${esc(`${f.source}:${f.range.start.line + 1}`)}</code></td><td>${esc(f.message)}</td><td>${esc(f.ignoreReason ?? '')}</td></tr>`,
    )
    .join('');
  return (
    `${head}<p>${inline(rt(lang, 'html.ignoredIntro'))}</p><table><thead><tr><th scope="col">${esc(rt(lang, 'md.convention'))}</th><th scope="col">${esc(rt(lang, 'html.location'))}</th>` +
    `<th scope="col">${esc(rt(lang, 'html.message'))}</th><th scope="col">${esc(rt(lang, 'html.reason'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

/** What the producer chose not to check (conventions switched off, levels changed) and the findings already in its baseline. */
export function configurationSection(report: ReportModel): string {
  const lang = report.lang;
  const lines = configurationLines(report);
  const head = `<section id="configuration" aria-labelledby="h-configuration"><h2 id="h-configuration">${esc(rt(lang, 'html.configuration'))}</h2>`;
  if (lines.length === 0) return `${head}<p>${esc(rt(lang, 'html.configurationNone'))}</p></section>`;
  const known = report.findings.filter((f) => !f.ignored && f.baselined);
  const rows = known
    .map((f) => `<tr><td>${esc(f.convention)}</td><td><code>${esc(`${f.source}:${f.range.start.line + 1}`)}</code></td><td>${esc(f.message)}</td></tr>`)
    .join('');
  const table =
    known.length === 0
      ? ''
      : `<h3>${esc(rt(lang, 'baseline.heading', { count: known.length }))}</h3><table><thead><tr><th scope="col">${esc(rt(lang, 'md.convention'))}</th>` +
        `<th scope="col">${esc(rt(lang, 'html.location'))}</th><th scope="col">${esc(rt(lang, 'html.message'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `${head}${lines.map((l) => `<p>${esc(l)}</p>`).join('')}${table}</section>`;
}

export function nextStepSection(report: ReportModel): string {
  const lang = report.lang;
  const email = BOUQUET_TEAM_EMAIL[report.bouquet];
  const text = rt(lang, report.ready ? 'html.nextReady' : 'html.nextNotReady', { bouquet: bouquetName(report), email: '\u0000' });
  const [before, after] = text.split('\u0000') as [string, string];
  return (
    `<section id="next" aria-labelledby="h-next"><h2 id="h-next">${esc(rt(lang, 'html.nextStep'))}</h2>` +
    `<p class="next">${esc(before)}<a href="mailto:${esc(email)}">${esc(email)}</a>${esc(after)}</p></section>`
  );
}
