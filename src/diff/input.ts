/**
 * The two versions given to `diff`: a file, or `git:<ref>:<path>` read with `git show` (spawned
 * with an argument array, never a shell), so that CI compares with the base branch without a
 * second checkout. Files the version references by `$ref` are read from the same commit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../load/errors.js';
import { displayPathOf, loadSpec, type LoadedSpec, type LoadOptions } from '../load/spec.js';

export interface GitInput {
  ref: string;
  file: string;
}

/** `git:<ref>:<path>` → its parts; null for a plain file name. A ref never contains `:`. */
export function parseGitInput(input: string): GitInput | null {
  if (!input.startsWith('git:')) return null;
  const rest = input.slice(4);
  const colon = rest.indexOf(':');
  const ref = colon < 0 ? '' : rest.slice(0, colon);
  const file = colon < 0 ? '' : rest.slice(colon + 1);
  // A ref starting with "-" would be read by git as an option.
  if (ref === '' || file === '' || ref.startsWith('-')) throw new UsageError('diff.badGitInput', { input });
  return { ref, file };
}

function gitShow(cwd: string, ref: string, relFile: string, input: string): string | null {
  try {
    return execFileSync('git', ['show', `${ref}:./${relFile.split(path.sep).join('/')}`], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { code?: string; stderr?: string };
    if (err.code === 'ENOENT') throw new UsageError('diff.noGit', { input });
    const detail = String(err.stderr ?? '').trim().split('\n')[0] ?? '';
    // The root file must exist; a missing referenced file is a broken $ref like any other.
    if (/does not exist in|exists on disk, but not in/.test(detail)) return null;
    throw new UsageError('diff.gitFailed', { input, detail: detail || String((e as Error).message) });
  }
}

/** The root text of an input as written, or null when it cannot be read (loadVersion then says why). */
export function rootText(input: string, cwd: string): { text: string; display: string } | null {
  try {
    const git = parseGitInput(input);
    if (git) {
      const text = gitShow(cwd, git.ref, git.file, input);
      return text === null ? null : { text, display: input };
    }
    const abs = path.resolve(cwd, input);
    return { text: readFileSync(abs, 'utf8'), display: displayPathOf(abs, cwd) };
  } catch {
    return null;
  }
}

export async function loadVersion(input: string, options: Omit<LoadOptions, 'readFile' | 'rootDisplay'> & { cwd: string }): Promise<LoadedSpec> {
  const git = parseGitInput(input);
  if (!git) return loadSpec(input, options);
  const cwd = options.cwd;
  return loadSpec(git.file, {
    ...options,
    rootDisplay: input,
    readFile: (abs) => {
      const rel = path.relative(cwd, abs);
      const text = gitShow(cwd, git.ref, rel, input);
      if (text === null && abs === path.resolve(cwd, git.file)) throw new UsageError('diff.gitFailed', { input, detail: `${git.file} not in ${git.ref}` });
      return text;
    },
  });
}
