/**
 * The configuration file: `--config <file>`, else `.bouquet-lint.json` / `.bouquet-lint.yaml` in the
 * working directory when present. Command-line options win over the file.
 *
 *   extends: [../ministere/.bouquet-lint.yaml, "@ministere/bouquet-config"]
 *   bouquet: entreprise
 *   rules: { ID-04: off, QOS-05: error, bouquet-error-body: warn }
 *   ignore: [{ rule: ID-04, file: openapi.yaml, pointer: /components/schemas/Siret, reason: "…" }]
 *
 * `extends` entries (a path relative to the file's folder, or an npm package name resolved from it)
 * are merged in order, then the file itself: later scalars and rule levels win, `ignore` lists add up.
 * Every error names the file and the line, and ends the run with exit code 2. YAML aliases are refused
 * before anything is expanded, so an alias bomb costs nothing.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import type { IgnoreEntry } from '../lint/ignore.js';
import { UsageError } from '../load/errors.js';
import { readTextFile } from '../load/read.js';
import { displayPathOf } from '../load/spec.js';
import { isPublicUrl } from '../report/doc-link.js';

export const RULE_SETTINGS = ['off', 'info', 'warn', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/**
 * One `rules` entry, with the file (and line) that set it: the file is shown in every report. The id
 * is checked against the catalogue when the rules are loaded (src/lint/levels.ts), not here, so that
 * commands which run no rule start without loading them.
 */
export interface RuleLevelEntry {
  id: string;
  setting: RuleSetting;
  file: string;
  line: number;
}

export interface FileConfig {
  bouquet?: string;
  profile?: string;
  lang?: string;
  failOn?: string;
  /** Public address of the rule pages (`docs/rules/`), for links in reports; never a local path. */
  docsUrl?: string;
  ignore: IgnoreEntry[];
  /** Rule levels, one per id (the last file that set it wins). */
  rules: RuleLevelEntry[];
  /** The configuration files read, extended ones first. */
  files: string[];
}

const DEFAULT_NAMES = ['.bouquet-lint.json', '.bouquet-lint.yaml', '.bouquet-lint.yml'];
const KEYS = ['extends', 'bouquet', 'profile', 'lang', 'failOn', 'docsUrl', 'rules', 'ignore'];
const IGNORE_KEYS = ['rule', 'reason', 'file', 'pointer'];
const IGNORE_EXPECTED: Record<string, string> = {
  rule: 'convention ID or rule id',
  reason: 'text',
  file: 'path of the spec file',
  pointer: 'JSON pointer, /paths/~1…',
};
const CHOICES: Record<string, readonly string[]> = {
  bouquet: ['entreprise', 'particulier', 'auto'],
  profile: ['standard', 'strict'],
  lang: ['fr', 'en'],
  failOn: ['error', 'warn', 'info', 'hint', 'never'],
};

const require = createRequire(import.meta.url);
let yamlLibrary: typeof import('yaml') | undefined;
/** The YAML library, loaded only to read a configuration file (most runs have none). */
const yaml = (): typeof import('yaml') => (yamlLibrary ??= require('yaml') as typeof import('yaml'));

export function loadConfig(explicit: string | undefined, cwd: string, maxFileSize: number): FileConfig {
  const file = explicit ? path.resolve(cwd, explicit) : DEFAULT_NAMES.map((n) => path.join(cwd, n)).find((p) => existsSync(p));
  const config: FileConfig = { ignore: [], rules: [], files: [] };
  if (!file) return config;
  mergeFile(config, file, cwd, [], maxFileSize);
  return config;
}

/** A parsed configuration file: its data and the line of any key or item. */
class Parsed {
  private readonly lines = new (yaml().LineCounter)();
  readonly root: YamlNode | null;

  constructor(
    readonly display: string,
    text: string,
  ) {
    const doc = yaml().parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    const bad = doc.errors[0];
    if (bad) throw new UsageError('config.syntax', { file: display, line: this.lineAt(bad.pos[0]), detail: bad.message.split('\n')[0]! });
    yaml().visit(doc, {
      Alias: (_key, node) => {
        throw new UsageError('config.alias', { file: display, line: this.lineAt(node.range?.[0] ?? 0), name: node.source });
      },
    });
    this.root = (doc.contents as YamlNode | null) ?? null;
  }

  lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  lineOf(node: YamlNode | null | undefined): number {
    return node?.range ? this.lineAt(node.range[0]) : 1;
  }

  fail(key: string, node: YamlNode | null | undefined, args: Record<string, string | number> = {}): never {
    throw new UsageError(key, { file: this.display, line: this.lineOf(node), ...args });
  }
}

function pairsOf(map: YAMLMap): { key: string; keyNode: YamlNode; value: YamlNode | null }[] {
  const { isScalar } = yaml();
  return map.items.map((p) => {
    const keyNode = p.key as YamlNode;
    return { key: isScalar(keyNode) ? String(keyNode.value) : String(keyNode), keyNode, value: (p.value as YamlNode | null) ?? null };
  });
}

function mergeFile(config: FileConfig, file: string, cwd: string, chain: string[], maxFileSize: number): void {
  const { isMap, isScalar, isSeq } = yaml();
  const display = displayPathOf(file, cwd);
  const text = readTextFile(file, display, maxFileSize);
  const parsed: Parsed = new Parsed(display, text);
  const root = parsed.root;
  if (!isMap(root)) parsed.fail('config.notObject', root, { expected: KEYS.join(', ') });
  const entries = pairsOf(root);
  for (const e of entries) if (!KEYS.includes(e.key)) parsed.fail('config.unknownKey', e.keyNode, { key: e.key, expected: KEYS.join(', ') });

  const ext = entries.find((e) => e.key === 'extends');
  if (ext) {
    const items = isSeq(ext.value) ? (ext.value.items as YamlNode[]) : [ext.value];
    for (const item of items) {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value === '') {
        parsed.fail('config.badValue', item ?? ext.keyNode, { key: 'extends', value: String(item), expected: 'path or npm package name' });
      }
      const target = resolveExtends(item.value as string, path.dirname(file));
      if (!target) parsed.fail('config.extendsNotFound', item, { name: String(item.value) });
      const stack = [...chain, file];
      if (stack.includes(target)) {
        parsed.fail('config.cycle', item, { chain: [...stack.slice(stack.indexOf(target)), target].map((f) => displayPathOf(f, cwd)).join(' → ') });
      }
      mergeFile(config, target, cwd, stack, maxFileSize);
    }
  }

  for (const e of entries) {
    const choices = CHOICES[e.key];
    if (!choices) continue;
    const v = isScalar(e.value) ? e.value.value : undefined;
    if (typeof v !== 'string' || !choices.includes(v)) parsed.fail('config.badValue', e.value ?? e.keyNode, { key: e.key, value: String(v ?? ''), expected: choices.join(', ') });
    (config as unknown as Record<string, string>)[e.key] = v;
  }

  const docs = entries.find((e) => e.key === 'docsUrl');
  if (docs) {
    const v = isScalar(docs.value) ? docs.value.value : undefined;
    if (typeof v !== 'string' || !isPublicUrl(v)) parsed.fail('config.badValue', docs.value ?? docs.keyNode, { key: 'docsUrl', value: String(v ?? ''), expected: 'https://…' });
    config.docsUrl = v;
  }

  const rules = entries.find((e) => e.key === 'rules');
  if (rules) {
    if (!isMap(rules.value)) parsed.fail('config.badValue', rules.value ?? rules.keyNode, { key: 'rules', value: '', expected: '{ ID: off|info|warn|error }' });
    for (const r of pairsOf(rules.value)) {
      const id = r.key;
      const v = isScalar(r.value) ? r.value.value : undefined;
      if (typeof v !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(v)) {
        parsed.fail('config.badValue', r.value ?? r.keyNode, { key: r.key, value: String(v ?? ''), expected: RULE_SETTINGS.join(', ') });
      }
      config.rules = config.rules.filter((x) => x.id.toUpperCase() !== id.toUpperCase());
      config.rules.push({ id, setting: v as RuleSetting, file: display, line: parsed.lineOf(r.keyNode) });
    }
  }

  const ignore = entries.find((e) => e.key === 'ignore');
  if (ignore) {
    if (!isSeq(ignore.value)) parsed.fail('config.badValue', ignore.value ?? ignore.keyNode, { key: 'ignore', value: '', expected: '[{ rule, reason, file?, pointer? }]' });
    (ignore.value.items as YamlNode[]).forEach((node, index) => {
      if (!isMap(node)) parsed.fail('config.ignoreEntry', node, { index });
      const fields = pairsOf(node);
      // A misspelt key would widen the exception without a word (`pointr:` excuses the whole file): refused.
      for (const f of fields) if (!IGNORE_KEYS.includes(f.key)) parsed.fail('config.unknownKey', f.keyNode, { key: `ignore[${index}].${f.key}`, expected: IGNORE_KEYS.join(', ') });
      const text = (key: string): { value: string; node: YamlNode } | undefined => {
        const f = fields.find((x) => x.key === key);
        if (!f) return undefined;
        const v = isScalar(f.value) ? f.value.value : undefined;
        if (typeof v !== 'string') {
          const shown = isScalar(f.value) ? String(v ?? '') : JSON.stringify(f.value?.toJSON() ?? null);
          parsed.fail('config.badValue', f.value ?? f.keyNode, { key: `ignore[${index}].${key}`, value: shown, expected: IGNORE_EXPECTED[key]! });
        }
        return { value: v, node: f.value! };
      };
      const rule = text('rule');
      const reason = text('reason');
      if (!rule || rule.value.trim() === '' || !reason || reason.value.trim() === '') parsed.fail('config.ignoreEntry', node, { index });
      const file = text('file');
      const pointer = text('pointer');
      if (pointer && pointer.value !== '' && !pointer.value.startsWith('/')) {
        parsed.fail('config.badValue', pointer.node, { key: `ignore[${index}].pointer`, value: pointer.value, expected: IGNORE_EXPECTED.pointer! });
      }
      config.ignore.push({
        rule: rule.value,
        reason: reason.value,
        file: file?.value,
        pointer: pointer?.value,
        origin: { file: display, line: parsed.lineOf(rule.node) },
      });
    });
  }
  config.files.push(display);
}

/** A path relative to the configuration's folder, or an npm package (or a file inside one) resolved from it. */
function resolveExtends(name: string, dir: string): string | null {
  if (name.startsWith('.') || path.isAbsolute(name)) {
    const p = path.resolve(dir, name);
    return existsSync(p) ? p : null;
  }
  try {
    return createRequire(path.join(dir, 'noop.js')).resolve(name);
  } catch {
    return null;
  }
}
