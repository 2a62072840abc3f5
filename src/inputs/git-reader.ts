/** Reads the PR's base commit from the local clone with git, when that commit is present. */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { tooLargeError } from './errors.js';
import type { TreeReader } from './tree.js';

const run = promisify(execFile);

export class GitReader implements TreeReader {
  readonly label: string;
  private files: Promise<string[]> | undefined;

  constructor(
    private readonly repoDir: string,
    private readonly sha: string,
  ) {
    this.label = `base commit ${sha.slice(0, 7)}`;
  }

  /** True when the commit is in the local clone (a default shallow checkout does not have it). */
  static async hasCommit(repoDir: string, sha: string): Promise<boolean> {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
    try {
      await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir });
      return true;
    } catch {
      return false;
    }
  }

  private list(): Promise<string[]> {
    this.files ??= run('git', ['ls-tree', '-r', '-z', '--name-only', this.sha], { cwd: this.repoDir, maxBuffer: 256 * 1024 * 1024 }).then(
      ({ stdout }) => stdout.split('\0').filter(Boolean),
    );
    return this.files;
  }

  async expand(patterns: readonly string[]): Promise<string[]> {
    const files = await this.list();
    const include = patterns.filter((p) => !p.startsWith('!')).map((p) => path.posix.normalize(p));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => path.posix.normalize(p.slice(1)));
    const hit = (f: string, p: string) => f === p || path.posix.matchesGlob(f, p);
    return files.filter((f) => include.some((p) => hit(f, p)) && !exclude.some((p) => hit(f, p))).sort();
  }

  /** `sha:./path`: relative to repoDir, like ls-tree's listing (a bare `sha:path` is from the repository root). */
  private object(relPath: string): string {
    return `${this.sha}:./${relPath}`;
  }

  async readText(relPath: string, maxBytes: number): Promise<string | null> {
    if (!(await this.list()).includes(relPath)) return null;
    const { stdout: size } = await run('git', ['cat-file', '-s', this.object(relPath)], { cwd: this.repoDir });
    if (Number(size) > maxBytes) {
      throw tooLargeError(relPath, Number(size), maxBytes, this.label);
    }
    const { stdout } = await run('git', ['show', this.object(relPath)], { cwd: this.repoDir, maxBuffer: maxBytes + 1024, encoding: 'utf8' });
    return stdout.replace(/^\uFEFF/, '');
  }

  async openStream(relPath: string): Promise<Readable | null> {
    if (!(await this.list()).includes(relPath)) return null;
    const child = spawn('git', ['show', this.object(relPath)], { cwd: this.repoDir, stdio: ['ignore', 'pipe', 'ignore'] });
    return child.stdout;
  }
}
