/**
 * Generates `docs/rules/<ID>.md` for every convention of the catalogue (French, then English), and
 * `docs/rules/README.md` (the index), from the rule metadata and the message catalogues.
 * `npm run docs` writes into docs/rules; `node dist/scripts/gen-docs.js <dir>` writes elsewhere.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, Level } from '../src/finding.js';
import { t } from '../src/i18n/index.js';
import { ruleLevel } from '../src/lint/engine.js';
import { LIVE_RULES } from '../src/probe/checks/catalogue.js';
import { CONVENTIONS, type Convention } from '../rulesets/conventions.js';
import { RULES } from '../rulesets/index.js';
import { CATALOGUES } from '../rulesets/messages/index.js';

const LANGS: Lang[] = ['fr', 'en'];

/** The colon of each language's typography (`Niveau : MUST`, `Level: MUST`). */
const COLON: Record<Lang, string> = { fr: ' : ', en: ': ' };

function withStrict(lang: Lang, standard: Level, strict: Level | undefined): string {
  return strict && strict !== standard ? `${standard} ; ${t(lang, 'report.profile', { profile: 'strict' })}${COLON[lang]}${strict}` : standard;
}

/** One rule's block: id, level (and strict level), title and how to fix. */
function ruleBlock(lang: Lang, id: string, level: string): string {
  const texts = CATALOGUES[lang].rules[id];
  const title = texts ? ` — ${texts.title}` : '';
  const fix = texts ? `\n\n${texts.fix}` : '';
  return `### \`${id}\`${title}\n\n${t(lang, 'rules.level')}${COLON[lang]}${level}${fix}\n`;
}

function section(lang: Lang, c: Convention): string {
  const texts = CATALOGUES[lang].conventions[c.id];
  const out: string[] = [];
  out.push(`# ${c.id} — ${texts?.title ?? c.id}\n`);
  out.push(
    `| | |\n|---|---|\n| ${t(lang, 'rules.level')} | ${withStrict(lang, c.level, c.strictLevel)} |\n| ${t(lang, 'rules.scope')} | ${t(lang, `scope.${c.scope}`)} |\n| ${t(lang, 'rules.bouquet')} | ${t(lang, `bouquet.${c.bouquet}`)} |\n`,
  );
  if (texts?.why) out.push(`## ${t(lang, 'rules.why')}\n\n${texts.why}\n`);
  const blocks: string[] = [];
  for (const rule of RULES.filter((r) => r.meta.convention === c.id)) {
    const standard = ruleLevel(rule, 'standard');
    const strict = ruleLevel(rule, 'strict');
    const onlyStrict = rule.meta.profile === 'strict';
    const level = onlyStrict ? `${strict} (${t(lang, 'report.profile', { profile: 'strict' })})` : withStrict(lang, standard, strict);
    blocks.push(ruleBlock(lang, rule.meta.id, level));
  }
  if (c.scope !== 'static') {
    const live = LIVE_RULES.filter((r) => r.convention === c.id);
    for (const r of live) blocks.push(ruleBlock(lang, r.id, c.level));
    if (live.length === 0) blocks.push(`${t(lang, 'rules.liveOnly')}\n`);
  }
  out.push(`## ${t(lang, 'rules.rules')}\n`);
  out.push(...blocks);
  return out.join('\n');
}

function page(c: Convention): string {
  return `${LANGS.map((lang) => section(lang, c)).join('\n---\n\n')}`.trimEnd() + '\n';
}

function index(): string {
  const out: string[] = [];
  for (const lang of LANGS) {
    out.push(`# ${t(lang, 'rules.heading', { count: RULES.length + LIVE_RULES.length, conventions: CONVENTIONS.length })}\n`);
    out.push(`| ${t(lang, 'rules.convention')} | ${t(lang, 'rules.level')} | ${t(lang, 'rules.scope')} | ${t(lang, 'rules.bouquet')} | |\n|---|---|---|---|---|`);
    for (const c of CONVENTIONS) {
      const title = (CATALOGUES[lang].conventions[c.id]?.title ?? '').replace(/\|/g, '\\|');
      out.push(`| [${c.id}](${c.id}.md) | ${c.level} | ${t(lang, `scope.${c.scope}`)} | ${t(lang, `bouquet.${c.bouquet}`)} | ${title} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Every generated file: name → content. */
export function renderDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of CONVENTIONS) files.set(`${c.id}.md`, page(c));
  files.set('README.md', index());
  return files;
}

/** Writes the docs into `dir`, removing pages of conventions that no longer exist. */
export function writeDocs(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const files = renderDocs();
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !files.has(name)) rmSync(path.join(dir, name));
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
  return files.size;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = path.resolve(process.argv[2] ?? path.join('docs', 'rules'));
  const count = writeDocs(dir);
  process.stdout.write(`${count} → ${dir}\n`);
}
