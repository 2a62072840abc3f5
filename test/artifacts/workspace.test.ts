import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { expandInputPaths, readTextFileCapped, resolveInsideWorkspace } from '../../src/inputs/workspace.js';

let base: string;
let ws: string;
let outside: string;

function write(rel: string, content = 'x'): string {
  const file = path.join(ws, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

async function rejected(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'workspace-test-'));
  ws = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  fs.mkdirSync(ws);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.yml'), 'secret');
});
afterEach(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

describe('resolveInsideWorkspace', () => {
  it('resolves relative and absolute paths inside, existing or not', () => {
    write('runs/a.yml');
    expect(resolveInsideWorkspace(ws, 'runs/a.yml', 'manifest')).toBe(path.join(ws, 'runs', 'a.yml'));
    expect(resolveInsideWorkspace(ws, path.join(ws, 'runs', 'a.yml'), 'manifest')).toBe(path.join(ws, 'runs', 'a.yml'));
    expect(resolveInsideWorkspace(ws, 'runs/../runs/new/b.yml', 'manifest')).toBe(path.join(ws, 'runs', 'new', 'b.yml'));
    expect(resolveInsideWorkspace(ws, '.', 'manifest')).toBe(ws);
  });

  it('refuses ../ escapes, naming the path, what it is and the workspace', () => {
    const error = thrown(() => resolveInsideWorkspace(ws, '../outside/secret.yml', 'manifest'));
    expect(error.problems[0]?.file).toBe('../outside/secret.yml');
    expect(error.problems[0]?.message).toContain('manifest');
    expect(error.problems[0]?.message).toContain(ws);
    thrown(() => resolveInsideWorkspace(ws, '..', 'manifest'));
    thrown(() => resolveInsideWorkspace(ws, 'a/../../ws-sibling', 'manifest'));
  });

  it('does not treat a sibling with the workspace as name prefix as inside', () => {
    fs.mkdirSync(`${ws}2`);
    thrown(() => resolveInsideWorkspace(ws, `${ws}2/x.yml`, 'manifest'));
  });

  it('refuses absolute paths elsewhere', () => {
    const error = thrown(() => resolveInsideWorkspace(ws, path.join(outside, 'secret.yml'), 'metrics file'));
    expect(error.problems[0]?.message).toContain('metrics file');
    thrown(() => resolveInsideWorkspace(ws, '/etc/passwd', 'metrics file'));
  });

  it('refuses symlinks pointing out: file, directory, dangling, and paths below them', () => {
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(ws, 'link.yml'));
    fs.symlinkSync(outside, path.join(ws, 'linkdir'));
    fs.symlinkSync(path.join(outside, 'missing.yml'), path.join(ws, 'dangling.yml'));
    for (const p of ['link.yml', 'linkdir', 'linkdir/secret.yml', 'linkdir/not/yet.yml', 'dangling.yml']) {
      const error = thrown(() => resolveInsideWorkspace(ws, p, 'manifest'));
      expect(error.problems[0]?.message).toContain('a symlink points to');
    }
  });

  it('accepts symlinks that stay inside and returns the target under the workspace', () => {
    write('real/a.yml');
    fs.symlinkSync('real', path.join(ws, 'alias'));
    expect(resolveInsideWorkspace(ws, 'alias/a.yml', 'manifest')).toBe(path.join(ws, 'real', 'a.yml'));
  });

  it('accepts a workspace that is itself reached through a symlink', () => {
    write('a.yml');
    const wsLink = path.join(base, 'ws-link');
    fs.symlinkSync(ws, wsLink);
    expect(resolveInsideWorkspace(wsLink, 'a.yml', 'manifest')).toBe(path.join(wsLink, 'a.yml'));
  });

  it('reports symlink loops', () => {
    fs.symlinkSync('loop-b', path.join(ws, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(ws, 'loop-b'));
    expect(thrown(() => resolveInsideWorkspace(ws, 'loop-a/x.yml', 'manifest')).message).toContain('loop');
  });
});

describe('expandInputPaths', () => {
  beforeEach(() => {
    write('footprint.yml');
    write('runs/b.yaml');
    write('runs/a.yml');
    write('runs/old/legacy.yml');
    write('metrics/job-1.csv');
    write('metrics/job-2.csv');
    write('metrics/summary.json');
  });

  it('expands globs (*, **, ?, {a,b}) relative to the workspace, sorted and de-duplicated', async () => {
    const files = await expandInputPaths(ws, ['runs/**/*.{yml,yaml}', 'runs/a.yml', 'metrics/job-?.csv', './runs/*.yml']);
    expect(files).toEqual(['metrics/job-1.csv', 'metrics/job-2.csv', 'runs/a.yml', 'runs/b.yaml', 'runs/old/legacy.yml'].map((f) => path.join(ws, f)));
  });

  it('skips directories matched by a glob and blank lines', async () => {
    expect(await expandInputPaths(ws, ['', 'runs/*', '  '])).toEqual([path.join(ws, 'runs/a.yml'), path.join(ws, 'runs/b.yaml')]);
  });

  it('applies ! exclusions (globs and directories) to every pattern', async () => {
    expect(await expandInputPaths(ws, ['**/*.yml', '!runs/old', '!footprint.yml'])).toEqual([path.join(ws, 'runs/a.yml')]);
    expect(await expandInputPaths(ws, ['metrics/*', '!**/*.json'])).toEqual([path.join(ws, 'metrics/job-1.csv'), path.join(ws, 'metrics/job-2.csv')]);
  });

  it('reports a glob that matches nothing, with the pattern', async () => {
    const error = await rejected(expandInputPaths(ws, ['runs/*.yml', 'metrics/**/*.parquet']));
    expect(error.problems[0]?.file).toBe('metrics/**/*.parquet');
    expect(error.message).toContain('"metrics/**/*.parquet" matched no files');
  });

  it('reports a literal path that does not exist as not found', async () => {
    const error = await rejected(expandInputPaths(ws, ['runs/missing.yml']));
    expect(error.problems[0]).toMatchObject({ file: 'runs/missing.yml' });
    expect(error.message).toContain('not found');
  });

  it('reports a directory given as a literal path, with a glob hint', async () => {
    const error = await rejected(expandInputPaths(ws, ['runs']));
    expect(error.problems[0]?.hint).toContain('runs/**/*.yml');
  });

  it('reports exclusions that leave nothing', async () => {
    const error = await rejected(expandInputPaths(ws, ['metrics/*.csv', '!metrics']));
    expect(error.message).toContain('excluded');
  });

  it('refuses ../ and absolute paths outside, literal or glob', async () => {
    await rejected(expandInputPaths(ws, ['../outside/secret.yml']));
    await rejected(expandInputPaths(ws, [path.join(outside, 'secret.yml')]));
    const error = await rejected(expandInputPaths(ws, ['../outside/*.yml']));
    expect(error.message).toContain('inside the workspace');
  });

  it('refuses a glob match that is a symlink pointing out', async () => {
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(ws, 'runs', 'z-link.yml'));
    const error = await rejected(expandInputPaths(ws, ['runs/*.yml']));
    expect(error.problems[0]?.file).toBe('runs/z-link.yml');
  });

  it('counts a file reached through an inside symlink once', async () => {
    fs.symlinkSync('a.yml', path.join(ws, 'runs', 'alias.yml'));
    expect(await expandInputPaths(ws, ['runs/*.yml'])).toEqual([path.join(ws, 'runs/a.yml')]);
  });
});

describe('readTextFileCapped', () => {
  it('reads UTF-8 and drops a BOM', async () => {
    const file = path.join(ws, 'bom.yml');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: café\n', 'utf8')]));
    expect(await readTextFileCapped(file, 'bom.yml', 1024)).toBe('name: café\n');
  });

  it('refuses a file above the cap, stating size and cap in MB', async () => {
    const file = path.join(ws, 'big.csv');
    fs.writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 0x61));
    const error = await rejected(readTextFileCapped(file, 'metrics/big.csv', 2 * 1024 * 1024));
    expect(error.problems[0]).toMatchObject({ file: 'metrics/big.csv', message: 'file is 3 MB, above the 2 MB limit for inputs' });
  });

  it('accepts a file exactly at the cap', async () => {
    const file = path.join(ws, 'exact.txt');
    fs.writeFileSync(file, 'abcd');
    expect(await readTextFileCapped(file, 'exact.txt', 4)).toBe('abcd');
  });

  it('reports invalid UTF-8, UTF-16, missing files and directories as InputErrors', async () => {
    const bad = path.join(ws, 'bad.csv');
    fs.writeFileSync(bad, Buffer.from([0x61, 0xff, 0x62]));
    expect((await rejected(readTextFileCapped(bad, 'bad.csv', 100))).message).toContain('not valid UTF-8');
    const utf16 = path.join(ws, 'u16.csv');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b', 'utf16le')]));
    expect((await rejected(readTextFileCapped(utf16, 'u16.csv', 100))).message).toContain('UTF-16');
    expect((await rejected(readTextFileCapped(path.join(ws, 'nope'), 'nope', 100))).message).toContain('not found');
    await rejected(readTextFileCapped(ws, 'ws', 100));
  });
});
