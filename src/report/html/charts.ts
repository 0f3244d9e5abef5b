/** Inline SVG charts of the audit report: no script, no external resource, presentation attributes only (no style attributes, for the CSP). */
import type { Lang } from '../../finding.js';
import { rt, type ReportKey } from '../i18n.js';
import type { CategoryScore, ProbeCall } from '../model.js';
import { esc } from './escape.js';

function scoreClass(score: number): string {
  return score >= 90 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

/** Horizontal bars: one row per category, its score out of 100. */
export function categoryChart(categories: CategoryScore[], lang: Lang): string {
  const row = 30;
  const labelW = 200;
  const barW = 260;
  const height = categories.length * row + 24;
  const width = labelW + barW + 40;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="cat-chart-title cat-chart-desc">`,
    `<title id="cat-chart-title">${esc(rt(lang, 'html.categoriesChart'))}</title>`,
    `<desc id="cat-chart-desc">${esc(rt(lang, 'html.categoriesChartDesc'))}</desc>`,
  );
  for (const x of [0, 50, 100]) {
    const gx = labelW + (barW * x) / 100;
    parts.push(`<line class="grid" x1="${gx}" y1="0" x2="${gx}" y2="${height - 20}"/>`, `<text class="axis" x="${gx}" y="${height - 6}" text-anchor="middle">${x}</text>`);
  }
  categories.forEach((c, i) => {
    const y = i * row;
    const name = rt(lang, `category.${c.category}` as ReportKey);
    parts.push(
      `<text class="label" x="${labelW - 8}" y="${y + 19}" text-anchor="end">${esc(`${c.category} — ${name}`)}</text>`,
      `<rect class="track" x="${labelW}" y="${y + 6}" width="${barW}" height="18" rx="3"/>`,
      `<rect class="bar ${scoreClass(c.score)}" x="${labelW}" y="${y + 6}" width="${Math.max(2, (barW * c.score) / 100)}" height="18" rx="3"/>`,
      `<text class="value" x="${labelW + barW + 8}" y="${y + 19}">${c.score}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Upper bounds of the latency bands, in milliseconds; the last band is open. */
const BOUNDS = [100, 250, 500, 1000, 2000, 5000, 10000];

function seconds(ms: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(ms / 1000);
}

/** `< 100 ms`, `100–250 ms`, ..., `0,5–1 s`, ..., `≥ 10 s`: the unit once, on the upper bound. */
function bandLabels(lang: Lang): string[] {
  const range = (lo: number, hi: number) => (hi <= 1000 && lo < 500 ? `${lo}–${hi} ms` : `${seconds(lo, lang)}–${seconds(hi, lang)} s`);
  return [`< ${BOUNDS[0]} ms`, ...BOUNDS.slice(1).map((b, i) => range(BOUNDS[i]!, b)), `≥ ${seconds(BOUNDS[BOUNDS.length - 1]!, lang)} s`];
}

/** Histogram of call latencies by band, plus the calls without a response. */
export function latencyChart(calls: ProbeCall[], lang: Lang): string {
  const counts = [...BOUNDS, Infinity].map(() => 0);
  let none = 0;
  for (const c of calls) {
    if (c.latencyMs === null) {
      none++;
      continue;
    }
    const band = BOUNDS.findIndex((b) => c.latencyMs! < b);
    counts[band === -1 ? BOUNDS.length : band]!++;
  }
  const labels = bandLabels(lang);
  labels.push(rt(lang, 'html.noLatency'));
  counts.push(none);
  const colW = 88;
  const plotH = 160;
  const width = labels.length * colW + 20;
  const top = 20;
  const height = top + plotH + 40;
  const peak = Math.max(1, ...counts);
  const parts: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="lat-chart-title lat-chart-desc">`,
    `<title id="lat-chart-title">${esc(rt(lang, 'html.latencyChart'))}</title>`,
    `<desc id="lat-chart-desc">${esc(rt(lang, 'html.latencyChartDesc'))}</desc>`,
    `<line class="grid" x1="10" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}"/>`,
  ];
  counts.forEach((n, i) => {
    const h = n === 0 ? 0 : Math.max(2, (plotH * n) / peak);
    const x = 10 + i * colW + 8;
    const cls = i >= BOUNDS.length ? 'poor' : i >= 4 ? 'fair' : 'good';
    parts.push(
      `<rect class="bar ${cls}" x="${x}" y="${top + plotH - h}" width="${colW - 16}" height="${h}" rx="2"/>`,
      `<text class="value" x="${x + (colW - 16) / 2}" y="${top + plotH - h - 6}" text-anchor="middle">${n}</text>`,
      `<text class="axis" x="${x + (colW - 16) / 2}" y="${top + plotH + 18}" text-anchor="middle">${esc(labels[i]!)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
