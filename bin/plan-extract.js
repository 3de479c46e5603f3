#!/usr/bin/env node
// The executable shim: runs the CLI as the build bundled it (dist/bundle/; npm install builds it
// through `prepare`).
import { run } from '../dist/bundle/plan-extract.js';

run(process.argv.slice(2));
