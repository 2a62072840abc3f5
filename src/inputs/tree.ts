/**
 * Where input files are read from: the workspace (head), or the PR's base commit through git or the
 * REST contents API. The loader reads manifests and committed metrics only through this interface,
 * so head and base are evaluated by the same code.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { InputError, tooLargeError } from './errors.js';
import { FileChunkStream } from './metrics/lines.js';
import { expandInputPaths, readTextFileCapped, resolveInputPath, toPosix } from './workspace.js';

export interface TreeReader {
  /** Shown in messages: "workspace", "base 1a2b3c4". */
  readonly label: string;
  /**
   * Whether paths must stay inside the tree (the default): the action reads a pull request's files.
   * False for the CLI, which reads wherever its user points it (`../other-repo/footprint.yml`).
   */
  readonly confined?: boolean;
  /** Paths (relative to the repository root, forward slashes) matching the patterns; missing ones left out. */
  expand(patterns: readonly string[]): Promise<string[]>;
  /** The file's text, or null when it does not exist in this tree. */
  readText(relPath: string, maxBytes: number): Promise<string | null>;
  /**
   * The file as a byte stream (job-metrics files can be large), or null when absent. Chunks may be
   * reused buffers: a consumer that keeps one past its next read must copy it.
   */
  openStream(relPath: string): Promise<Readable | null>;
}

/** Default cap for manifests and JSON files. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;


export class WorkspaceReader implements TreeReader {
  readonly label = 'workspace';
  readonly confined: boolean;
  constructor(
    readonly root: string,
    opts: { confined?: boolean } = {},
  ) {
    this.confined = opts.confined ?? true;
  }

  private resolve(relPath: string, what: string): string {
    return resolveInputPath(this.root, relPath, what, this.confined);
  }

  async expand(patterns: readonly string[]): Promise<string[]> {
    const found = await expandInputPaths(this.root, [...patterns], { confined: this.confined });
    return found.map((abs) => toPosix(path.relative(this.root, abs)));
  }

  async readText(relPath: string, maxBytes: number): Promise<string | null> {
    const abs = this.resolve(relPath, 'input file');
    try {
      await stat(abs);
    } catch {
      return null;
    }
    return readTextFileCapped(abs, relPath, maxBytes);
  }

  /**
   * A FileChunkStream: read in two reused buffers, so a chunk is valid only until the next is asked
   * for (the metrics parsers copy what they keep); the file is closed when the stream is destroyed.
   */
  async openStream(relPath: string): Promise<Readable | null> {
    const abs = this.resolve(relPath, 'metrics file');
    let size: number | null;
    try {
      const info = await stat(abs);
      size = info.isFile() ? info.size : null;
    } catch {
      return null;
    }
    return new FileChunkStream(abs, size);
  }
}

/** A reader over files already in memory (tests, the REST contents API, artifacts). */
export class MemoryReader implements TreeReader {
  constructor(
    readonly label: string,
    private readonly files: ReadonlyMap<string, string | Buffer>,
  ) {}

  async expand(patterns: readonly string[]): Promise<string[]> {
    const names = [...this.files.keys()];
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    return names
      .filter((n) => include.some((p) => n === p || path.posix.matchesGlob(n, p)))
      .filter((n) => !exclude.some((p) => n === p || path.posix.matchesGlob(n, p)))
      .sort();
  }

  async readText(relPath: string, maxBytes: number): Promise<string | null> {
    const data = this.files.get(relPath);
    if (data === undefined) return null;
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    if (size > maxBytes) throw tooLargeError(relPath, size, maxBytes);
    return (typeof data === 'string' ? data : data.toString('utf8')).replace(/^\uFEFF/, '');
  }

  async openStream(relPath: string): Promise<Readable | null> {
    const data = this.files.get(relPath);
    return data === undefined ? null : Readable.from([Buffer.from(data)]);
  }
}

/**
 * Several trees seen as one, the first having precedence: a downloaded artifact's files over the
 * workspace, so manifests and metrics shipped with an artifact are read as if checked out.
 */
export class OverlayReader implements TreeReader {
  readonly label: string;
  constructor(private readonly layers: readonly TreeReader[]) {
    this.label = layers.map((l) => l.label).join(' + ');
  }

  async expand(patterns: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const layer of this.layers) {
      try {
        for (const f of await layer.expand(patterns)) found.add(f);
      } catch (e) {
        // A pattern may match in one layer only; "nothing matches" is decided over all layers.
        if (!(e instanceof InputError)) throw e;
      }
    }
    return [...found].sort();
  }

  async readText(relPath: string, maxBytes: number): Promise<string | null> {
    for (const layer of this.layers) {
      // Each layer answers null for a file it lacks; a path outside the tree is outside every layer.
      const text = await layer.readText(relPath, maxBytes);
      if (text !== null) return text;
    }
    return null;
  }

  async openStream(relPath: string): Promise<Readable | null> {
    for (const layer of this.layers) {
      const stream = await layer.openStream(relPath);
      if (stream) return stream;
    }
    return null;
  }
}
