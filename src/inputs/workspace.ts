/**
 * Path safety shared by every input adapter: user-given paths and globs must stay inside the workspace,
 * symlinks included, and input files are read with a size cap.
 */

import fs from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';

const MAX_SYMLINK_HOPS = 40;
const GLOB_MAGIC = /[*?[\]{}]/;

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** True when `candidate` is `root` itself or below it (both absolute, already normalised). */
export function isPathInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The real location of an absolute path that may not exist (yet): symlinks in the longest existing prefix
 * are resolved with `fs.realpathSync.native`, the missing rest is appended as is. A dangling symlink is
 * followed through its target, so `link -> /elsewhere/missing` resolves to `/elsewhere/missing`.
 * Throws `{ code: 'ELOOP' }` errors for symlink loops; other unexpected fs errors propagate.
 */
export function realPathOf(absolutePath: string): string {
  let current = path.resolve(absolutePath);
  const tail: string[] = [];
  for (let hops = 0; ; ) {
    try {
      const real = fs.realpathSync.native(current);
      return tail.length === 0 ? real : path.join(real, ...tail);
    } catch (error) {
      const code = errnoCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
    // `current` does not exist (or is under a non-directory). A dangling symlink still points somewhere.
    let link: string | undefined;
    try {
      if (fs.lstatSync(current).isSymbolicLink()) link = fs.readlinkSync(current);
    } catch {
      // missing: keep walking up
    }
    const parent = path.dirname(current);
    if (link !== undefined) {
      if (++hops > MAX_SYMLINK_HOPS) throw Object.assign(new Error(`too many symlinks at ${current}`), { code: 'ELOOP' });
      current = path.resolve(parent, link);
      continue;
    }
    if (parent === current) return path.join(current, ...tail); // reached the root
    tail.unshift(path.basename(current));
    current = parent;
  }
}

/**
 * Resolves a user-given relative (to the workspace) or absolute path and makes sure that it, after
 * following symlinks, stays inside the workspace. Returns the absolute path expressed under `workspace`
 * as given (symlinks inside the workspace resolved), so `path.relative(workspace, result)` is a clean
 * display name. Throws an `InputError` (file = `userPath`) when the path escapes: `..` segments, absolute
 * paths elsewhere, symlinks pointing out (also dangling ones).
 */
export function resolveInsideWorkspace(workspace: string, userPath: string, what: string): string {
  const wsAbs = path.resolve(workspace);
  let wsReal: string;
  try {
    wsReal = fs.realpathSync.native(wsAbs);
  } catch {
    throw InputError.single({ file: workspace, message: `workspace directory ${wsAbs} does not exist` });
  }
  refuseNul(userPath, what);
  const lexical = path.resolve(wsAbs, userPath);
  let real: string;
  try {
    real = realPathOf(lexical);
  } catch (error) {
    if (errnoCode(error) === 'ELOOP') {
      throw InputError.single({ file: userPath, message: `${what} path has a symlink loop` });
    }
    throw error;
  }
  if (!isPathInside(wsReal, real)) {
    const via = isPathInside(wsAbs, lexical) ? ` (a symlink points to ${real})` : '';
    throw InputError.single({
      file: userPath,
      message: `${what} must be inside the workspace ${wsAbs}${via}`,
    });
  }
  return path.join(wsAbs, path.relative(wsReal, real));
}

function refuseNul(userPath: string, what: string): void {
  if (userPath.includes('\0')) throw InputError.single({ file: userPath, message: `${what} path contains a NUL character` });
}

/**
 * Every user-given path of a workspace tree resolves here. Confined (the action reads a pull request's
 * files): it must stay inside the workspace, symlinks included (`resolveInsideWorkspace`). Unconfined
 * (the CLI, which reads where its user points it, e.g. ../other-repo/footprint.yml): anywhere.
 */
export function resolveInputPath(workspace: string, userPath: string, what: string, confined: boolean): string {
  if (confined) return resolveInsideWorkspace(workspace, userPath, what);
  refuseNul(userPath, what);
  return path.resolve(workspace, userPath);
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isExcluded(relPosix: string, excludes: readonly string[]): boolean {
  return excludes.some((pattern) => {
    const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    return path.posix.matchesGlob(relPosix, p) || relPosix.startsWith(`${p}/`);
  });
}

/**
 * Expands input paths and globs (`*`, `**`, `?`, `[...]`, `{a,b}`; relative to the workspace, via Node's
 * `fs.promises.glob`) to the absolute paths of the files they match, sorted and de-duplicated (two names
 * for one file count once). Every match is checked with `resolveInputPath`. Entries starting with `!`
 * exclude (a glob or a directory, relative to the workspace) from all the other entries; blank entries are
 * ignored. A literal path that does not exist, a glob that matches no file, or exclusions that leave
 * nothing are `InputError`s. `confined: false` lets paths leave the workspace (the CLI reads where it is pointed).
 */
export async function expandInputPaths(workspace: string, patterns: string[], opts: { confined?: boolean } = {}): Promise<string[]> {
  const wsAbs = path.resolve(workspace);
  const resolve = (p: string) => resolveInputPath(wsAbs, p, 'input file', opts.confined !== false);
  const includes: string[] = [];
  const excludes: string[] = [];
  for (const raw of patterns) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('!')) {
      const excluded = line.slice(1).trim();
      if (excluded !== '') excludes.push(toPosix(path.isAbsolute(excluded) ? path.relative(wsAbs, excluded) : excluded));
    } else {
      includes.push(line);
    }
  }

  const found = new Set<string>();
  for (const pattern of includes) {
    if (!GLOB_MAGIC.test(pattern)) {
      const resolved = resolve(pattern);
      let stat: fs.Stats;
      try {
        stat = await fs.promises.stat(resolved);
      } catch {
        throw InputError.single({ file: pattern, message: `input file not found (looked in ${wsAbs})` });
      }
      if (!stat.isFile()) {
        throw InputError.single({
          file: pattern,
          message: 'input path is not a regular file',
          hint: stat.isDirectory() ? `use a glob such as ${toPosix(path.join(pattern, '**', '*.yml'))}` : undefined,
        });
      }
      found.add(resolved);
      continue;
    }

    let matched = 0;
    for await (const match of fs.promises.glob(toPosix(pattern), { cwd: wsAbs })) {
      const resolved = resolve(match);
      const stat = await fs.promises.stat(resolved).catch(() => undefined);
      if (!stat?.isFile()) continue; // directories matched by the glob, dangling links
      matched += 1;
      found.add(resolved);
    }
    if (matched === 0) {
      throw InputError.single({ file: pattern, message: `the pattern "${pattern}" matched no files in ${wsAbs}` });
    }
  }

  const result = [...found].filter((p) => !isExcluded(toPosix(path.relative(wsAbs, p)), excludes)).sort();
  if (found.size > 0 && result.length === 0) {
    throw InputError.single({
      file: includes.join(', '),
      message: `all ${found.size} matching files are excluded by ${excludes.map((e) => `!${e}`).join(', ')}`,
    });
  }
  return result;
}

const MB = 1024 * 1024;

function formatMb(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * Reads a text input of at most `maxBytes` bytes as UTF-8 (a byte-order mark is dropped). The size is
 * checked before reading and again while reading (the file may grow). `displayName` names the file in errors.
 */
export async function readTextFileCapped(filePath: string, displayName: string, maxBytes: number): Promise<string> {
  const tooBig = (size: number): InputError =>
    InputError.single({
      file: displayName,
      message: `file is ${formatMb(size)}, above the ${formatMb(maxBytes)} limit for inputs`,
    });
  const unreadable = (error: unknown): InputError => {
    const code = errnoCode(error);
    const message = code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`;
    return InputError.single({ file: displayName, message });
  };
  // stat before open: opening a FIFO or device could block or stream forever.
  const before = await fs.promises.stat(filePath).catch((error: unknown) => {
    throw unreadable(error);
  });
  if (!before.isFile()) {
    throw InputError.single({ file: displayName, message: before.isDirectory() ? 'is a directory, not a file' : 'is not a regular file' });
  }
  if (before.size > maxBytes) throw tooBig(before.size);

  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(filePath, 'r');
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stat = await handle.stat(); // the file opened may differ from the one stat'ed (replaced meanwhile)
    if (!stat.isFile()) throw InputError.single({ file: displayName, message: 'is not a regular file' });
    if (stat.size > maxBytes) throw tooBig(stat.size);

    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(stat.size - length, 64 * 1024), maxBytes - length + 1));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooBig(length); // grew past the cap since stat
      chunks.push(chunk.subarray(0, bytesRead));
    }
    const bytes = Buffer.concat(chunks, length);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw InputError.single({ file: displayName, message: 'file is UTF-16 encoded', hint: 'save it as UTF-8' });
    }
    try {
      // TextDecoder drops a leading UTF-8 BOM by default (ignoreBOM: false).
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw InputError.single({ file: displayName, message: 'file is not valid UTF-8 text' });
    }
  } finally {
    await handle.close();
  }
}
