/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules that produced findings, one result per
 * finding. Fingerprints hash rule + file + JSON path + message, never the line, so that moving code
 * does not reopen an alert. Excused findings are kept as suppressed results.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { categoryOf, type Finding, type Lang, type Severity } from '../../finding.js';
import { t } from '../../i18n/index.js';
import { CATALOGUES, conventionTexts } from '../../../rulesets/messages/index.js';
import { docsBaseUrl, docUrlFor } from '../doc-link.js';
import type { ReportModel } from '../model.js';
import type { FormatOptions } from './index.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note', hint: 'note' };

/** `source` relative to `cwd`, with forward slashes (a repository-relative path when run from the repository root). */
export function repoRelative(source: string, cwd: string): string {
  const rel = path.isAbsolute(source) ? path.relative(cwd, source) : path.normalize(source);
  return rel.split(path.sep).join('/');
}

function artifactUri(source: string, cwd: string): string {
  return repoRelative(source, cwd).split('/').map(encodeURIComponent).join('/');
}

export function fingerprint(f: Finding, file: string): string {
  return createHash('sha256').update(JSON.stringify([f.rule, file, f.path, f.message])).digest('hex');
}

/**
 * A rule's help, so that a code-scanning alert explains itself without a link: the convention and
 * its level, why it matters, how to fix (with the corrected snippet of the catalogue), and the
 * public documentation page when one is configured.
 */
function ruleHelp(lang: Lang, first: Finding, docUrl: string | undefined): { text: string; markdown: string } | undefined {
  const rule = CATALOGUES[lang].rules[first.rule];
  const conv = conventionTexts(lang, first.convention);
  if (!rule && !conv) return undefined;
  const colon = lang === 'fr' ? ' : ' : ': ';
  const text: string[] = [];
  const markdown: string[] = [];
  const heading = `${first.convention}${conv ? ` — ${conv.title}` : ''} (${first.level})`;
  text.push(heading);
  markdown.push(`**${heading}**`);
  if (conv) {
    text.push(`${t(lang, 'rules.why')}${colon}${conv.why}`);
    markdown.push(`**${t(lang, 'rules.why')}**${colon}${conv.why}`);
  }
  if (rule) {
    text.push(`${t(lang, 'rules.fix')} (${rule.title})${colon.trimEnd()}\n${rule.fix}`);
    markdown.push(`**${t(lang, 'rules.fix')}** (${rule.title})${colon.trimEnd()}\n\n${rule.fix}`);
  }
  if (docUrl) {
    text.push(`${t(lang, 'rules.doc')}${colon}${docUrl}`);
    markdown.push(`[${t(lang, 'rules.doc')}](${docUrl})`);
  }
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

export function format(report: ReportModel, options: FormatOptions): string {
  const lang = report.lang;
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const conventionOf = new Map<string, Finding>();
  for (const f of report.findings) {
    if (ruleIndex.has(f.rule)) continue;
    ruleIndex.set(f.rule, ruleIds.length);
    ruleIds.push(f.rule);
    conventionOf.set(f.rule, f);
  }

  const rules = ruleIds.map((id) => {
    const first = conventionOf.get(id)!;
    const texts = CATALOGUES[lang].rules[id];
    const conv = conventionTexts(lang, first.convention);
    const title = texts?.title ?? id;
    const docUrl = docUrlFor(first.convention, options.docsUrl);
    const help = ruleHelp(lang, first, docUrl);
    return {
      id,
      name: id,
      shortDescription: { text: `${first.convention} — ${title}` },
      fullDescription: { text: conv ? `${conv.title}. ${conv.why}` : title },
      ...(help ? { help } : {}),
      ...(docUrl ? { helpUri: docUrl } : {}),
      defaultConfiguration: { level: SARIF_LEVEL[first.severity] },
      properties: {
        tags: [first.convention, categoryOf(first.convention), first.level, first.scope],
        convention: first.convention,
        level: first.level,
      },
    };
  });

  const results = report.findings.map((f) => {
    const file = repoRelative(f.source, options.cwd);
    const { start, end } = f.range;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule)!,
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      ...(f.source
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(f.source, options.cwd), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: start.line + 1,
                    startColumn: start.character + 1,
                    endLine: Math.max(end.line, start.line) + 1,
                    endColumn: (end.line > start.line ? end.character : Math.max(end.character, start.character)) + 1,
                  },
                },
                logicalLocations: [{ fullyQualifiedName: f.path.map(String).join('/'), kind: 'member' }],
              },
            ],
          }
        : {}),
      partialFingerprints: { 'bouquetLint/v1': fingerprint(f, file) },
      properties: {
        convention: f.convention,
        scope: f.scope,
        ...(f.live ? { live: { method: f.live.method, url: f.live.url, status: f.live.status, latencyMs: f.live.latencyMs } } : {}),
      },
      ...(f.ignored ? { suppressions: [{ kind: 'external', justification: f.ignoreReason ?? '' }] } : {}),
      ...(report.baseline ? { baselineState: f.baselined ? 'unchanged' : 'new' } : {}),
    };
  });

  const docsBase = docsBaseUrl(options.docsUrl);
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(docsBase ? { informationUri: docsBase } : {}),
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt }],
        columnKind: 'utf16CodeUnits',
        results,
        properties: { bouquet: report.bouquet, profile: report.profile, ready: report.ready, score: report.score },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
