/** The findings section: filters, then one block per convention with its findings, excerpts and how to fix. */
import { categoryOf, CATEGORIES, type Finding, type Lang, type Severity } from '../../finding.js';
import { CATALOGUES, conventionTexts } from '../../../rulesets/messages/index.js';
import { docRepoPathFor, docUrlFor } from '../doc-link.js';
import { rt, type ReportKey } from '../i18n.js';
import { compareConventions, type ReportModel } from '../model.js';
import { esc, maskCredentials } from './escape.js';
import { Excerpts } from './excerpt.js';
import { inline, renderMarkdown } from './markdown.js';

/** Code excerpts shown per convention; the rest of its findings show their location only. */
export const MAX_EXCERPTS_PER_CONVENTION = 50;

const SEVERITY_KEY: Record<Severity, ReportKey> = {
  error: 'severity.error',
  warn: 'severity.warn',
  info: 'severity.info',
  hint: 'severity.hint',
};

function filters(report: ReportModel, active: Finding[]): string {
  const lang = report.lang;
  const bySeverity = (s: Severity) => active.filter((f) => f.severity === s).length;
  const boxes = (
    [
      ['error', 'html.errors'],
      ['warn', 'html.warnings'],
      ['info', 'html.infos'],
    ] as const
  )
    .map(
      ([sev, key]) =>
        `<label><input type="checkbox" name="sev" value="${sev}" checked> ${esc(rt(lang, key))} <span class="n-${sev}">(${bySeverity(sev)})</span></label>`,
    )
    .join('');
  const present = new Set(active.map((f) => categoryOf(f.convention)));
  const options = CATEGORIES.filter((c) => present.has(c))
    .map((c) => `<option value="${c}">${esc(`${c} — ${rt(lang, `category.${c}`)}`)}</option>`)
    .join('');
  const template = rt(lang, 'html.shown', { shown: '{shown}', total: '{total}' });
  return (
    `<form id="filters" class="filters" role="search" aria-label="${esc(rt(lang, 'html.filters'))}">` +
    `<fieldset><legend>${esc(rt(lang, 'html.filterSeverity'))}</legend>${boxes}</fieldset>` +
    `<div class="field"><label for="f-cat">${esc(rt(lang, 'html.filterCategory'))}</label><select id="f-cat"><option value="">${esc(rt(lang, 'html.allCategories'))}</option>${options}</select></div>` +
    `<div class="field"><label for="f-q">${esc(rt(lang, 'html.search'))}</label><input id="f-q" type="search" autocomplete="off" placeholder="${esc(rt(lang, 'html.searchPlaceholder'))}"></div>` +
    `<p id="shown-count" class="count" aria-live="polite" data-template="${esc(template)}">${esc(rt(lang, 'html.shown', { shown: active.length, total: active.length }))}</p>` +
    `</form><p id="nothing-shown" class="note" hidden>${esc(rt(lang, 'html.nothingShown'))}</p>`
  );
}

function liveEvidence(f: Finding, lang: Lang): string {
  const live = f.live!;
  const status = live.status === null ? rt(lang, 'html.noResponse') : String(live.status);
  const latency = live.latencyMs === null ? '' : ` — ${rt(lang, 'html.ms', { ms: live.latencyMs })}`;
  return (
    `<dl class="live"><dt>${esc(rt(lang, 'html.evidence'))}</dt><dd><code class="s">${esc(maskCredentials(`${live.method} ${live.url}`))}</code></dd>` +
    `<dt>${esc(rt(lang, 'html.response'))}</dt><dd>${esc(status + latency)}</dd></dl>` +
    `<pre><code>${esc(maskCredentials(live.curl))}</code></pre>` +
    (live.excerpt ? `<pre><code>${esc(maskCredentials(live.excerpt.slice(0, 2000)))}</code></pre>` : '')
  );
}

function findingItem(f: Finding, lang: Lang, excerpt: string | undefined): string {
  const where = `${f.source}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  return (
    `<li class="finding" data-sev="${f.severity}" data-cat="${esc(categoryOf(f.convention))}">` +
    `<p class="f-head"><span class="badge ${f.severity}">${esc(rt(lang, SEVERITY_KEY[f.severity]))}</span>` +
    `<span class="sr-only">${esc(rt(lang, 'html.location'))} </span><code class="s">${esc(where)}</code>` +
    `<span class="f-rule s">${esc(f.rule)}</span></p>` +
    `<p class="f-msg s">${esc(f.message)}</p>` +
    (excerpt
      ? `<figure class="excerpt-box"><figcaption class="sr-only">${esc(rt(lang, 'html.excerpt', { file: f.source, line: f.range.start.line + 1 }))}</figcaption><pre class="excerpt"><code>${excerpt}</code></pre></figure>`
      : '') +
    (f.live ? liveEvidence(f, lang) : '') +
    `</li>`
  );
}

/** The convention's page: a link when a public documentation address is configured, else its path in the repository. */
function docParagraph(id: string, lang: Lang, docsUrl: string | undefined): string {
  const url = docUrlFor(id, docsUrl);
  const label = esc(rt(lang, 'html.doc', { convention: id }));
  const where = `<code>${esc(docRepoPathFor(id))}</code>`;
  if (url !== undefined) return `<p class="doc"><a href="${esc(url)}">${label}</a> (${where})</p>`;
  return `<p class="doc">${label}${lang === 'fr' ? ' : ' : ': '}${where}</p>`;
}

function conventionBlock(id: string, findings: Finding[], report: ReportModel, excerpts: Excerpts, docsUrl: string | undefined): string {
  const lang = report.lang;
  const texts = conventionTexts(lang, id);
  const level = report.conventions.find((c) => c.convention === id)?.level ?? findings[0]!.level;
  const rules = [...new Set(findings.map((f) => f.rule))];
  const fixes = rules
    .map((rule) => {
      const ruleTexts = CATALOGUES[lang].rules[rule];
      if (!ruleTexts) return '';
      return `<div class="fix"><h4>${inline(rt(lang, 'html.fix', { rule: ruleTexts.title }))}</h4>${renderMarkdown(ruleTexts.fix)}</div>`;
    })
    .join('');
  // A finding at the same place as the one before it (several checks on one operation) shows no second excerpt.
  const samePlace = (i: number) => i > 0 && findings[i - 1]!.source === findings[i]!.source && findings[i - 1]!.range.start.line === findings[i]!.range.start.line;
  const items = findings
    .map((f, i) => findingItem(f, lang, i < MAX_EXCERPTS_PER_CONVENTION && !samePlace(i) ? excerpts.render(f.source, f.range) : undefined))
    .join('');
  const omitted = findings.length > MAX_EXCERPTS_PER_CONVENTION ? `<p class="note">${esc(rt(lang, 'html.excerptOmitted', { max: MAX_EXCERPTS_PER_CONVENTION }))}</p>` : '';
  return (
    `<section class="conv" id="conv-${esc(id)}" aria-labelledby="h-${esc(id)}" data-cat="${esc(categoryOf(id))}">` +
    `<h3 id="h-${esc(id)}" class="conv-head"><span class="badge ${level}">${level}</span> <span>${esc(id)} — ${inline(texts?.title ?? id)}</span> <span class="count">${esc(rt(lang, 'html.findingCount', { count: findings.length }))}</span></h3>` +
    (texts ? `<details class="why"><summary>${esc(rt(lang, 'html.why'))}</summary><p>${inline(texts.why)}</p></details>` : '') +
    fixes +
    docParagraph(id, lang, docsUrl) +
    omitted +
    `<ol class="findings">${items}</ol></section>`
  );
}

export function findingsSection(report: ReportModel, docsUrl?: string): string {
  const lang = report.lang;
  const active = report.findings.filter((f) => !f.ignored && !f.baselined);
  const head = `<section id="findings" aria-labelledby="h-findings"><h2 id="h-findings">${esc(rt(lang, 'html.findings'))}</h2>`;
  if (active.length === 0) return `${head}<p>${esc(rt(lang, 'html.noFindings'))}</p></section>`;
  const byConvention = new Map<string, Finding[]>();
  for (const f of active) {
    const list = byConvention.get(f.convention) ?? [];
    list.push(f);
    byConvention.set(f.convention, list);
  }
  const excerpts = new Excerpts(report.sources);
  const blocks = [...byConvention.keys()]
    .sort(compareConventions)
    .map((id) => conventionBlock(id, byConvention.get(id)!, report, excerpts, docsUrl));
  return head + filters(report, active) + blocks.join('') + '</section>';
}
