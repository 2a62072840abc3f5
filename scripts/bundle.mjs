// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// `node scripts/bundle.mjs [outDir]`: outDir defaults to dist/ (check-dist builds into a temp dir).
import ncc from '@vercel/ncc';
import { mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

const entries = [
  { entry: 'src/index.ts', out: 'index.js', dir: '.' },
  { entry: 'src/bin.ts', out: 'cli.js', dir: '.' },
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const { entry, out } of entries) {
  const { code, assets } = await ncc(path.join(root, entry), {
    minify: false,
    sourceMap: false,
    license: out === 'index.js' ? 'licenses.txt' : undefined,
    quiet: true,
    target: 'es2023',
    cache: false,
  });
  writeFileSync(path.join(outDir, out), code);
  if (out === 'cli.js') chmodSync(path.join(outDir, out), 0o755);
  for (const [name, asset] of Object.entries(assets)) {
    // Chunks of lazily imported modules belong to the action; the CLI has none.
    const target = path.join(outDir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, asset.source);
  }
}
writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
console.log(`bundled into ${path.relative(root, outDir) || '.'}: ${readdirSync(outDir).join(', ')}`);
