#!/usr/bin/env node
import { main, tuneHeapForOneRun } from '../dist/cli/main.js';

tuneHeapForOneRun();
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(String(e && e.message ? e.message : e) + '\n');
    process.exitCode = 2;
  },
);
