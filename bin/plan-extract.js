#!/usr/bin/env node
// The executable shim: runs the compiled CLI (npm install builds it through `prepare`).
import { main } from '../dist/cli/main.js';
import { guardStdout, reportUncaught } from '../dist/cli/stdout.js';

// A closed or failed standard output ends the run with one line (or quietly for `| head`).
guardStdout();

main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
}, reportUncaught);
