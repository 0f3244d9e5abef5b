/**
 * The conventions catalogue (CONVENTIONS.md): one entry per ID with its level, scope and bouquet.
 * Texts (title, why) live in the message catalogues, keyed by ID.
 */
import type { Applicability, Level } from '../src/finding.js';

export interface Convention {
  id: string;
  /** Level in the standard profile. */
  level: Level;
  /** Level in the strict profile, when it differs. */
  strictLevel?: Level;
  scope: 'static' | 'live' | 'both';
  bouquet: Applicability;
}

export const CONVENTIONS: readonly Convention[] = [
  { id: 'DOC-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DOC-02', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DOC-03', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DOC-04', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'DOC-05', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DOC-06', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'DOC-07', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DOC-08', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'DOC-09', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'SRV-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'SRV-02', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'SRV-03', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'SRV-04', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'SRV-05', level: 'SHOULD', scope: 'live', bouquet: 'both' },
  { id: 'SRV-06', level: 'SHOULD', scope: 'both', bouquet: 'both' },
  { id: 'AUTH-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'AUTH-02', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'AUTH-03', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'AUTH-04', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'AUTH-05', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'AUTH-06', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'AUTH-07', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'ID-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ID-02', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ID-03', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ID-04', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ID-05', level: 'SHOULD', scope: 'static', bouquet: 'entreprise' },
  { id: 'ID-06', level: 'MUST', scope: 'static', bouquet: 'particulier' },
  { id: 'ID-07', level: 'MUST', scope: 'static', bouquet: 'particulier' },
  { id: 'ID-08', level: 'SHOULD', scope: 'static', bouquet: 'particulier' },
  { id: 'ID-09', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'ERR-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ERR-02', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ERR-03', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'ERR-04', level: 'SHOULD', scope: 'static', bouquet: 'both', strictLevel: 'MUST' },
  { id: 'ERR-05', level: 'MUST', scope: 'both', bouquet: 'both' },
  { id: 'ERR-06', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'ERR-07', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'ERR-08', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'DATA-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DATA-02', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'DATA-03', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'DATA-04', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'DATA-05', level: 'MAY', scope: 'static', bouquet: 'both', strictLevel: 'MUST' },
  { id: 'DATA-06', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'DATA-07', level: 'SHOULD', scope: 'static', bouquet: 'particulier' },
  { id: 'DATA-08', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'QOS-01', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'QOS-02', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'QOS-03', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'QOS-04', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'QOS-05', level: 'MAY', scope: 'static', bouquet: 'both' },
  { id: 'QOS-06', level: 'SHOULD', scope: 'static', bouquet: 'both' },
  { id: 'QOS-07', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'QOS-08', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'TRACE-01', level: 'SHOULD', scope: 'static', bouquet: 'entreprise' },
  { id: 'CASE-01', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'CASE-02', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'CASE-03', level: 'MUST', scope: 'static', bouquet: 'both' },
  { id: 'CASE-04', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'LIVE-01', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'LIVE-02', level: 'MUST', scope: 'live', bouquet: 'both' },
  { id: 'LIVE-03', level: 'SHOULD', scope: 'live', bouquet: 'both' },
  { id: 'LIVE-04', level: 'SHOULD', scope: 'live', bouquet: 'both' },
];

const BY_ID = new Map(CONVENTIONS.map((c) => [c.id, c]));

export function conventionById(id: string): Convention | undefined {
  return BY_ID.get(id.toUpperCase());
}
