/** Rendering of the probe's texts, which live in `rulesets/messages/{fr,en}/probe.ts`. */
import type { Lang } from '../finding.js';
import { ruleMessage } from '../../rulesets/messages/index.js';

/** The tool-level entry of the probe's catalogue (notices, option errors). */
export const PROBE_RULE = 'bouquet-probe';

export function probeText(lang: Lang, key: string, args: Record<string, string | number> = {}): string {
  return ruleMessage(lang, PROBE_RULE, key, args);
}
