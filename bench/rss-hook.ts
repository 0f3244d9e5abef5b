/**
 * Preloaded with `--import` (through NODE_OPTIONS) when GNU time is not available: on exit, each
 * Node process appends its peak resident set size (KiB) to the file named by BENCH_RSS_FILE.
 */
import { appendFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
