/** Messages between the page and its Web Worker. */
import type { MemoryFile } from '../load/files.js';
import type { PageOptions } from './engine.js';

export interface LintRequest {
  id: number;
  files: MemoryFile[];
  options: PageOptions;
  /** Also render the page's result sections (and keep the run for the report). */
  render: boolean;
}

/** The HTML audit report of the last rendered run, asked for when the user downloads it. */
export interface ReportRequest {
  id: number;
  report: true;
}

export type WorkerRequest = LintRequest | ReportRequest;

export type LintResponse =
  | {
      id: number;
      ok: true;
      /** Exactly what `bouquet-lint lint --format json` prints. */
      json?: string;
      /** The verdict, categories, findings, excused findings and next step, as in the HTML audit report. */
      sections?: string;
      /** The HTML audit report (`bouquet-lint audit --html`). */
      report?: string;
      /** Time spent in the worker, in milliseconds. */
      ms: number;
    }
  | { id: number; ok: false; error: string };
