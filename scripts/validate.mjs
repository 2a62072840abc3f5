#!/usr/bin/env node
/**
 * Writes docs/validation.md: every section of src/validation/sections.ts, computed from the current
 * sources (compiled to build/ with tsc first, as the benchmarks do).
 *
 *   npm run validate                 # print the page
 *   npm run validate -- --write      # … and rewrite docs/validation.md
 *   npm run validate -- --only calibration
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtModule, ensureBuild, root } from '../bench/support.mjs';

const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1]?.split(',') : undefined;

ensureBuild(['build/src/validation/sections.js']);
const { renderValidationPage } = await builtModule('src/validation/sections.js');
const realDataDir = process.env.FOOTPRINT_REAL_DATA ?? path.resolve(root, '..', 'shared', 'real-data');
const page = await renderValidationPage({ realDataDir }, only);
process.stdout.write(page);
if (args.includes('--write')) {
  if (only) throw new Error('--write rewrites the whole page: drop --only');
  writeFileSync(path.join(root, 'docs/validation.md'), page);
  console.error('docs/validation.md written');
}
