/**
 * Paths a manifest names (job-metrics files, model and training configs) are relative to the
 * manifest and must stay inside the tree it is read from: a pull request's manifest must not make the
 * action read, or glob through, the runner's disk. One check for every such path, so a reader that
 * may reach further (a local CLI run) changes it in one place.
 */
import path from 'node:path';
import type { InputProblem } from './errors.js';
import type { ParsedManifest } from './manifest/parse.js';
import type { TreeReader } from './tree.js';

/** Whether `rel`, relative to the manifest's directory `dir`, leads outside the tree. */
export function leavesTree(dir: string, rel: string): boolean {
  const joined = path.posix.join(dir, rel);
  return path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || joined === '..' || joined.startsWith('../');
}

export interface ManifestPaths {
  readonly manifest: ParsedManifest;
  readonly index: number;
  /** The run's line, when the field itself cannot be located. */
  readonly runLine: number;
  /** The field holding the paths, e.g. ['metrics'] or ['model', 'config']. */
  readonly field: readonly string[];
  /** What the paths are, for the message: "metrics path", "model config". */
  readonly what: string;
  /** The tree the paths are read from: its label, and whether paths must stay inside it (not the CLI's). */
  readonly tree: Pick<TreeReader, 'label' | 'confined'>;
}

/** One problem per path (a leading `!`, a glob exclusion, is ignored) that leaves the tree. */
export function pathsOutsideTree(where: ManifestPaths, paths: readonly string[]): InputProblem[] {
  if (where.tree.confined === false) return [];
  const dir = path.posix.dirname(where.manifest.file);
  const at = where.manifest.locate(['runs', where.index, ...where.field]);
  return paths
    .filter((p) => leavesTree(dir, p.replace(/^!/, '')))
    .map((p) => ({
      file: where.manifest.file,
      line: at.line ?? where.runLine,
      ...(at.column !== undefined ? { column: at.column } : {}),
      field: `runs[${where.index}].${where.field.join('.')}`,
      message: `${where.what} "${p}" leads outside the ${where.tree.label}`,
      hint: 'give a path relative to the manifest, inside the working directory',
    }));
}
