/**
 * The technical audit report: one self-contained HTML file (inline CSS, JS and SVG, strict CSP),
 * that a producer sends to DINUM. Everything that comes from a spec is escaped; the page is built
 * as one string in one pass.
 */
import { rt } from '../i18n.js';
import { CSS, JS, cspHash } from '../html/assets.js';
import { esc } from '../html/escape.js';
import { changesSection } from '../html/changes.js';
import { findingsSection } from '../html/findings.js';
import { bouquetName, callsSection, categoriesSection, configurationSection, ignoredSection, nextStepSection, verdictSection } from '../html/sections.js';
import type { ReportModel } from '../model.js';
import type { FormatOptions } from './index.js';

const CSP = [
  "default-src 'none'",
  `style-src ${cspHash(CSS)}`,
  `script-src ${cspHash(JS)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function generatedLine(report: ReportModel): string {
  const date = new Intl.DateTimeFormat(report.lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(report.generatedAt));
  return rt(report.lang, 'html.generated', { date, tool: report.tool.name, version: report.tool.version });
}

export function format(report: ReportModel, options: FormatOptions): string {
  const lang = report.lang;
  const specs = report.sources.map((s) => s.path);
  return [
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n`,
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">\n`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n`,
    `<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">\n`,
    `<link rel="icon" href="data:,">\n`,
    `<title>${esc(rt(lang, 'html.title', { spec: specs[0] ?? '' }))}</title>\n`,
    `<style>${CSS}</style>\n</head>\n<body>\n`,
    `<a class="skip" href="#findings">${esc(rt(lang, 'html.skip'))}</a>\n`,
    `<header class="top"><h1>${esc(rt(lang, 'html.heading'))}</h1>`,
    `<p class="meta">${esc(rt(lang, 'html.subtitle', { bouquet: bouquetName(report) }))}<br>`,
    `${esc(rt(lang, specs.length > 1 ? 'html.specs' : 'html.spec', { files: specs.join(', ') }))}<br>${esc(generatedLine(report))}</p></header>\n`,
    `<main>\n`,
    // `diff` alone: the comparison and its SRV-03 findings, no readiness verdict.
    ...(report.compared?.only
      ? [changesSection(report), '\n', findingsSection(report, options.docsUrl), '\n', ignoredSection(report)]
      : [
          verdictSection(report),
          '\n',
          categoriesSection(report),
          '\n',
          changesSection(report),
          '\n',
          findingsSection(report, options.docsUrl),
          '\n',
          callsSection(report),
          '\n',
          ignoredSection(report),
          '\n',
          configurationSection(report),
          '\n',
          nextStepSection(report),
        ]),
    `\n</main>\n<footer><p>${esc(rt(lang, 'html.print'))}</p></footer>\n`,
    `<script>${JS}</script>\n</body>\n</html>\n`,
  ].join('');
}
