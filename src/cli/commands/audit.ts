/**
 * `bouquet-lint audit <spec> [--base-url <url>] [--cases <dir>] [--html <file>] [--previous <old>]`: lint, plus the live
 * probe when a base URL is given, then the verdict; writes the HTML audit report when asked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../load/errors.js';
import type { ProbeCliOptions } from '../../probe/index.js';
import { render } from '../../report/formatters/index.js';
import { rt } from '../../report/i18n.js';
import type { ProbeResult } from '../../report/model.js';
import type { CommonOptions } from '../options.js';
import { emit, exitCodeFor } from '../output.js';
import { lintOne, reportFor } from '../pipeline.js';

export async function auditCommand(spec: string, options: CommonOptions, raw: Record<string, unknown>): Promise<number> {
  const linted = await lintOne(spec, options);
  let probe: ProbeResult | null = null;
  if (typeof raw.baseUrl === 'string') {
    const { probeSpec } = await import('../../probe/index.js');
    probe = await probeSpec(linted, raw as unknown as ProbeCliOptions, options);
  }
  // `--previous <old>`: the comparison with the previous version joins the report (SRV-03, changes).
  const comparison = typeof raw.previous === 'string' ? await (await import('./diff.js')).compareWith(raw.previous, linted.spec, options) : null;
  const report = reportFor([linted], options, probe, comparison);
  if (typeof raw.html === 'string') {
    const target = path.resolve(options.cwd, raw.html);
    const html = await render('html', report, { color: false, quiet: options.quiet, cwd: options.cwd, docsUrl: options.config.docsUrl });
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, html);
    } catch (e) {
      throw new UsageError('cli.writeFailed', { file: raw.html, detail: (e as Error).message });
    }
    if (!options.quiet) process.stderr.write(rt(options.lang, 'audit.written', { file: raw.html }) + '\n');
  }
  await emit(report, options);
  return exitCodeFor(report, options.failOn);
}
