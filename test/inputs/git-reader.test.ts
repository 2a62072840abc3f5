/** The base commit read with git, from the repository root and from a working-directory below it. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitReader } from '../../src/inputs/git-reader.js';

let repo: string;
let base: string;

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q');
  mkdirSync(path.join(repo, 'training/runs'), { recursive: true });
  writeFileSync(path.join(repo, 'footprint.yml'), 'root manifest\n');
  writeFileSync(path.join(repo, 'training/footprint.yml'), 'training manifest\n');
  writeFileSync(path.join(repo, 'training/runs/a.csv'), 'metrics\n');
  git('add', '-A');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'base');
  base = git('rev-parse', 'HEAD');
  // The work tree moves on; the reader must see the commit, not the files on disk.
  writeFileSync(path.join(repo, 'training/footprint.yml'), 'changed since\n');
});

describe('GitReader', () => {
  it('knows whether the commit is in the clone', async () => {
    expect(await GitReader.hasCommit(repo, base)).toBe(true);
    expect(await GitReader.hasCommit(repo, 'f'.repeat(40))).toBe(false);
    expect(await GitReader.hasCommit(repo, '--help')).toBe(false);
  });

  it('reads the commit\'s files from the repository root', async () => {
    const reader = new GitReader(repo, base);
    expect(await reader.expand(['**/footprint.yml'])).toEqual(['footprint.yml', 'training/footprint.yml']);
    expect(await reader.readText('training/footprint.yml', 1024)).toBe('training manifest\n');
    expect(await reader.readText('missing.yml', 1024)).toBeNull();
  });

  it('below the root (working-directory), paths are relative to it for listing and reading alike', async () => {
    const reader = new GitReader(path.join(repo, 'training'), base);
    expect(await reader.expand(['footprint.yml', 'runs/*.csv'])).toEqual(['footprint.yml', 'runs/a.csv']);
    expect(await reader.readText('footprint.yml', 1024)).toBe('training manifest\n');
    expect(await text((await reader.openStream('runs/a.csv'))!)).toBe('metrics\n');
  });

  it('refuses a file above the size cap', async () => {
    await expect(new GitReader(repo, base).readText('footprint.yml', 4)).rejects.toThrow(/above the .* limit/);
  });
});
