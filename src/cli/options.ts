/** Validation of the options shared by every command (CONTRACT.md, "Common options"). */
import type { BouquetOption, Lang, Profile, Severity } from '../finding.js';
import { UsageError } from '../load/errors.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../load/read.js';
import { FORMATS, isFormatName, type FormatName } from '../report/formatters/index.js';
import { loadConfig, type FileConfig } from './config.js';

export type FailOn = Severity | 'never';

export interface CommonOptions {
  lang: Lang;
  bouquet: BouquetOption;
  profile: Profile;
  failOn: FailOn;
  outputs: { format: FormatName; file?: string }[];
  quiet: boolean;
  debug: boolean;
  allowRemoteRefs: boolean;
  allowOutsideRefs: boolean;
  allowPrivateRefs: boolean;
  /** `--max-file-size`, in bytes: the largest spec, config or referenced file read. */
  maxFileSize: number;
  /** `--cases <dir>`: test cases in the sandbox format. */
  cases?: string;
  config: FileConfig;
  /** `--baseline <file>`: findings recorded there do not fail the run. */
  baseline?: string;
  /** `--baseline-write <file>`: records this run's findings. */
  baselineWrite?: string;
  /** `--ruleset <file>`: a team's own Spectral ruleset, run next to the bouquet rules. */
  ruleset?: string;
  cwd: string;
}

export interface RawCommonOptions {
  lang?: string;
  bouquet?: string;
  profile?: string;
  failOn?: string;
  config?: string;
  quiet?: boolean;
  debug?: boolean;
  allowRemoteRefs?: boolean;
  allowOutsideRefs?: boolean;
  allowPrivateRefs?: boolean;
  maxFileSize?: string;
  cases?: string;
  baseline?: string;
  baselineWrite?: string;
  ruleset?: string;
}

/** An option's value among the allowed ones, or the fallback when it is not given. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('cli.badOption', { option, value, expected: allowed.join(', ') });
}

/**
 * `--format` is repeatable and each `--output` pairs with the `--format` before it, so the pairs
 * come from the order of the raw arguments.
 */
export function formatPairs(argv: string[]): { format: string; file?: string }[] {
  const pairs: { format: string; file?: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    let name: string | undefined;
    let value: string | undefined;
    for (const [long, short] of [
      ['--format', '-f'],
      ['--output', '-o'],
    ] as const) {
      if (a === long || a === short) {
        name = long;
        value = argv[++i];
      } else if (a.startsWith(long + '=')) {
        name = long;
        value = a.slice(long.length + 1);
      }
    }
    if (name === '--format' && value !== undefined) pairs.push({ format: value });
    else if (name === '--output' && value !== undefined) {
      const last = pairs[pairs.length - 1];
      if (!last || last.file !== undefined) throw new UsageError('cli.outputWithoutFormat', { file: value });
      last.file = value;
    }
  }
  return pairs;
}

export function resolveCommonOptions(raw: RawCommonOptions, argv: string[], defaultFormat: FormatName = 'stylish'): CommonOptions {
  const cwd = process.cwd();
  const maxFileSize = raw.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(raw.maxFileSize);
  if (maxFileSize === null) throw new UsageError('cli.badOption', { option: '--max-file-size', value: raw.maxFileSize!, expected: '50MB, 512kB, 1048576' });
  const config = loadConfig(raw.config, cwd, maxFileSize);
  const lang = oneOf('--lang', raw.lang ?? config.lang, ['fr', 'en'] as const, 'fr');
  const pairs = formatPairs(argv);
  const outputs = pairs.map((p) => {
    if (!isFormatName(p.format)) throw new UsageError('cli.unknownFormat', { format: p.format, formats: FORMATS.join(', ') });
    return { format: p.format, file: p.file };
  });
  if (outputs.length === 0) outputs.push({ format: defaultFormat, file: undefined });
  return {
    lang,
    bouquet: oneOf('--bouquet', raw.bouquet ?? config.bouquet, ['entreprise', 'particulier', 'auto'] as const, 'auto'),
    profile: oneOf('--profile', raw.profile ?? config.profile, ['standard', 'strict'] as const, 'standard'),
    failOn: oneOf('--fail-on', raw.failOn ?? config.failOn, ['error', 'warn', 'info', 'hint', 'never'] as const, 'error'),
    outputs,
    quiet: raw.quiet === true,
    debug: raw.debug === true,
    allowRemoteRefs: raw.allowRemoteRefs === true,
    allowOutsideRefs: raw.allowOutsideRefs === true,
    allowPrivateRefs: raw.allowPrivateRefs === true,
    maxFileSize,
    cases: raw.cases,
    config,
    baseline: raw.baseline,
    baselineWrite: raw.baselineWrite,
    ruleset: raw.ruleset,
    cwd,
  };
}
