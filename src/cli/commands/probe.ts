import type { CommonOptions } from '../options.js';

// Wired by the live-probe and report work.
export async function probeCommand(_spec: string, _options: CommonOptions, _raw: Record<string, unknown>): Promise<number> {
  throw new Error('not available yet');
}
