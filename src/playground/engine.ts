/**
 * The web page's engine, run in a Web Worker: the CLI's own pipeline (load → rules → Finding →
 * report model) on files held in memory. `bouquet-lint lint --format json <roots>` run in a folder
 * holding the same files prints the same object as `lintFiles` (src/playground/README.md).
 */
import { reportFor, lintOne } from '../cli/pipeline.js';
import { oneOf, type CommonOptions } from '../cli/options.js';
import type { BouquetOption, Lang, Profile } from '../finding.js';
import { memoryFiles, MEMORY_CWD, type MemoryFile } from '../load/files.js';
import { UsageError } from '../load/errors.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import type { ReportModel } from '../report/model.js';

export interface PageOptions {
  bouquet?: string;
  profile?: string;
  lang?: string;
}

/** The CLI's options for a page run: no config file, no cases, no remote or outside references, nothing written. */
export function pageOptions(raw: PageOptions): CommonOptions {
  return {
    lang: oneOf<Lang>('--lang', raw.lang, ['fr', 'en'], 'fr'),
    bouquet: oneOf<BouquetOption>('--bouquet', raw.bouquet, ['entreprise', 'particulier', 'auto'], 'auto'),
    profile: oneOf<Profile>('--profile', raw.profile, ['standard', 'strict'], 'standard'),
    failOn: 'error',
    outputs: [],
    quiet: false,
    debug: false,
    allowRemoteRefs: false,
    allowOutsideRefs: false,
    allowPrivateRefs: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    config: { ignore: [], rules: [], files: [] },
    cwd: MEMORY_CWD,
  };
}

const YAML_ROOT_KEY = /^(["']?)(openapi|swagger)\1[ \t]*:/m;

/** Whether a file is an OpenAPI (or Swagger) document rather than a file its `$ref`s point to. */
function isSpecRoot(file: MemoryFile): boolean {
  const text = file.text.trimStart();
  if (!text.startsWith('{')) return YAML_ROOT_KEY.test(file.text);
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && ('openapi' in data || 'swagger' in data);
  } catch {
    return true; // linting it gives the CLI's "invalid JSON" line
  }
}

/**
 * The files to lint, in the order given: the OpenAPI documents. The other files are there for
 * their `$ref`s. When no file is an OpenAPI document, the first one is linted, which gives the
 * CLI's "not an OpenAPI document" line.
 */
export function specRoots(files: readonly MemoryFile[]): string[] {
  const roots = files.filter(isSpecRoot).map((f) => f.name);
  return roots.length > 0 ? roots : files.slice(0, 1).map((f) => f.name);
}

export async function lintFiles(files: readonly MemoryFile[], raw: PageOptions): Promise<ReportModel> {
  const options = pageOptions(raw);
  if (files.length === 0) throw new UsageError('cli.noFiles');
  const source = memoryFiles(files);
  const linted = [];
  for (const root of specRoots(files)) linted.push(await lintOne(root, options, undefined, source));
  return reportFor(linted, options);
}
