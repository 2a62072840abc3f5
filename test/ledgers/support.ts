/** Loading ledgers the way the action and the CLI do (loadState over an in-memory tree), for tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadState, type LoadedState } from '../../src/inputs/load.js';
import { Readable } from 'node:stream';
import { MemoryReader, OverlayReader, WorkspaceReader, type TreeReader } from '../../src/inputs/tree.js';
import { realData } from '../support/real-data.js';
import type { Anatomy } from '../../src/model/anatomy.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ledgers');

/** One of the project's own ledger fixtures (test/fixtures/ledgers). */
export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export interface LoadOpts {
  ledgers?: string[];
  manifests?: string[];
  /** Read as the base tree: patterns that match nothing are absent files, not errors. */
  base?: boolean;
  /** Stream files in chunks of this many bytes (a line then spans several chunks). */
  chunkBytes?: number;
}

/** A MemoryReader whose streams come in small chunks. */
function chunked(reader: MemoryReader, size: number): TreeReader {
  return {
    label: reader.label,
    expand: (p) => reader.expand(p),
    readText: (p, max) => reader.readText(p, max),
    openStream: async (p) => {
      const text = await reader.readText(p, Number.MAX_SAFE_INTEGER);
      if (text === null) return null;
      const bytes = Buffer.from(text);
      return Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));
    },
  };
}

/** Loads `footprint.yml` (and `ledgers`, read as the action input) from the given files. */
export async function load(files: Record<string, string | Buffer>, opts: LoadOpts = {}): Promise<LoadedState> {
  const memory = new MemoryReader('workspace', new Map(Object.entries(files)));
  const reader = opts.chunkBytes ? chunked(memory, opts.chunkBytes) : memory;
  return loadState(reader, {
    manifests: opts.manifests ?? (files['footprint.yml'] !== undefined ? ['footprint.yml'] : []),
    ledgers: opts.ledgers ?? [],
    requireMatches: !opts.base,
  });
}

export async function anatomyOf(files: Record<string, string | Buffer>, opts: LoadOpts = {}): Promise<Anatomy> {
  const state = await load(files, opts);
  if (!state.report.anatomy) throw new Error('no anatomy');
  return state.report.anatomy;
}

/** Every file's jobs read are its counted plus its skipped jobs; and so are the totals. */
export function expectReconciled(a: Anatomy, expect: (v: unknown) => { toBe(x: unknown): void }): void {
  for (const f of a.files) {
    expect(f.jobsRead).toBe(f.counted + f.skipped.reduce((s, x) => s + x.jobs, 0));
  }
  expect(a.jobs.read).toBe(a.jobs.counted + a.skipped.reduce((s, x) => s + x.jobs, 0));
  expect(a.jobs.counted).toBe(a.totals.jobs);
}

/**
 * Loads a manifest given in memory over a real-data folder read in place (../shared/real-data/<folder>):
 * the manifest's paths are relative to that folder.
 */
export async function loadOverRealData(folder: string, manifest: string): Promise<LoadedState> {
  const reader = new OverlayReader([new MemoryReader('manifest', new Map([['footprint.yml', manifest]])), new WorkspaceReader(realData(folder))]);
  return loadState(reader, { manifests: ['footprint.yml'] });
}

/** The manifest of the cluster.sacct.txt fixture: a final run, a TIMEOUT chain claimed by a state rule, a sweep, a partition → GPU rule. */
export const CLUSTER_MANIFEST = `version: 1
defaults: { region: FR, pue: 1.2 }
ledgers:
  - path: ledgers/*.sacct.txt
rules:
  - { name: pretrain-final, component: lm, phase: pretraining, status: final }
  - { name: timeout-chain, state: TIMEOUT, component: lm, phase: pretraining, status: final }
  - { name: sweep, component: lm, phase: experiment, status: ablation }
  - { partition: gpu, gpu: a100-80gb-sxm }
`;
