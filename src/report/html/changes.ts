/** The « Changements depuis la version précédente » section of the HTML report (`diff`, `audit --previous`). */
import { changeCounts, changeLocation, changesVerdict } from '../changes.js';
import { rt } from '../i18n.js';
import type { ReportModel } from '../model.js';
import { esc } from './escape.js';

const CLASS_STYLE = { breaking: 'status-server', info: 'status-client', 'non-breaking': 'status-ok' } as const;

export function changesSection(report: ReportModel): string {
  const changes = report.changes;
  if (!changes || !report.compared) return '';
  const lang = report.lang;
  const verdict = changesVerdict(report);
  const head =
    `<section id="changes" aria-labelledby="h-changes"><h2 id="h-changes">${esc(rt(lang, 'changes.title'))}</h2>` +
    `<p>${esc(rt(lang, 'changes.compared', { old: report.compared.old, new: report.compared.new }))}</p>` +
    `<p class="${verdict.ok ? 'status-ok' : 'status-server'}">${verdict.ok ? '✔' : '✖'} ${esc(verdict.text)}</p>`;
  if (changes.length === 0) return `${head}<p>${esc(rt(lang, 'changes.none'))}</p></section>`;
  const rows = changes
    .map(
      (c) =>
        `<tr><td><span class="${CLASS_STYLE[c.class]}">${esc(rt(lang, `changes.${c.class}`))}</span></td><td>${esc(c.message)}</td><td><code>${esc(changeLocation(c))}</code></td></tr>`,
    )
    .join('');
  return (
    `${head}<p>${esc(rt(lang, 'changes.summary', changeCounts(changes)))}</p>` +
    `<table><thead><tr><th scope="col">${esc(rt(lang, 'changes.class'))}</th><th scope="col">${esc(rt(lang, 'changes.change'))}</th>` +
    `<th scope="col">${esc(rt(lang, 'changes.location'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`
  );
}
