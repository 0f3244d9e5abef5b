/**
 * Output formats. Each formatter turns the report model into text; modules are loaded only when
 * their format is asked for, so the CLI starts fast.
 */
import type { ReportModel } from '../model.js';
import { guardCommands, sanitizeReport } from '../sanitize.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'gitlab'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  quiet?: boolean;
  /** Directory that relative `source` paths are relative to (SARIF artifact URIs). */
  cwd: string;
  /** The config file's `docsUrl` (public folder of the rule pages); package.json's when absent. */
  docsUrl?: string;
}

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Every format goes through the one sanitiser (src/report/sanitize.ts); only `github` may start a line with `::`. */
export async function render(format: FormatName, report: ReportModel, options: FormatOptions): Promise<string> {
  const clean = sanitizeReport(report);
  const text = await renderRaw(format, clean, options);
  return format === 'github' ? text : guardCommands(text);
}

async function renderRaw(format: FormatName, report: ReportModel, options: FormatOptions): Promise<string> {
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish(report, options);
    case 'json':
      return (await import('./json.js')).formatJson(report);
    default:
      return (await import('./' + format + '.js')).format(report, options);
  }
}
