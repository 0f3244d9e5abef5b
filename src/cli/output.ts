/** Writes each requested format to its file or to stdout, and computes the exit code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEVERITY_ORDER } from '../finding.js';
import { UsageError } from '../load/errors.js';
import { render } from '../report/formatters/index.js';
import type { ReportModel } from '../report/model.js';
import type { CommonOptions, FailOn } from './options.js';

export function useColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

export async function emit(report: ReportModel, options: CommonOptions): Promise<void> {
  for (const { format, file } of options.outputs) {
    const text = await render(format, report, { color: file === undefined && useColor(), quiet: options.quiet, cwd: options.cwd, docsUrl: options.config.docsUrl });
    if (file === undefined) {
      process.stdout.write(text);
      continue;
    }
    const target = path.resolve(options.cwd, file);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    } catch (e) {
      throw new UsageError('cli.writeFailed', { file, detail: (e as Error).message });
    }
  }
}

export function exitCodeFor(report: ReportModel, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_ORDER[failOn];
  return report.findings.some((f) => !f.ignored && !f.baselined && SEVERITY_ORDER[f.severity] >= threshold) ? 1 : 0;
}
