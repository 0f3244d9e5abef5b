/** The bouquet detection in words: which bouquet, where the choice comes from, the strongest clues. */
import type { Lang } from '../finding.js';
import { t } from '../i18n/index.js';
import type { BouquetDetection } from '../lint/bouquet.js';

export function detectionText(lang: Lang, d: BouquetDetection): string {
  const bouquet = t(lang, `report.bouquet.${d.bouquet}`);
  if (d.source !== 'detected') return t(lang, `detection.${d.source}`, { bouquet });
  const clues = d.evidence.map((e) => {
    const clue = t(lang, `detection.clue.${e.kind}`, { value: e.value });
    return e.count > 1 ? t(lang, 'detection.times', { clue, count: e.count }) : clue;
  });
  return t(lang, 'detection.detected', { bouquet, evidence: clues.join(', ') });
}
