/**
 * Reads Stryker's JSON report (`reports/mutation/mutation.json`, written by `npm run mutation`) and
 * prints the mutation score of the whole run and of each file, then the surviving and uncovered
 * mutants by file and line.
 *
 *   node dist/scripts/mutation-summary.js [report.json] [--survivors] [--only <path prefix>]...
 *
 * Score = (killed + timeout) / (killed + timeout + survived + noCoverage); static mutants skipped by
 * `ignoreStatic` are counted apart (status Ignored), as are compile and runtime errors.
 */
import { readFileSync } from 'node:fs';

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

const DETECTED = new Set(['Killed', 'Timeout']);

export function tally(mutants: Mutant[]): Tally {
  const t: Tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (m.status === 'Ignored') t.ignored++;
    else t.errors++;
  }
  return t;
}

export function score(t: Tally): number {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? 100 : (100 * (t.killed + t.timeout)) / valid;
}

function row(name: string, t: Tally): string {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return `| ${name} | ${score(t).toFixed(1)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${valid} | ${t.ignored} | ${t.errors} |`;
}

function main(argv: string[]): void {
  const only: string[] = [];
  let file = 'reports/mutation/mutation.json';
  let survivors = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--survivors') survivors = true;
    else if (a === '--only') only.push(argv[++i]!);
    else file = a;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const names = Object.keys(report.files)
    .filter((n) => only.length === 0 || only.some((p) => n.startsWith(p)))
    .sort();
  const all: Mutant[] = [];
  const lines = ['| file | score % | killed | timeout | survived | no coverage | valid | ignored (static) | errors |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const n of names) {
    const mutants = report.files[n]!.mutants;
    all.push(...mutants);
    lines.push(row(n, tally(mutants)));
  }
  lines.push(row('**total**', tally(all)));
  console.log(lines.join('\n'));
  if (!survivors) return;
  for (const n of names) {
    const { source, mutants } = report.files[n]!;
    const src = source.split('\n');
    const left = mutants
      .filter((m) => !DETECTED.has(m.status) && (m.status === 'Survived' || m.status === 'NoCoverage'))
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    if (left.length === 0) continue;
    console.log(`\n## ${n} (${left.length})`);
    for (const m of left) {
      const { line, column } = m.location.start;
      const code = (src[line - 1] ?? '').trim().slice(0, 100);
      const repl = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      console.log(`${line}:${column} ${m.status === 'NoCoverage' ? 'NOCOV ' : ''}${m.mutatorName} -> ${repl}   | ${code}`);
    }
  }
}

main(process.argv.slice(2));
