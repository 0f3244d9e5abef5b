/**
 * The HTML report's SVG charts, read back bar by bar: category score colours at their thresholds
 * (90, 60), bar widths, latency bands at their exact bounds, bar heights against the tallest, the
 * calls without a response, band labels in both languages.
 */
import { describe, expect, it } from 'vitest';
import { categoryChart, latencyChart } from '../../src/report/html/charts.js';
import type { CategoryScore, ProbeCall } from '../../src/report/model.js';

const bars = (svg: string) => [...svg.matchAll(/<rect class="bar (\w+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({ cls: m[1], x: Number(m[2]), y: Number(m[3]), width: Number(m[4]), height: Number(m[5]) }));
const texts = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('categoryChart', () => {
  const scores = [100, 90, 89, 60, 59, 1, 0];
  const categories: CategoryScore[] = scores.map((score, i) => ({ category: ['DOC', 'SRV', 'AUTH', 'ID', 'ERR', 'DATA', 'QOS'][i]!, checked: 1, failed: 0, score }));
  const svg = categoryChart(categories, 'en');

  it('good from 90, fair from 60, poor below; width in proportion, 2 at least', () => {
    expect(bars(svg).map((b) => b.cls)).toEqual(['good', 'good', 'fair', 'fair', 'poor', 'poor', 'poor']);
    expect(bars(svg).map((b) => b.width)).toEqual([260, 234, 231.4, 156, 153.4, 2.6, 2]);
    expect(bars(svg).map((b) => b.y)).toEqual([6, 36, 66, 96, 126, 156, 186]);
    expect(texts(svg, 'value')).toEqual(['100', '90', '89', '60', '59', '1', '0']);
  });

  it('one row of 30 per category, an axis at 0, 50 and 100, labels with the category name', () => {
    expect(svg.startsWith('<svg class="chart" viewBox="0 0 500 234" width="500" height="234" role="img" aria-labelledby="cat-chart-title cat-chart-desc">')).toBe(true);
    expect(svg).toContain('<line class="grid" x1="330" y1="0" x2="330" y2="214"/><text class="axis" x="330" y="228" text-anchor="middle">50</text>');
    expect(texts(svg, 'axis')).toEqual(['0', '50', '100']);
    expect(texts(svg, 'label').slice(0, 2)).toEqual(['DOC — Document', 'SRV — Servers and transport']);
    expect(svg.endsWith('</svg>')).toBe(true);
  });
});

describe('latencyChart', () => {
  const call = (latencyMs: number | null): ProbeCall => ({ kind: 'nominal', operation: 'GET /a', method: 'GET', url: 'https://a/a', status: latencyMs === null ? null : 200, latencyMs, curl: '' });
  const latencies = [99, 100, 249, 250, 499, 500, 999, 1000, 1999, 2000, 4999, 5000, 9999, 10_000, 60_000, null, null, null, 0];

  it('counts calls per band, each bound in the band above it; calls without a response apart', () => {
    const svg = latencyChart(latencies.map(call), 'en');
    expect(texts(svg, 'value')).toEqual(['2', '2', '2', '2', '2', '2', '2', '2', '3']);
    expect(texts(svg, 'axis')).toEqual(['&lt; 100 ms', '100–250 ms', '250–500 ms', '0.5–1 s', '1–2 s', '2–5 s', '5–10 s', '≥ 10 s', 'no response']);
    expect(bars(svg).map((b) => b.cls)).toEqual(['good', 'good', 'good', 'good', 'fair', 'fair', 'fair', 'poor', 'poor']);
  });

  it('heights against the tallest band, 2 at least for a non-empty band, 0 for an empty one', () => {
    const svg = latencyChart([...Array.from({ length: 100 }, () => call(50)), call(300)], 'fr');
    const b = bars(svg);
    expect(b.map((x) => x.height)).toEqual([160, 0, 2, 0, 0, 0, 0, 0, 0]);
    expect(b.map((x) => x.y)).toEqual([20, 180, 178, 180, 180, 180, 180, 180, 180]);
    expect(b.map((x) => x.x)).toEqual([18, 106, 194, 282, 370, 458, 546, 634, 722]);
    expect(texts(svg, 'axis')).toEqual(['&lt; 100 ms', '100–250 ms', '250–500 ms', '0,5–1 s', '1–2 s', '2–5 s', '5–10 s', '≥ 10 s', 'sans réponse']);
    expect(svg).toContain('<text class="value" x="54" y="14" text-anchor="middle">100</text>');
  });

  it('no call: every band empty, the scale still drawn', () => {
    const svg = latencyChart([], 'en');
    expect(bars(svg).every((x) => x.height === 0 && x.y === 180)).toBe(true);
    expect(svg.startsWith('<svg class="chart" viewBox="0 0 812 220" width="812" height="220"')).toBe(true);
    expect(svg).toContain('<line class="grid" x1="10" y1="180" x2="802" y2="180"/>');
  });
});
