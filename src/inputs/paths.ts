/**
 * Paths and globs of a manifest (metrics files, ledgers) resolved against the tree: relative to the
 * manifest's directory, expanded, and (in the head) required to match. That they stay inside the
 * tree is checked first, by tree-paths.ts.
 */
import path from 'node:path';
import { InputError } from './errors.js';
import type { TreeReader } from './tree.js';

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

