/**
 * Test cases ("cas de test") in the bouquets' sandbox format (etalab/siade_staging_data
 * `payloads/`): one YAML file per case with `params`, `status`, `payload` (JSON text),
 * `description`, and optional `title` and `example`. A folder holds the cases of one endpoint;
 * `--cases` may name such a folder or a folder of such folders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type SpecDocument } from './document.js';
import { UsageError } from './errors.js';
import { displayPathOf, isObject } from './spec.js';

export interface TestCase {
  /** The parsed case file, with positions (findings point into it). */
  doc: SpecDocument;
  /** Folder of the case, relative to the cases root ('' for the root itself). */
  folder: string;
  params: Record<string, unknown> | undefined;
  status: number | undefined;
  /** The `payload` text as written. */
  payload: string | undefined;
  /** The payload parsed as JSON, when it parses. */
  payloadJson?: unknown;
  /** Why the payload does not parse as JSON. */
  payloadError?: string;
  description: string | undefined;
  title: string | undefined;
}

export interface LoadedCases {
  /** As given on the command line. */
  dir: string;
  cases: TestCase[];
  /** Files that could not be parsed at all, with the reason (reported by CASE-01). */
  unreadable: { file: string; detail: string }[];
}

const CASE_FILE = /\.ya?ml$/i;

export function loadCases(dir: string, cwd: string = process.cwd()): LoadedCases {
  const root = path.resolve(cwd, dir);
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new UsageError('load.notFound', { file: dir });
  }
  if (!st.isDirectory()) throw new UsageError('load.notFound', { file: dir });
  const result: LoadedCases = { dir, cases: [], unreadable: [] };
  const walk = (abs: string, depth: number) => {
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(abs, entry.name);
      if (entry.isDirectory() && depth < 2) walk(full, depth + 1);
      if (!entry.isFile() || !CASE_FILE.test(entry.name)) continue;
      const display = displayPathOf(full, cwd);
      let doc: SpecDocument;
      try {
        doc = parseDocument(full, display, readFileSync(full, 'utf8'));
      } catch (e) {
        const detail = e instanceof UsageError ? String(e.args.detail ?? e.key) : (e as Error).message;
        result.unreadable.push({ file: display, detail });
        continue;
      }
      const data = doc.data;
      if (!isObject(data)) {
        result.unreadable.push({ file: display, detail: 'not a YAML mapping' });
        continue;
      }
      const tc: TestCase = {
        doc,
        folder: path.relative(root, abs),
        params: isObject(data.params) ? data.params : undefined,
        status: typeof data.status === 'number' ? data.status : typeof data.status === 'string' && /^\d{3}$/.test(data.status) ? Number(data.status) : undefined,
        payload: typeof data.payload === 'string' ? data.payload : undefined,
        description: typeof data.description === 'string' ? data.description : undefined,
        title: typeof data.title === 'string' ? data.title : undefined,
      };
      if (tc.payload !== undefined) {
        try {
          tc.payloadJson = JSON.parse(tc.payload);
        } catch (e) {
          tc.payloadError = (e as Error).message;
        }
      }
      result.cases.push(tc);
    }
  };
  walk(root, 0);
  return result;
}
