/**
 * The configuration file: `--config <file>`, else `.bouquet-lint.json` / `.bouquet-lint.yaml` in the
 * working directory when present. Command-line options win over the file.
 *
 *   { "bouquet": "entreprise", "profile": "standard", "lang": "fr", "failOn": "error",
 *     "ignore": [{ "rule": "ID-04", "file": "openapi.yaml", "pointer": "/components/schemas/Siret", "reason": "…" }] }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IgnoreEntry } from '../lint/ignore.js';
import { UsageError } from '../load/errors.js';
import { isObject } from '../load/spec.js';
import { parseYaml } from '../load/yaml.js';

export interface FileConfig {
  bouquet?: string;
  profile?: string;
  lang?: string;
  failOn?: string;
  ignore: IgnoreEntry[];
}

const DEFAULT_NAMES = ['.bouquet-lint.json', '.bouquet-lint.yaml', '.bouquet-lint.yml'];

export function loadConfig(explicit: string | undefined, cwd: string): FileConfig {
  let file = explicit;
  if (!file) file = DEFAULT_NAMES.map((n) => path.join(cwd, n)).find((p) => existsSync(p));
  if (!file) return { ignore: [] };
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError('load.notFound', { file });
  }
  // The same YAML parser as for specifications, with the same alias budget; a syntax error names the file and line.
  const data = parseYaml(text, file).data;
  if (!isObject(data)) throw new UsageError('cli.configInvalid', { file, detail: 'not an object' });
  const known = new Set(['bouquet', 'profile', 'lang', 'failOn', 'ignore']);
  for (const k of Object.keys(data)) if (!known.has(k)) throw new UsageError('cli.configInvalid', { file, detail: `unknown key "${k}"` });
  const ignore: IgnoreEntry[] = [];
  if (data.ignore !== undefined) {
    if (!Array.isArray(data.ignore)) throw new UsageError('cli.configInvalid', { file, detail: '"ignore" must be a list' });
    data.ignore.forEach((e, i) => {
      if (!isObject(e) || typeof e.rule !== 'string' || typeof e.reason !== 'string' || e.reason.trim() === '') {
        throw new UsageError('cli.configInvalid', { file, detail: `ignore[${i}] needs "rule" and a non-empty "reason"` });
      }
      ignore.push({
        rule: e.rule,
        reason: e.reason,
        file: typeof e.file === 'string' ? e.file : undefined,
        pointer: typeof e.pointer === 'string' ? e.pointer : undefined,
      });
    });
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { bouquet: str(data.bouquet), profile: str(data.profile), lang: str(data.lang), failOn: str(data.failOn), ignore };
}
