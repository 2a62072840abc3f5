// Fails when dist/ is not what `npm run bundle` makes from the current sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-dist-'));
execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), fresh], { stdio: ['ignore', 'ignore', 'inherit'] });

function list(dir, prefix = '') {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? list(p, `${prefix}${n}/`) : [`${prefix}${n}`];
  }).sort();
}
const committed = list(path.join(root, 'dist'));
const expected = list(fresh);
const problems = [];
for (const f of new Set([...committed, ...expected])) {
  if (!committed.includes(f)) problems.push(`missing in dist/: ${f}`);
  else if (!expected.includes(f)) problems.push(`stale file in dist/: ${f}`);
  else if (!readFileSync(path.join(root, 'dist', f)).equals(readFileSync(path.join(fresh, f)))) problems.push(`differs: dist/${f}`);
}
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error(`dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/ is fresh (${committed.length} files).`);
