#!/usr/bin/env node
'use strict';
// The executable shim (CommonJS, as bin/package.json says: node starts it without its ES module
// loader): runs the bundled CLI (bin/load-cli.js; npm install builds it through `prepare`).
// `--version` alone is answered here, from package.json, without loading the CLI: scripts and CI
// call it to check the install, and it then starts about as fast as node itself.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = require('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(require('node:path').join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  require('./load-cli.js').loadCli().cli.run(argv);
}
