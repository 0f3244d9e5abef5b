/**
 * The live rules (the probe's checks) and the convention each enforces, in the order the probe runs
 * them. A small module of its own: `bouquet-lint rules` and the configuration's `rules` levels need
 * the ids without loading the probe (its HTTP client, TLS and compression modules). Each check takes
 * its id and convention from here.
 */
export const LIVE_RULES = [
  { id: 'bouquet-live-unreachable', convention: 'QOS-08' },
  { id: 'bouquet-live-redirect', convention: 'DATA-08' },
  { id: 'bouquet-live-latency', convention: 'QOS-07' },
  { id: 'bouquet-live-5xx', convention: 'QOS-08' },
  { id: 'bouquet-live-auth', convention: 'AUTH-07' },
  { id: 'bouquet-live-not-found-distinct', convention: 'ERR-05' },
  { id: 'bouquet-live-not-found', convention: 'LIVE-02' },
  { id: 'bouquet-live-malformed', convention: 'LIVE-01' },
  { id: 'bouquet-live-method', convention: 'LIVE-03' },
  { id: 'bouquet-live-case', convention: 'CASE-04' },
  { id: 'bouquet-live-status', convention: 'DATA-08' },
  { id: 'bouquet-live-schema', convention: 'DATA-08' },
  { id: 'bouquet-live-headers', convention: 'LIVE-04' },
  { id: 'bouquet-live-leak', convention: 'ERR-08' },
  { id: 'bouquet-live-cors', convention: 'SRV-06' },
  { id: 'bouquet-live-hsts', convention: 'SRV-05' },
  { id: 'bouquet-live-tls', convention: 'SRV-04' },
] as const satisfies readonly { id: string; convention: string }[];

export type LiveRuleId = (typeof LIVE_RULES)[number]['id'];

/** The `rule` and `convention` of a check. */
export function liveRule(id: LiveRuleId): { rule: LiveRuleId; convention: string } {
  return { rule: id, convention: LIVE_RULES.find((r) => r.id === id)!.convention };
}
