import type { CommonOptions } from '../options.js';

export async function demoCommand(_options: CommonOptions, _outDir: string): Promise<number> {
  throw new Error('not available yet');
}
