import type { Lang } from '../finding.js';
import { en } from './en.js';
import { fill } from './format.js';
import { fr, type MessageKey } from './fr.js';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** A tool message in the given language. */
export function t(lang: Lang, key: MessageKey, args: Record<string, string | number> = {}): string {
  return fill(CATALOGUES[lang][key], args);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in fr;
}

export { fill };
export type { MessageKey };

/** The team to write to once ready (DINUM's guide). */
export const BOUQUET_TEAM_EMAIL = {
  entreprise: 'equipe@entreprise.api.gouv.fr',
  particulier: 'equipe@particulier.api.gouv.fr',
} as const;

/** The language, read from the raw arguments before anything else so that every error can be in it. */
export function langFromArgv(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en' || v === 'fr') return v;
  }
  return process.env.BOUQUET_LINT_LANG === 'en' ? 'en' : 'fr';
}
