#!/usr/bin/env node
// The executable shim: runs the compiled CLI (npm install builds it through `prepare`).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`plan-extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
