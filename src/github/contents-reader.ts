/**
 * Reads the PR's base commit through the REST API (the default checkout is shallow and has no base
 * commit): globs are matched against the commit's tree, files read through the contents API.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { tooLargeError } from '../inputs/errors.js';
import type { TreeReader } from '../inputs/tree.js';
import type { GitHubClient } from './client.js';

export class ContentsApiReader implements TreeReader {
  readonly label: string;
  private readonly cache = new Map<string, Promise<Buffer | null>>();
  private listing: Promise<string[] | null> | undefined;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly ref: string,
    /** Paths the head tree has; globs are matched against them. */
    private readonly candidates: readonly string[],
  ) {
    this.label = `base commit ${ref.slice(0, 7)}`;
  }

  private fetch(relPath: string): Promise<Buffer | null> {
    let pending = this.cache.get(relPath);
    if (!pending) {
      pending = this.octokit.rest.repos
        .getContent({ owner: this.owner, repo: this.repo, path: relPath, ref: this.ref, mediaType: { format: 'raw' } })
        .then((res) => Buffer.from(res.data as unknown as string | ArrayBuffer as string))
        .catch((e: { status?: number }) => {
          if (e.status === 404) return null;
          throw e;
        });
      this.cache.set(relPath, pending);
    }
    return pending;
  }

  /** Every file path of the base commit (one request), or null when the API cannot list it whole. */
  private tree(): Promise<string[] | null> {
    this.listing ??= this.octokit.rest.git
      .getTree({ owner: this.owner, repo: this.repo, tree_sha: this.ref, recursive: 'true' })
      .then(({ data }) => (data.truncated ? null : data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path!)))
      .catch(() => null);
    return this.listing;
  }

  async expand(patterns: readonly string[]): Promise<string[]> {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const hit = (f: string, p: string) => f === p || path.posix.matchesGlob(f, p);
    const literal = include.filter((p) => !/[*?{[]/.test(p));
    // Globs are matched against the base tree, so manifests removed or moved in the PR are found;
    // without a listing (huge repository), against the head's files.
    const globbing = literal.length < include.length;
    const files = (globbing ? await this.tree() : null) ?? this.candidates;
    const names = new Set([...literal, ...files.filter((f) => include.some((p) => hit(f, p)))]);
    const present: string[] = [];
    for (const n of [...names].filter((f) => !exclude.some((p) => hit(f, p))).sort()) {
      if ((await this.fetch(n)) !== null) present.push(n);
    }
    return present;
  }

  async readText(relPath: string, maxBytes: number): Promise<string | null> {
    const data = await this.fetch(relPath);
    if (data === null) return null;
    if (data.length > maxBytes) {
      throw tooLargeError(relPath, data.length, maxBytes, this.label);
    }
    return data.toString('utf8').replace(/^\uFEFF/, '');
  }

  async openStream(relPath: string): Promise<Readable | null> {
    const data = await this.fetch(relPath);
    return data === null ? null : Readable.from([data]);
  }
}
