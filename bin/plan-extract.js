#!/usr/bin/env node
// The executable shim: runs the compiled CLI (npm install builds it through `prepare`).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`plan-extract … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    if (error?.code === 'EPIPE') return;
    process.stderr.write(`plan-extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
