/**
 * The hostile inputs of issue 10 (rows 1–12) as bench cases: how each is generated and run, and what
 * it must end with. `hostile.ts` runs them; `test/bench/hostile.test.ts` checks the judgement.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wrongLike } from '../src/probe/credential.js';
import { echoes, type LocalServer } from './hostile-servers.js';
import { ALIAS_BOMBS, aliasBombConfig, backtrackingPatterns, baseSpec, deepProperties, injection, largeSpec, refRing, YAML_HEAD, YAML_PATHS } from './hostile-specs.js';
import type { Measurement } from './measure.js';
import { EXAMPLE_SPEC } from './paths.js';

/** A case still running after this long has hung: it is killed and counts as a failure. */
export const CASE_TIMEOUT_S = 60;
/** The probe's credential (row 8), with `/`, `+` and `=` so that every encoding differs from it. */
export const TOKEN = 'Jeton/Secret+Producteur/2026==';
/** Row 2: the "linear cost" bound between these two sizes. */
export const SMALL_PATHS = 2_000;
export const LARGE_PATHS = 20_000;
export const LINEAR_BOUND = 10;

export type Stdout = 'file' | 'close-early' | '/dev/full';

export interface Outcome {
  run: Measurement;
  /** The case's folder (its inputs and the reports it wrote). */
  dir: string;
  /** Standard output, when it went to a file. */
  stdout: string;
}

export interface HostileCase {
  row: number;
  name: string;
  /** 1: findings; 2: one line on stderr. */
  exit: 1 | 2;
  /** Where stdout goes: a file in the case's folder (the default), a pipe closed early, `/dev/full`. */
  stdout?: Stdout;
  /** Writes the case's inputs into `dir`; returns the arguments of `bouquet-lint` (run in `dir`). */
  prepare(dir: string): string[];
  env?: NodeJS.ProcessEnv;
  /** Exit 1: text of the finding that shows the guard held; each stdout line holding it is counted. */
  shows?: string;
  /** How many lines must hold `shows` (at least one when not given). */
  count?: number;
  /** Exit 2: stderr is the usage (several lines) rather than one line. */
  usage?: boolean;
  /** Row 2: the spec's number of paths (the linear-cost check compares two sizes). */
  paths?: number;
  /** Further checks: the violations found. */
  check?(outcome: Outcome): string[];
  /** The message column when stderr is empty and `shows` does not apply. */
  note?(outcome: Outcome): string;
}

export interface Servers {
  drip: LocalServer;
  chain: LocalServer;
  big: LocalServer;
  echo: LocalServer;
}

function write(dir: string, name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

function mkfifo(dir: string, name: string): string {
  execFileSync('mkfifo', [path.join(dir, name)]);
  return name;
}

const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;
const COMMAND_LINE = /^\s*::/;

/** No line a CI runner would take for a workflow command, no terminal escape. */
function injectionViolations(label: string, text: string): string[] {
  const out: string[] = [];
  const commands = text.split('\n').filter((l) => COMMAND_LINE.test(l));
  if (commands.length > 0) out.push(`${label}: ${commands.length} line(s) starting with "::", e.g. ${JSON.stringify(commands[0]!.slice(0, 80))}`);
  if (text.includes('\u001b')) out.push(`${label}: contains an ESC byte`);
  return out;
}

/** Row 8: the credential (and the deliberately wrong one the probe also sends) in none of its encodings. */
function credentialViolations(dir: string, files: string[]): string[] {
  const out: string[] = [];
  // Backslashes removed and lower-cased, whatever escaping the server and the report added on the way.
  const plain = (text: string) => text.replace(/\\/g, '').toLowerCase();
  for (const file of files) {
    const target = path.join(dir, file);
    if (!existsSync(target)) {
      out.push(`${file} was not written`);
      continue;
    }
    const text = plain(readFileSync(target, 'utf8'));
    for (const secret of [TOKEN, wrongLike(TOKEN)]) {
      for (const form of echoes(secret)) if (text.includes(plain(form))) out.push(`${file} contains the credential as ${JSON.stringify(form)}`);
    }
  }
  return out;
}

export function hostileCases(servers: Servers): HostileCase[] {
  const remote = ['--allow-remote-refs', '--allow-private-refs'];
  const lint = (spec: string, ...more: string[]) => ['lint', spec, '--lang', 'en', ...more];
  const requestsDuring = (server: LocalServer) => {
    const before = server.requests.length;
    return () => server.requests.length - before;
  };
  let chainRequests = () => 0;
  let bigRequests = () => 0;
  return [
    ...Object.entries(ALIAS_BOMBS).map(([where, text]): HostileCase => ({
      row: 1,
      name: `YAML alias bomb (9 wide × 10 deep) ${where}`,
      exit: 2,
      prepare: (dir) => lint(write(dir, 'openapi.yaml', text)),
    })),
    {
      row: 1,
      name: 'YAML alias bomb in the configuration file',
      exit: 2,
      prepare: (dir) => {
        write(dir, '.bouquet-lint.yaml', aliasBombConfig());
        return lint(write(dir, 'openapi.yaml', YAML_HEAD + YAML_PATHS));
      },
    },
    ...[SMALL_PATHS, LARGE_PATHS].map(
      (n): HostileCase => ({
        row: 2,
        name: `${n.toLocaleString('en')} paths (JSON)`,
        exit: 1,
        prepare: (dir) => lint(write(dir, 'openapi.json', JSON.stringify(largeSpec(n), null, 2))),
        // One finding per operation without operationId, each at its own line.
        shows: 'bouquet-operation-ids',
        count: n,
        paths: n,
      }),
    ),
    ...[2_000, 4_000].map(
      (n): HostileCase => ({
        row: 3,
        name: `ring of ${n.toLocaleString('en')} $refs`,
        exit: 1,
        prepare: (dir) => lint(write(dir, 'ring.json', refRing(n))),
        shows: 'loops on itself',
        count: n + 1,
      }),
    ),
    { row: 4, name: 'schema properties nested 700 deep', exit: 2, prepare: (dir) => lint(write(dir, 'deep.json', deepProperties(700))) },
    {
      row: 5,
      name: 'backtracking patterns (schema, patternProperties, siren parameter)',
      exit: 1,
      prepare: (dir) => lint(write(dir, 'regex.json', backtrackingPatterns())),
      shows: 'does not match the schema pattern',
      count: 3,
    },
    {
      row: 6,
      name: 'remote $ref to a server sending one byte every 4 s',
      exit: 1,
      prepare: (dir) => lint(write(dir, 'openapi.json', JSON.stringify(baseSpec({ schema: { $ref: `${servers.drip.origin}/slow.json#/Unite` } }))), ...remote),
      shows: 'no complete answer within',
      count: 1,
    },
    {
      row: 7,
      name: 'remote $ref to a chain of ever-new documents',
      exit: 1,
      prepare: (dir) => {
        chainRequests = requestsDuring(servers.chain);
        return lint(write(dir, 'openapi.json', JSON.stringify(baseSpec({ schema: { $ref: `${servers.chain.origin}/doc/0.json#/Unite` } }))), ...remote);
      },
      shows: 'remote budget exhausted',
      count: 1,
      check: () => (chainRequests() > 100 ? [`${chainRequests()} documents fetched (budget: 100)`] : []),
    },
    {
      row: 7,
      name: 'remote $refs to 200 documents of 10 MB',
      exit: 1,
      prepare: (dir) => {
        bigRequests = requestsDuring(servers.big);
        const refs = Array.from({ length: 200 }, (_, i) => ({ $ref: `${servers.big.origin}/big/${i}.json#/Unite` }));
        return lint(write(dir, 'openapi.json', JSON.stringify(baseSpec({ schema: { allOf: refs } }))), ...remote);
      },
      shows: 'remote budget exhausted',
      // 50 MB per run: 6 documents fetched, the 6th cut off.
      count: 195,
      check: () => (bigRequests() > 6 ? [`${bigRequests()} documents of 10 MB fetched (budget: 50 MB)`] : []),
    },
    {
      row: 8,
      name: 'probe: server echoing the credential (raw, JSON-escaped, lowercased, URL-encoded, base64)',
      exit: 1,
      prepare: () => ['probe', EXAMPLE_SPEC, '--base-url', `${servers.echo.origin}/v1`, '--rate', '1000', '--lang', 'en', '--format', 'json', '--output', 'report.json', '--format', 'html', '--output', 'report.html'],
      env: { BOUQUET_TOKEN: TOKEN },
      check: ({ dir }) => {
        const found = credentialViolations(dir, ['report.json', 'report.html']);
        const json = existsSync(path.join(dir, 'report.json')) ? readFileSync(path.join(dir, 'report.json'), 'utf8') : '';
        return json.includes('***') ? found : [...found, 'report.json shows no masked echo (***): the server was not reached?'];
      },
      note: ({ dir }) => `credential masked in report.json (${countOf(readFileSync(path.join(dir, 'report.json'), 'utf8'), '***')} × "***") and report.html`,
    },
    {
      row: 9,
      name: 'parameter name with new lines, ::error, ::add-mask::, terminal escapes (stylish output)',
      exit: 1,
      prepare: (dir) => lint(write(dir, 'openapi.json', injection())),
      // The name is shown, escaped, on the finding's line (and judge() checks every case for `::` lines and ESC bytes).
      shows: '\\n::add-mask::secret\\r\\x1b]0;pwned\\x07\\x1b[2J',
    },
    { row: 10, name: 'spec is a FIFO', exit: 2, prepare: (dir) => lint(mkfifo(dir, 'openapi.yaml')) },
    { row: 10, name: 'spec is /dev/zero', exit: 2, prepare: () => lint('/dev/zero') },
    { row: 10, name: 'spec is /dev/urandom', exit: 2, prepare: () => lint('/dev/urandom') },
    {
      row: 10,
      name: '--config is a FIFO',
      exit: 2,
      prepare: (dir) => lint(write(dir, 'openapi.json', JSON.stringify(baseSpec())), '--config', mkfifo(dir, 'config.json')),
    },
    { row: 10, name: '--config is /dev/zero', exit: 2, prepare: (dir) => lint(write(dir, 'openapi.json', JSON.stringify(baseSpec())), '--config', '/dev/zero') },
    { row: 10, name: '--config is /dev/urandom', exit: 2, prepare: (dir) => lint(write(dir, 'openapi.json', JSON.stringify(baseSpec())), '--config', '/dev/urandom') },
    {
      row: 10,
      name: '$ref to a FIFO in the spec folder',
      exit: 1,
      prepare: (dir) => {
        mkfifo(dir, 'schemas.yaml');
        return lint(write(dir, 'openapi.json', JSON.stringify(baseSpec({ schema: { $ref: 'schemas.yaml#/Unite' } }))));
      },
      shows: 'not a regular file',
      count: 1,
    },
    {
      row: 11,
      name: 'stdout is a pipe closed early (| head -c 10), JSON of a 500-$ref ring',
      exit: 2,
      stdout: 'close-early',
      prepare: (dir) => lint(write(dir, 'ring.json', refRing(500)), '--format', 'json'),
    },
    { row: 11, name: 'stdout is /dev/full', exit: 2, stdout: '/dev/full', prepare: (dir) => lint(write(dir, 'ring.json', refRing(500)), '--format', 'json') },
    { row: 12, name: 'no arguments', exit: 2, usage: true, prepare: () => [] },
  ];
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface Judgement {
  /** What broke the case's expectation; empty when it held. */
  violations: string[];
  /** The message column: the first line of stderr; for a run with findings (stderr empty), how many output lines show the guard, and the first. */
  message: string;
}

/** A stylish line `line:col  severity  convention  message  rule` as `convention message`; any other line as it is. */
function findingText(line: string): string {
  const cols = line.trim().split(/ {2,}/);
  return cols.length >= 5 && /^\d+:\d+$/.test(cols[0]!) ? `${cols[2]} ${cols.slice(3, -1).join('  ')}` : line.trim();
}

/** The violations of a case's expectation, and the message shown in the table. */
export function judge(c: HostileCase, outcome: Outcome): Judgement {
  const { run, stdout } = outcome;
  const v: string[] = [];
  const stderr = run.stderrHead ?? '';
  if (run.timedOut) v.push(`killed after ${CASE_TIMEOUT_S} s`);
  else if (run.exitCode !== c.exit) v.push(`exit ${run.exitCode ?? 'signal'}, expected ${c.exit}`);
  if (STACK_FRAME.test(run.stderrTail)) v.push('stack trace on stderr');
  if (c.exit === 2 && !c.usage && !/^[^\n]+\n$/.test(stderr)) v.push(`stderr is not one line: ${JSON.stringify(clip(stderr, 120))}`);
  if (c.usage && !stderr.startsWith('Usage: bouquet-lint')) v.push('stderr does not start with the usage');
  if (c.exit === 1 && stderr !== '') v.push(`unexpected stderr: ${JSON.stringify(clip(stderr, 120))}`);
  let message = firstLine(stderr);
  if (c.shows !== undefined) {
    const lines = stdout.split('\n').filter((l) => l.includes(c.shows!));
    if (c.count === undefined ? lines.length === 0 : lines.length !== c.count) v.push(`${lines.length} output line(s) with ${JSON.stringify(c.shows)}, expected ${c.count ?? 'at least 1'}`);
    if (message === '' && lines.length > 0) message = `${lines.length} × ${findingText(lines[0]!)}`;
  }
  // Every case (row 9 is the attack): whatever a spec or a server wrote, no workflow command and no escape reach the output.
  v.push(...injectionViolations('stdout', stdout), ...injectionViolations('stderr', stderr));
  if (c.check) v.push(...c.check(outcome));
  if (message === '' && c.note && v.length === 0) message = c.note(outcome);
  return { violations: v, message: clip(message) };
}
