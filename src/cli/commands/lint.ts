import type { CommonOptions } from '../options.js';
import { emit, exitCodeFor } from '../output.js';
import { lintOne, reportFor } from '../pipeline.js';

/** `bouquet-lint lint <spec...>` */
export async function lintCommand(specs: string[], options: CommonOptions): Promise<number> {
  const linted = [];
  for (const spec of specs) linted.push(await lintOne(spec, options));
  const report = reportFor(linted, options);
  await emit(report, options);
  return exitCodeFor(report, options.failOn);
}
