/**
 * JUnit XML: one <testsuite> per source file, one <testcase> per convention checked, one <failure>
 * per finding. A test case with findings counts once in `failures`; excused findings go to
 * <system-out> and do not fail.
 */
import type { Finding } from '../../finding.js';
import { conventionTitle, rt } from '../i18n.js';
import type { ReportModel } from '../model.js';
import type { FormatOptions } from './index.js';

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline, carriage return; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** Element text: newlines kept as they are. */
function xmlText(text: string): string {
  return xml(text).replace(/&#10;/g, '\n');
}

function where(f: Finding): string {
  return `${f.source}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

export function format(report: ReportModel, _options: FormatOptions): string {
  const lang = report.lang;
  const files = [...new Set([...report.sources.map((s) => s.path), ...report.findings.map((f) => f.source)])];
  if (files.length === 0) files.push('');

  let totalTests = 0;
  let totalFailures = 0;
  const suites: string[] = [];
  for (const file of files) {
    const inFile = report.findings.filter((f) => f.source === file);
    const cases: string[] = [];
    let failures = 0;
    for (const conv of report.conventions) {
      const own = inFile.filter((f) => f.convention === conv.convention);
      const active = own.filter((f) => !f.ignored && !f.baselined);
      const excused = own.filter((f) => f.ignored || f.baselined);
      if (active.length > 0) failures++;
      const name = `${conv.convention} — ${conventionTitle(lang, conv.convention)}`;
      const body = [
        ...active.map(
          (f) =>
            `      <failure message="${xml(f.message)}" type="${f.severity}">${xmlText(`${where(f)} ${f.level} ${f.rule}\n${f.message}`)}</failure>`,
        ),
        ...(excused.length > 0
          ? [
              `      <system-out>${xmlText(
                excused.map((f) => rt(lang, 'junit.ignored', { reason: f.ignoreReason ?? report.baseline?.file ?? '', location: where(f), message: f.message })).join('\n'),
              )}</system-out>`,
            ]
          : []),
      ];
      const open = `    <testcase name="${xml(name)}" classname="${xml(`bouquet-lint.${conv.convention}`)}" file="${xml(file)}" time="0"`;
      cases.push(body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0" timestamp="${xml(report.generatedAt)}">\n` +
        `    <properties>\n` +
        `      <property name="bouquet" value="${report.bouquet}"/>\n` +
        `      <property name="profile" value="${report.profile}"/>\n` +
        `      <property name="ready" value="${report.ready}"/>\n` +
        `      <property name="score" value="${report.score}"/>\n` +
        `    </properties>\n` +
        (cases.length > 0 ? cases.join('\n') + '\n' : '') +
        `  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${xml(`${report.tool.name} ${report.tool.version} — ${rt(lang, 'junit.suites')}`)}" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">\n` +
    suites.join('\n') +
    `\n</testsuites>\n`
  );
}
