/**
 * The page's Web Worker: lints off the main thread so the page stays responsive, and renders the
 * results with the HTML audit report's own sections.
 */
import { t } from '../i18n/index.js';
import { UsageError } from '../load/errors.js';
import { formatJson } from '../report/formatters/json.js';
import { format as formatHtml } from '../report/formatters/html.js';
import { findingsSection } from '../report/html/findings.js';
import { categoriesSection, ignoredSection, nextStepSection, verdictSection } from '../report/html/sections.js';
import { lintFiles, pageOptions } from './engine.js';
import type { ReportModel } from '../report/model.js';
import type { LintResponse, WorkerRequest } from './protocol.js';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: LintResponse): void };

/** The last rendered run, for its HTML audit report (rendered only when downloaded). */
let last: { report: ReportModel; cwd: string } | null = null;

/** The page's results link each convention to the site's own copy of docs/rules (the worker runs from `<site>/assets/`). */
const SITE_DOCS = new URL('../docs/rules/', self.location.href).href;

async function handle(request: WorkerRequest): Promise<LintResponse> {
  const started = performance.now();
  const { id } = request;
  if ('report' in request) {
    if (!last) return { id, ok: false, error: 'no report yet' };
    return { id, ok: true, report: formatHtml(last.report, { color: false, cwd: last.cwd }), ms: performance.now() - started };
  }
  const { files, options, render } = request;
  const lang = options.lang === 'en' ? 'en' : 'fr';
  try {
    const report = await lintFiles(files, options);
    const json = formatJson(report);
    if (!render) return { id, ok: true, json, ms: performance.now() - started };
    last = { report, cwd: pageOptions(options).cwd };
    const sections = [verdictSection(report), categoriesSection(report), findingsSection(report, SITE_DOCS), ignoredSection(report), nextStepSection(report)].join('\n');
    return { id, ok: true, json, sections, ms: performance.now() - started };
  } catch (e) {
    const error = e instanceof UsageError ? t(lang, e.key as never, e.args) : t(lang, 'cli.internal', { detail: e instanceof Error ? e.message : String(e) });
    return { id, ok: false, error };
  }
}

scope.onmessage = (e) => {
  void handle(e.data).then((response) => scope.postMessage(response));
};
