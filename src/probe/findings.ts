/** Live findings: rendered in the report language, with evidence, credential removed, one per place. */
import { LEVEL_SEVERITY, type Finding, type Lang, type Level, type LiveEvidence } from '../finding.js';
import type { Loc } from '../load/spec.js';
import { conventionById } from '../../rulesets/conventions.js';
import { redact, type Credential } from './credential.js';
import { ruleMessage } from '../../rulesets/messages/index.js';
import type { CallOutcome } from './types.js';

const EXCERPT_MAX = 500;

export interface ReportOptions {
  /** Level other than the convention's (the p95 SHOULD of QOS-07, info notices). */
  level?: Level;
  /** Distinguishes findings of one rule, key and place that must all be kept. */
  dedupe?: string;
}

export class FindingSink {
  private readonly byKey = new Map<string, Finding>();

  constructor(
    private readonly lang: Lang,
    private readonly credential: Credential | null,
  ) {}

  report(rule: string, convention: string, key: string, args: Record<string, string | number>, at: Loc, outcome?: CallOutcome, options: ReportOptions = {}): void {
    const dedupe = `${rule}|${key}|${at.doc.uri}#${at.path.join('/')}|${options.dedupe ?? ''}`;
    if (this.byKey.has(dedupe)) return;
    const level = options.level ?? conventionById(convention)?.level ?? 'MUST';
    const finding: Finding = {
      rule,
      convention,
      level,
      severity: LEVEL_SEVERITY[level],
      scope: 'live',
      message: redact(this.credential, ruleMessage(this.lang, rule, key, args)),
      messageKey: key,
      source: at.doc.displayPath,
      path: at.doc.writtenPath?.(at.path) ?? at.path,
      range: at.doc.rangeOf(at.path),
    };
    if (outcome) finding.live = this.evidence(outcome);
    this.byKey.set(dedupe, finding);
  }

  evidence(o: CallOutcome): LiveEvidence {
    const r = o.response;
    const raw = o.error ? `${o.error.code}: ${o.error.detail}` : r ? r.body.subarray(0, EXCERPT_MAX * 4).toString('utf8') : '';
    const excerpt = redact(this.credential, raw).slice(0, EXCERPT_MAX);
    const evidence: LiveEvidence = {
      method: o.call.method,
      url: redact(this.credential, o.finalUrl),
      status: r?.status ?? null,
      latencyMs: o.latencyMs,
      curl: o.curl,
    };
    if (excerpt !== '') evidence.excerpt = excerpt;
    return evidence;
  }

  findings(): Finding[] {
    return [...this.byKey.values()];
  }
}
