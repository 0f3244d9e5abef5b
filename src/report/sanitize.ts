/**
 * The one output sanitiser. Text from a spec or a server (a parameter name, a file name, a
 * response excerpt) must neither rewrite the terminal nor inject workflow commands into a CI log:
 * - control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides
 *   are written as visible escapes (`\n`, `\x1b`, `\u202e`), so a value never spans two lines;
 * - no line of output begins with `::` (GitHub's workflow command marker), leading spaces
 *   included, except the lines the `github` formatter writes itself.
 */
import type { Finding, LiveEvidence } from '../finding.js';
import type { ProbeCall, ReportModel } from './model.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `a\nb` → `a\\nb`, `ESC[2J` → `\\x1b[2J`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A line that would start a GitHub workflow command gets its first colon escaped. */
export function guardCommands(text: string): string {
  // Without a `::` anywhere (most outputs), no line can start one: one quick scan instead of a line-by-line match.
  return text.includes('::') ? text.replace(/^([ \t]*):(?=:)/gm, '$1\\x3a') : text;
}

const clean = (s: string | undefined): string | undefined => (s === undefined ? undefined : escapeControls(s));

function cleanLive(live: LiveEvidence): LiveEvidence {
  return { ...live, method: escapeControls(live.method), url: escapeControls(live.url), curl: escapeControls(live.curl), excerpt: clean(live.excerpt) };
}

function cleanFinding(f: Finding): Finding {
  const out: Finding = {
    ...f,
    message: escapeControls(f.message),
    source: escapeControls(f.source),
    path: f.path.map((seg) => (typeof seg === 'string' ? escapeControls(seg) : seg)),
  };
  if (f.ignoreReason !== undefined) out.ignoreReason = escapeControls(f.ignoreReason);
  if (f.live !== undefined) out.live = cleanLive(f.live);
  return out;
}

function cleanCall(c: ProbeCall): ProbeCall {
  const out: ProbeCall = { ...c, operation: escapeControls(c.operation), method: escapeControls(c.method), url: escapeControls(c.url), curl: escapeControls(c.curl) };
  if (c.error !== undefined) out.error = escapeControls(c.error);
  return out;
}

/** The report with every text that can come from a spec or a server escaped (source texts for HTML excerpts excepted: HTML escapes them). */
export function sanitizeReport(report: ReportModel): ReportModel {
  return {
    ...report,
    findings: report.findings.map(cleanFinding),
    calls: report.calls.map(cleanCall),
    probe: report.probe === null ? null : { ...report.probe, baseUrl: escapeControls(report.probe.baseUrl) },
    sources: report.sources.map((s) => ({ ...s, path: escapeControls(s.path) })),
  };
}
