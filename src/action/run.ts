/**
 * The GitHub Action (action.yml): reads its inputs as the runner passes them (`INPUT_<NAME>`
 * variables, the `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, through @actions/core), runs the
 * one pipeline (lint, and the probe when `base-url` is set) and writes, through the formatters:
 * annotations on stdout (most severe first), the Markdown job summary, the SARIF file and the HTML
 * report. The step fails per `fail-on`, and also when the tool itself could not run (missing spec,
 * unreadable config, crash), with an `::error` saying why.
 */
import * as core from '@actions/core';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Lang } from '../finding.js';
import { t } from '../i18n/index.js';
import { UsageError } from '../load/errors.js';
import type { ProbeResult } from '../report/model.js';
import { render } from '../report/formatters/index.js';
import { cell } from '../report/formatters/markdown.js';
import { resolveCommonOptions, type CommonOptions } from '../cli/options.js';
import { emit, exitCodeFor } from '../cli/output.js';
import { lintOne, reportFor, type LintedSpec } from '../cli/pipeline.js';

/** The probe reads the credential from this variable: the runner's own copy of the `token` input, never copied elsewhere. */
const TOKEN_ENV = 'INPUT_TOKEN';
/** What GitHub shows per step and per kind of annotation. */
const ANNOTATIONS_SHOWN = 10;

/** The files named by the `spec` input: one path or glob pattern per line. */
async function specFiles(input: string, cwd: string): Promise<string[]> {
  const patterns = input
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (patterns.length === 0) throw new UsageError('action.noSpec', {});
  const files: string[] = [];
  for (const pattern of patterns) {
    // A plain path goes to the loader as it is, so that a missing file gets the loader's own message.
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matched = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matched.length === 0) throw new UsageError('action.noMatch', { pattern });
    files.push(...matched);
  }
  return [...new Set(files)];
}

/** Why the tool could not run: the CLI's own message for a usage error, the error's text for a crash (its stack in the step's debug log). */
function messageOf(e: unknown, lang: Lang): string {
  if (e instanceof UsageError) return t(lang, e.key as never, e.args);
  if (e instanceof Error) {
    if (e.stack) core.debug(e.stack);
    return e.message;
  }
  return String(e);
}

export async function run(): Promise<void> {
  const rawLang = core.getInput('lang');
  const lang: Lang = rawLang === 'en' ? 'en' : 'fr';
  try {
    const baseUrl = core.getInput('base-url');
    if (baseUrl !== '') {
      const token = core.getInput('token');
      if (token !== '') core.setSecret(token);
    }
    const nonEmpty = (name: string) => core.getInput(name) || undefined;
    const common: CommonOptions = resolveCommonOptions(
      {
        lang: nonEmpty('lang'),
        bouquet: nonEmpty('bouquet'),
        profile: nonEmpty('profile'),
        failOn: nonEmpty('fail-on'),
        config: nonEmpty('config'),
        cases: nonEmpty('cases'),
      },
      [],
    );
    const htmlReport = core.getInput('html-report');
    const sarif = core.getInput('sarif');
    const options: CommonOptions = {
      ...common,
      outputs: [
        { format: 'github' },
        ...(sarif !== '' ? [{ format: 'sarif' as const, file: sarif }] : []),
        ...(htmlReport !== '' ? [{ format: 'html' as const, file: htmlReport }] : []),
      ],
    };

    const files = await specFiles(core.getInput('spec'), options.cwd);
    const linted: LintedSpec[] = [];
    for (const file of files) linted.push(await lintOne(file, options));
    let probe: ProbeResult | null = null;
    if (baseUrl !== '') {
      if (linted.length !== 1) throw new UsageError('action.probeOneSpec', { count: files.length, files: files.join(', ') });
      const { probeSpec } = await import('../probe/index.js');
      probe = await probeSpec(linted[0]!, { baseUrl, tokenEnv: TOKEN_ENV, cases: options.cases }, options);
    }
    const report = reportFor(linted, options, probe);
    await emit(report, options);

    let summary = await render('markdown', report, { color: false, cwd: options.cwd, docsUrl: options.config.docsUrl });
    const { error: errors, warn: warnings } = report.summary;
    const notices = report.summary.info + report.summary.hint;
    if (errors > ANNOTATIONS_SHOWN || warnings > ANNOTATIONS_SHOWN || notices > ANNOTATIONS_SHOWN) {
      summary += `\n${t(options.lang, 'action.annotationsCut', { errors, warnings, notices })}\n`;
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();

    core.setOutput('ready', String(report.ready));
    core.setOutput('score', String(report.score));
    core.setOutput('errors', String(errors));
    core.setOutput('warnings', String(warnings));
    core.setOutput('report', htmlReport);

    if (exitCodeFor(report, options.failOn) !== 0) core.setFailed(t(options.lang, 'action.failed', { failOn: options.failOn, errors, warnings, notices }));
  } catch (e) {
    const message = t(lang, 'action.crashed', { detail: messageOf(e, lang) });
    core.setFailed(message);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`### ❌ ${cell(message)}\n`).write();
  }
}
