/**
 * Paths and globs a manifest names (job-metrics files, model and training configs, ledgers): relative
 * to the manifest, they must stay inside the tree it is read from (a pull request's manifest must not
 * make the action read, or glob through, the runner's disk), then are expanded and, in the head,
 * required to match. One check for every such path, so a reader that may reach further (a local CLI
 * run) changes it in one place.
 */
import path from 'node:path';
import { fieldProblem, InputError, type InputProblem, type Locate } from './errors.js';
import type { TreeReader } from './tree.js';

/** Whether `rel`, relative to the manifest's directory `dir`, leads outside the tree. */
export function leavesTree(dir: string, rel: string): boolean {
  const joined = path.posix.join(dir, rel);
  return path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || joined === '..' || joined.startsWith('../') || parentInBraces(rel);
}

/**
 * Whether a `..` component sits inside a brace group (`{..,x}/*`): path.join takes the group for a
 * plain name, the glob expands it into `../*`.
 */
function parentInBraces(pattern: string): boolean {
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= pattern.length; i++) {
    const c = pattern[i];
    if (i < pattern.length && c !== '{' && c !== '}' && c !== ',' && c !== '/') continue;
    if (depth > 0 && pattern.slice(start, i) === '..') return true;
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    start = i + 1;
  }
  return false;
}

export interface ManifestPaths {
  readonly manifest: { readonly file: string; readonly locate: Locate };
  /** The field holding the paths, e.g. ['runs', 0, 'metrics'] or ['ledgers', 2]. */
  readonly field: readonly (string | number)[];
  /** The line of the run or entry, when the field itself cannot be located. */
  readonly line: number;
  /** What the paths are, for the message: "metrics path", "model config". */
  readonly what: string;
  /** The tree the paths are read from: its label, and whether paths must stay inside it (not the CLI's). */
  readonly tree: Pick<TreeReader, 'label' | 'confined'>;
}

/** One problem per path (a leading `!`, a glob exclusion, is ignored) that leaves the tree. */
export function pathsOutsideTree(where: ManifestPaths, paths: readonly string[]): InputProblem[] {
  if (where.tree.confined === false) return [];
  const dir = path.posix.dirname(where.manifest.file);
  return paths
    .filter((p) => leavesTree(dir, p.replace(/^!/, '')))
    .map((p) =>
      fieldProblem(where.manifest, where.field, where.line, {
        message: `${where.what} "${p}" leads outside the ${where.tree.label}`,
        hint: 'give a path relative to the manifest, inside the working directory',
      }),
    );
}

/** `pattern` relative to the manifest's `dir` as a pattern from the tree root, keeping a leading "!". */
export function fromManifestDir(dir: string, pattern: string): string {
  return pattern.startsWith('!') ? `!${path.posix.join(dir, pattern.slice(1))}` : path.posix.join(dir, pattern);
}

/** The files matching `patterns`; with `required`, a pattern list that matches nothing is an error (head), else absent (base). */
export async function expandPatterns(reader: TreeReader, patterns: readonly string[], required: boolean): Promise<string[]> {
  if (!patterns.length) return [];
  if (required) {
    const found = await reader.expand(patterns);
    if (!found.length) {
      throw InputError.single({ file: patterns.join(', '), message: `no file in the ${reader.label} matches` });
    }
    return found;
  }
  try {
    return await reader.expand(patterns);
  } catch (e) {
    // In the base tree a missing manifest is a new manifest, not an error.
    if (e instanceof InputError) return [];
    throw e;
  }
}
