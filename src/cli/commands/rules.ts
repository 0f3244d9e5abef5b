/** `bouquet-lint rules [ID]`: the list of rules, or one convention or rule explained. */
import type { Lang, Level } from '../../finding.js';
import { t } from '../../i18n/index.js';
import { UsageError } from '../../load/errors.js';
import { ruleLevel } from '../../lint/engine.js';
import type { Rule } from '../../lint/rule.js';
import { CONVENTIONS, conventionById, type Convention } from '../../../rulesets/conventions.js';
import { RULES } from '../../../rulesets/index.js';
import { CATALOGUES, conventionTexts } from '../../../rulesets/messages/index.js';
import { docPathFor } from '../../report/doc-link.js';
import { LIVE_RULES } from '../../probe/checks/catalogue.js';

export function rulesCommand(id: string | undefined, lang: Lang, json: boolean): number {
  if (id === undefined) {
    process.stdout.write(json ? JSON.stringify(listAll(lang), null, 2) + '\n' : renderList(lang));
    return 0;
  }
  const conv = conventionById(id);
  const rule = RULES.find((r) => r.meta.id === id);
  const live = LIVE_RULES.find((r) => r.id === id);
  if (!conv && !rule && !live) throw new UsageError('cli.unknownRule', { id });
  const target = conv ?? conventionById(rule?.meta.convention ?? live!.convention)!;
  const rules: RuleRef[] = conv
    ? [
        ...RULES.filter((r) => r.meta.convention === conv.id).map((r) => staticRef(r)),
        ...LIVE_RULES.filter((r) => r.convention === conv.id).map((r) => liveRef(r.id, conv)),
      ]
    : rule
      ? [staticRef(rule)]
      : [liveRef(live!.id, target)];
  process.stdout.write(json ? JSON.stringify(explain(target, rules, lang), null, 2) + '\n' : renderExplain(target, rules, lang));
  return 0;
}

function listAll(lang: Lang) {
  return CONVENTIONS.map((c) => ({
    convention: c.id,
    level: c.level,
    strictLevel: c.strictLevel,
    scope: c.scope,
    bouquet: c.bouquet,
    title: conventionTexts(lang, c.id)?.title ?? '',
    rules: [...RULES.filter((r) => r.meta.convention === c.id).map((r) => r.meta.id), ...LIVE_RULES.filter((r) => r.convention === c.id).map((r) => r.id)].map(
      (id) => ({ id, title: CATALOGUES[lang].rules[id]?.title ?? '' }),
    ),
  }));
}

function renderList(lang: Lang): string {
  const all = listAll(lang);
  const lines = [t(lang, 'rules.heading', { count: RULES.length + LIVE_RULES.length, conventions: all.length }), ''];
  for (const c of all) {
    const flags = [c.level + (c.strictLevel ? `→${c.strictLevel}` : ''), t(lang, `scope.${c.scope}`), c.bouquet === 'both' ? '' : t(lang, `bouquet.${c.bouquet}`)]
      .filter(Boolean)
      .join(', ');
    lines.push(`${c.convention.padEnd(9)} ${c.title} (${flags})`);
    for (const r of c.rules) lines.push(`          ${r.id} — ${r.title}`);
  }
  return lines.join('\n') + '\n';
}

/** A static rule or a live check, with its level in each profile. */
interface RuleRef {
  id: string;
  scope: 'static' | 'live';
  level: Level;
  strictLevel: Level;
}

function staticRef(r: Rule): RuleRef {
  return { id: r.meta.id, scope: 'static', level: ruleLevel(r, 'standard'), strictLevel: ruleLevel(r, 'strict') };
}

function liveRef(id: string, conv: Convention): RuleRef {
  return { id, scope: 'live', level: conv.level, strictLevel: conv.strictLevel ?? conv.level };
}

function explain(conv: Convention, rules: RuleRef[], lang: Lang) {
  const texts = conventionTexts(lang, conv.id);
  return {
    convention: conv.id,
    level: conv.level,
    strictLevel: conv.strictLevel,
    scope: conv.scope,
    bouquet: conv.bouquet,
    title: texts?.title ?? '',
    why: texts?.why ?? '',
    doc: docPathFor(conv.id),
    rules: rules.map((r) => ({
      id: r.id,
      scope: r.scope,
      level: r.level,
      strictLevel: r.strictLevel,
      title: CATALOGUES[lang].rules[r.id]?.title ?? '',
      fix: CATALOGUES[lang].rules[r.id]?.fix ?? '',
    })),
  };
}

function renderExplain(conv: Convention, rules: RuleRef[], lang: Lang): string {
  const e = explain(conv, rules, lang);
  const lines = [
    `${e.convention} — ${e.title}`,
    '',
    `${t(lang, 'rules.level')} : ${e.level}${e.strictLevel ? ` (strict : ${e.strictLevel})` : ''}`,
    `${t(lang, 'rules.scope')} : ${t(lang, `scope.${e.scope}`)}`,
    `${t(lang, 'rules.bouquet')} : ${t(lang, `bouquet.${e.bouquet}`)}`,
    '',
    `${t(lang, 'rules.why')} :`,
    `  ${e.why}`,
  ];
  if (e.rules.length === 0 && conv.scope === 'live') lines.push('', `${t(lang, 'rules.rules')} : ${t(lang, 'rules.liveOnly')}`);
  for (const r of e.rules) {
    lines.push('', `${t(lang, 'rules.rule')} : ${r.id} — ${r.title}`, '', `${t(lang, 'rules.fix')} :`);
    for (const l of r.fix.split('\n')) lines.push(`  ${l}`);
  }
  lines.push('', `${t(lang, 'rules.doc')} : ${e.doc}`);
  return (lang === 'en' ? lines.map((l) => l.replace(/ : /, ': ').replace(/ :$/, ':')) : lines).join('\n') + '\n';
}
