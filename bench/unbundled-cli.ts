/**
 * The command line from tsc's output (dist/src) rather than the bundle `bin/bouquet-lint.js` runs:
 * the profiler (`npm run bench -- --profile`) uses it so that time is charged to the module and
 * the package that spends it. Same code, same findings; only the start-up differs.
 */
import { main } from '../src/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
