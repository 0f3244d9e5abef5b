/** The specs to measure: files as given, folders expanded to their YAML and JSON files. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SPEC_FILE = /\.(ya?ml|json)$/i;

export interface BenchSpec {
  file: string;
  name: string;
  bytes: number;
}

export function collectSpecs(args: string[], first?: string): BenchSpec[] {
  const files: string[] = first ? [path.resolve(first)] : [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    if (statSync(abs).isDirectory()) {
      const inside = readdirSync(abs)
        .filter((f) => SPEC_FILE.test(f))
        .sort()
        .map((f) => path.join(abs, f));
      files.push(...inside.filter((f) => statSync(f).isFile()));
    } else files.push(abs);
  }
  return [...new Set(files)].map((file) => ({ file, name: path.basename(file), bytes: statSync(file).size }));
}
