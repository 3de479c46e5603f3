#!/usr/bin/env node
// The executable shim: runs the CLI as the build bundled it (dist/bundle/; npm install builds it
// through `prepare`). `--version` alone is answered here, from package.json, without loading the
// CLI: scripts and CI call it to check the install, and it then starts about as fast as node itself.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { run } = await import('../dist/bundle/plan-extract.js');
  run(argv);
}
