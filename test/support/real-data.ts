/**
 * The real third-party files handed to the project in ../shared/real-data (CodeCarbon, nvidia-smi,
 * sacct, MLflow, W&B, HF Trainer, training and model configs). Tests read them in place: they are
 * never copied into the project. CI clones the project with ../shared beside it, so a missing folder
 * is an error, not a reason to skip.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of ../shared/real-data/<parts...>; throws when the shared folder is not there. */
export function realData(...parts: string[]): string {
  const base = process.env.FOOTPRINT_REAL_DATA ?? path.resolve(ROOT, '..', 'shared', 'real-data');
  if (!existsSync(base)) {
    throw new Error(`the shared real-data folder is missing: expected ${base} (clone the project with ../shared beside it, or set FOOTPRINT_REAL_DATA)`);
  }
  return path.join(base, ...parts);
}

/** The files of one real-data folder (not SOURCES.md), sorted, as absolute paths. */
export function realDataFiles(folder: string, filter: (name: string) => boolean = () => true): string[] {
  const dir = realData(folder);
  return readdirSync(dir)
    .filter((n) => n !== 'SOURCES.md' && filter(n))
    .sort()
    .map((n) => path.join(dir, n));
}
