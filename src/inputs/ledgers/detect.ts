/**
 * Which ledger a file is, from its content: JSON by its structure (sacct --json, a W&B runs dump, a
 * W&B run's metadata or summary, an HF Trainer file), text by its first line (sacct's `|` columns,
 * an MLflow or a W&B CSV header). File names decide nothing, except which files of one run directory
 * belong together.
 */
import path from 'node:path';
import { firstRecord } from '../metrics/csv-records.js';
import { isTrainerOutput, TRAINER_FILES } from './hf-trainer.js';
import { looksLikeMlflow } from './mlflow.js';
import { isSacctJson } from './sacct-json.js';
import type { TreeReader } from '../tree.js';
import type { LedgerFormat } from './types.js';
import { looksLikeWandbCsv, wandbRunsOf } from './wandb.js';
import { isJsonObject } from '../metrics/json-positions.js';

/**
 * A text ledger's format from its first bytes; 'json' when it must be parsed to tell; null when
 * unknown. `whole`: the bytes are the whole file (see firstRecord).
 */
export function detectTextLedger(head: string, delimiter = '|', whole = false): LedgerFormat | 'json' | null {
  const first = firstRecord(head, whole);
  if (first.json) return 'json';
  if (looksLikeMlflow(first.cells)) return 'mlflow';
  if (looksLikeWandbCsv(first.cells)) return 'wandb';
  if (first.line.includes(delimiter)) return 'sacct';
  return null;
}


/** A parsed JSON ledger's format; null when it is none of them. */
export function detectJsonLedger(value: unknown): LedgerFormat | null {
  if (isSacctJson(value)) return 'sacct-json';
  if (wandbRunsOf(value) !== null) return 'wandb-json';
  if (isTrainerOutput(value)) return 'hf-trainer';
  if (isJsonObject(value) && ('gpu_count' in value || 'startedAt' in value || '_runtime' in value || '_wandb' in value)) return 'wandb-run';
  return null;
}

const WANDB_FILES = ['wandb-metadata.json', 'wandb-summary.json'] as const;

/**
 * The run a Trainer or W&B run-directory file belongs to: its directory and the part of the name
 * before the standard file name (empty for files named as the tools name them), and the sibling paths.
 */
export function runFiles(file: string, format: 'hf-trainer' | 'wandb-run'): { key: string; name: string; siblings: readonly string[] } {
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  const names: readonly string[] = format === 'hf-trainer' ? TRAINER_FILES : WANDB_FILES;
  const own = names.find((n) => base.endsWith(n));
  if (own === undefined) return { key: file, name: base.replace(/\.json$/, ''), siblings: [file] };
  const prefix = base.slice(0, base.length - own.length);
  const key = path.posix.join(dir, prefix);
  // A W&B run directory is wandb/run-YYYYMMDD_HHMMSS-<id>/files/: name the run after it.
  const wandbRun = /(?:offline-)?run-\d{8}_\d{6}-[a-z0-9]+/.exec(`${dir}/${prefix}`)?.[0];
  const trimmed = prefix.replace(/[_\-.]+$/, '');
  const name = wandbRun ?? (trimmed || path.posix.basename(dir === '.' ? '' : dir) || own.replace(/\.json$/, ''));
  return { key, name, siblings: names.map((n) => path.posix.join(dir, prefix + n)) };
}

/**
 * Whether a file is a ledger rather than job metrics (for an artifact's files, which are sniffed):
 * text by its first line, JSON by its structure.
 */
export async function isLedgerFile(reader: TreeReader, file: string, head: string): Promise<boolean> {
  const format = detectTextLedger(head);
  if (format !== 'json') return format !== null;
  const text = await reader.readText(file, MAX_SNIFFED_JSON_BYTES).catch(() => null);
  if (text === null) return false;
  try {
    return detectJsonLedger(JSON.parse(text)) !== null;
  } catch {
    return false;
  }
}

/** JSON files above this size are not parsed to tell ledgers from metrics (metrics JSON are small). */
const MAX_SNIFFED_JSON_BYTES = 64 * 1024 * 1024;
