/**
 * Paths a manifest names (metrics files, ledgers) are relative to the manifest and come with the pull
 * request: they must not reach out of the tree, not even as a glob that would be expanded (walking
 * the runner's disk) before each match is checked.
 */
import path from 'node:path';
import { InputError } from './errors.js';
import type { TreeReader } from './tree.js';

/** Whether `pattern` (a path or glob, "!" for an exclusion), joined to the manifest's `dir`, leaves the tree. */
export function leavesTree(dir: string, pattern: string): boolean {
  const rel = pattern.replace(/^!/, '');
  const joined = path.posix.join(dir, rel);
  return path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || joined === '..' || joined.startsWith('../');
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

