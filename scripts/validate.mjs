#!/usr/bin/env node
/**
 * Writes docs/validation.md: every section of src/validation/sections.ts, computed from the current
 * sources (compiled to build/ with tsc first, as the benchmarks do).
 *
 *   npm run validate                 # print the page
 *   npm run validate -- --write      # … and rewrite docs/validation.md (and the figures quoted in README / METHODOLOGY)
 *   npm run validate -- --only calibration
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtModule, ensureBuild, root } from '../bench/support.mjs';

const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1]?.split(',') : undefined;

ensureBuild(['build/src/validation/sections.js', 'build/src/validation/calibration.js']);
const { renderValidationPage } = await builtModule('src/validation/sections.js');
const realDataDir = process.env.FOOTPRINT_REAL_DATA ?? path.resolve(root, '..', 'shared', 'real-data');
const page = await renderValidationPage({ realDataDir }, only);
process.stdout.write(page);
if (args.includes('--write')) {
  if (only) throw new Error('--write rewrites the whole page: drop --only');
  writeFileSync(path.join(root, 'docs/validation.md'), page);
  console.error('docs/validation.md written');
  // Headline figures quoted in prose, between markers (see src/validation/calibration.ts).
  const { withCalibrationFigures } = await builtModule('src/validation/calibration.js');
  for (const file of ['README.md', 'docs/METHODOLOGY.md']) {
    const before = readFileSync(path.join(root, file), 'utf8');
    const after = withCalibrationFigures(before);
    if (after !== before) {
      writeFileSync(path.join(root, file), after);
      console.error(`${file}: calibration figures updated`);
    }
  }
}
