/**
 * Ledgers: the records a lab already keeps (Slurm accounting, MLflow, W&B, HF Trainer outputs), read
 * from a tree (workspace, base commit, artifact) job by job, classified by the manifest's rules and
 * aggregated into groups. Each group becomes a run resolved by the same core as a manifest run, so
 * energy, emissions, water, budgets, the lifecycle split, JSON and diffs work unchanged; the anatomy
 * (src/model/anatomy.ts) keeps what only a ledger can tell: jobs, months, largest jobs, reconciliation.
 */
import path from 'node:path';
import type { EnergyScope } from '../../core/footprint.js';
import { buildAnatomy, groupProvenance, type Anatomy } from '../../model/anatomy.js';
import { resolveRun, type ResolvedRun } from '../../model/resolve.js';
import { fieldProblem, formatProblem, InputError, type InputProblem } from '../errors.js';
import type { FileNote } from '../load.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { LedgerEntry, ManifestRun, RunDefaults } from '../manifest/schema.js';
import { parseIsoTimeMs } from '../metrics/bytes.js';
import { parseJson } from '../metrics/json-positions.js';
import { peekSource } from '../metrics/peek.js';
import { expandPatterns, fromManifestDir, pathsOutsideTree } from '../paths.js';
import type { TreeReader } from '../tree.js';
import { LedgerAccumulator, type LedgerContext, type LedgerFileStats, type LedgerGroup } from './accumulate.js';
import { detectJsonLedger, detectTextLedger, runFiles } from './detect.js';
import { readTrainerRun } from './hf-trainer.js';
import { readMlflowCsv } from './mlflow.js';
import { RuleSet } from './rules.js';
import { readSacctJson } from './sacct-json.js';
import { readDelimitedLedger } from './sacct-text.js';
import type { LedgerFormat, LedgerSink } from './types.js';
import { readWandbCsv, readWandbJson, readWandbRun, wandbRunsOf } from './wandb.js';

/** JSON ledgers are read whole up to this size; text (sacct, MLflow and W&B CSV) is streamed, whatever its size. */
export const MAX_LEDGER_JSON_BYTES = 256 * 1024 * 1024;
const SNIFF_BYTES = 4096;
/** Ledger warnings passed on as notes, at most. */
const MAX_NOTES = 20;

export interface LedgerOptions {
  /** Ledgers given outside a manifest (action input, CLI flag), relative to the tree root. */
  readonly extra?: readonly string[];
  /** Whether a ledger pattern that matches nothing is an error (head) or an absent file (base). */
  readonly required: boolean;
}

export interface LoadedLedgers {
  readonly runs: readonly ResolvedRun[];
  readonly anatomy: Anatomy | null;
  /** Warnings and malformed lines, by file (bounded), for annotations and the comment. */
  readonly notes: readonly FileNote[];
}

interface Planned {
  readonly context: LedgerContext;
  readonly patterns: readonly string[];
  /** Where the entry is, for "matches nothing". */
  readonly where: InputProblem;
}

function entryOf(raw: string | LedgerEntry): LedgerEntry {
  return typeof raw === 'string' ? { path: raw, format: 'auto' } : raw;
}

function contextOf(manifest: string, line: number, entry: LedgerEntry, rules: RuleSet, defaults: RunDefaults | undefined): LedgerContext {
  const energyScope: EnergyScope | 'none' = entry.energyScope ?? 'server';
  return {
    manifest,
    line,
    entry,
    rules,
    defaultGpu: defaults?.hardware?.gpu,
    energyScope,
    // a local time is read as UTC, as the ledgers' own times are
    asOfMs: entry.asOf === undefined ? Number.NaN : parseIsoTimeMs(entry.asOf),
    siteKey: [manifest, entry.region ?? '', entry.provider ?? '', energyScope].join('\u0001'),
  };
}

/** Every ledger entry of the manifests (and the extra ledgers, read as if listed in the first manifest). */
function plan(manifests: readonly ParsedManifest[], extra: readonly string[], tree: Pick<TreeReader, 'label' | 'confined'>, problems: InputProblem[]): Planned[] {
  const planned: Planned[] = [];
  const rulesOf = new Map<ParsedManifest, RuleSet>();
  const ruleSet = (p: ParsedManifest | undefined) => {
    if (!p) return new RuleSet([]);
    let r = rulesOf.get(p);
    if (!r) rulesOf.set(p, (r = new RuleSet(p.manifest.rules ?? [])));
    return r;
  };
  for (const p of manifests) {
    const dir = path.posix.dirname(p.file);
    (p.manifest.ledgers ?? []).forEach((raw, i) => {
      const entry = entryOf(raw);
      const paths = typeof entry.path === 'string' ? [entry.path] : entry.path;
      const outside = pathsOutsideTree({ manifest: p, field: ['ledgers', i], line: 1, what: 'ledger path', tree }, paths);
      if (outside.length) {
        problems.push(...outside);
        return;
      }
      const where = fieldProblem(p, ['ledgers', i], 1, { message: '' });
      planned.push({
        context: contextOf(p.file, where.line!, entry, ruleSet(p), p.manifest.defaults),
        patterns: paths.map((m) => fromManifestDir(dir, m)),
        where,
      });
    });
  }
  if (extra.length) {
    const first = manifests[0];
    const entry: LedgerEntry = { path: [...extra], format: 'auto' };
    planned.push({
      context: contextOf(first?.file ?? '', 1, entry, ruleSet(first), first?.manifest.defaults),
      patterns: extra,
      where: { file: extra.join(', '), message: '' },
    });
  }
  return planned;
}

function unrecognised(file: string, detail: string): InputError {
  return InputError.single({
    file,
    line: 1,
    message: `not a recognised ledger (${detail})`,
    hint: 'expected sacct -P text (with a header, or `columns:` in the manifest), sacct --json, an MLflow or W&B CSV export, a W&B runs JSON dump or run metadata, or HF Trainer outputs; or set `format:`',
  });
}

async function readJson(reader: TreeReader, file: string): Promise<unknown> {
  const text = await reader.readText(file, MAX_LEDGER_JSON_BYTES);
  return text === null ? null : parseJson(text, file);
}

type Open = (format: LedgerFormat) => LedgerSink & { end(records: number): void };

/** Reads one ledger file into the accumulator (through `open`, once its format is known). */
async function readLedgerFile(reader: TreeReader, file: string, context: LedgerContext, open: Open, runsRead: Set<string>): Promise<void> {
  const entry = context.entry;
  const stream = await reader.openStream(file);
  if (!stream) throw InputError.single({ file, message: `ledger not found in the ${reader.label}` });
  const { head, whole, replay, release } = await peekSource(stream, SNIFF_BYTES);
  try {
    let format: LedgerFormat | 'json' | null = entry.format === 'auto' ? detectTextLedger(head, entry.delimiter ?? '|', whole) : entry.format;
    if (format === null && entry.columns) format = 'sacct';
    if (format === null) throw head.trim() === '' ? InputError.single({ file, message: 'empty ledger' }) : unrecognised(file, 'its first line is neither delimited nor a known CSV header');
    if (format === 'sacct') {
      const sink = open('sacct');
      const options = { delimiter: entry.delimiter, columns: entry.columns, fields: entry.fields, needed: context.rules.uses };
      sink.end(await readDelimitedLedger(replay(), file, options, sink));
      return;
    }
    if (format === 'mlflow' || format === 'wandb') {
      const sink = open(format);
      sink.end(await (format === 'mlflow' ? readMlflowCsv : readWandbCsv)(replay(), file, sink));
      return;
    }
    await release();
    const value = await readJson(reader, file);
    if (format === 'json') format = detectJsonLedger(value);
    if (format === null) throw unrecognised(file, 'a JSON file that is no known ledger');
    if (format === 'sacct-json') {
      const sink = open(format);
      if (!value || typeof value !== 'object' || !Array.isArray((value as { jobs?: unknown }).jobs)) throw unrecognised(file, 'no `jobs` list');
      sink.end(readSacctJson(value as { jobs: unknown[] }, file, sink));
    } else if (format === 'wandb-json') {
      const runs = wandbRunsOf(value);
      if (runs === null) throw unrecognised(file, 'not a list of W&B runs');
      const sink = open(format);
      sink.end(readWandbJson(runs, file, sink));
    } else if (format === 'hf-trainer' || format === 'wandb-run') {
      // One run per directory: its files are read together, whichever of them the pattern matched.
      const run = runFiles(file, format);
      if (runsRead.has(run.key)) return;
      runsRead.add(run.key);
      // A sibling that cannot be read is left out, saying so (the run may still have its figures).
      const unreadable: InputProblem[] = [];
      const sibling = (s: string) =>
        readJson(reader, s).catch((e: unknown) => {
          if (!(e instanceof InputError)) throw e;
          unreadable.push(...e.problems);
          return null;
        });
      const siblings = await Promise.all(run.siblings.map((s) => (s === file ? value : sibling(s))));
      const sink = open(format);
      for (const p of unreadable) sink.warn(`${formatProblem(p)} (left out: the run is read from its other files)`);
      if (format === 'hf-trainer') {
        const [state, ...results] = siblings;
        sink.end(readTrainerRun({ state, results: results.filter((r) => r !== null) }, run.name, sink));
      } else {
        sink.end(readWandbRun(siblings[0], siblings[1], run.name, sink));
      }
    } else {
      throw unrecognised(file, `a JSON file where ${format} text was expected`);
    }
  } finally {
    await release();
  }
}

/** The run a group of jobs stands for: measured GPU-hours (and energy when metered) at the manifest's site. */
function groupRun(g: LedgerGroup, defaults: RunDefaults | undefined, idPrefix: string): ManifestRun {
  const d = defaults ?? {};
  const e = g.context.entry;
  const site = e.region ?? e.provider;
  const id = `${idPrefix}ledger:${g.component}/${g.phase}/${g.status}/${g.gpu}${g.metered ? '/metered' : ''}${site ? `@${site}` : ''}`;
  const run: ManifestRun = {
    id,
    name: id,
    kind: 'training',
    phase: g.phase,
    status: g.status,
    component: g.component,
    tags: ['ledger'],
    hardware: { ...d.hardware, gpu: g.gpu },
    gpuHours: g.gpuSeconds / 3600,
  };
  if (g.metered && g.context.energyScope !== 'none') Object.assign(run, { energyKwh: g.energyJ / 3.6e6, energyScope: g.context.energyScope });
  for (const k of ['region', 'provider', 'pue', 'gridIntensity', 'wue', 'electricityWater'] as const) {
    const v = k === 'region' ? (e.region ?? d.region) : k === 'provider' ? (e.provider ?? d.provider) : d[k];
    if (v !== undefined) Object.assign(run, { [k]: v });
  }
  if (run.hardware) delete run.hardware.count;
  return run;
}

/**
 * Reads every ledger of the manifests (and `extra`), classifies their jobs and resolves each group
 * into a run. Throws one InputError with every problem found (files that cannot be read, paths that
 * leave the tree, patterns that match nothing in the head).
 */
export async function loadLedgers(reader: TreeReader, manifests: readonly ParsedManifest[], options: LedgerOptions): Promise<LoadedLedgers> {
  const problems: InputProblem[] = [];
  const planned = plan(manifests, options.extra ?? [], reader, problems);
  if (!planned.length) {
    if (problems.length) throw new InputError(problems);
    return { runs: [], anatomy: null, notes: [] };
  }
  const accumulator = new LedgerAccumulator();
  const read = new Set<string>();
  const runsRead = new Set<string>();
  for (const p of planned) {
    let files: string[];
    try {
      files = await expandPatterns(reader, p.patterns, options.required);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push({ ...p.where, message: `no ledger in the ${reader.label} matches ${p.patterns.join(', ')}` });
      continue;
    }
    for (const file of files) {
      // A file matched by several entries is read once, with the first entry's settings.
      if (read.has(file)) continue;
      read.add(file);
      try {
        await readLedgerFile(reader, file, p.context, (format) => accumulator.openFile(file, format, p.context), runsRead);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems.push(...e.problems);
      }
    }
  }
  if (problems.length) throw new InputError(problems);

  const account = accumulator.finish();
  const defaultsOf = new Map(manifests.map((m) => [m.file, m.manifest.defaults]));
  const withGroups = new Set(account.groups.map((g) => g.context.manifest));
  const runs = new Map<string, ResolvedRun>();
  for (const g of account.groups) {
    const manifest = g.context.manifest;
    const run = groupRun(g, defaultsOf.get(manifest), withGroups.size > 1 ? `${manifest}:` : '');
    try {
      runs.set(g.key, resolveRun(run, { file: manifest, line: g.context.line, index: -1, provenance: groupProvenance(g) }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(
        ...e.problems.map((p) => ({ ...p, field: `ledgers (${run.id})${p.field ? `: ${p.field.replace(/^runs\[-1\]\.?/, '')}` : ''}` })),
      );
    }
  }
  if (problems.length) throw new InputError(problems);
  const anatomy = buildAnatomy(account, runs);
  const notes = account.files.flatMap(fileNotes);
  // Each note becomes an annotation and a line of the comment: a bounded number of them.
  const shown = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), { file: notes[MAX_NOTES - 1]!.file, message: `… ${notes.length - MAX_NOTES + 1} more ledger warnings: see the anatomy's "Jobs read" details` }] : notes;
  return { runs: [...runs.values()], anatomy, notes: shown };
}

/** A file's warnings, and its malformed lines as a count with the first one located. */
function fileNotes(f: LedgerFileStats): FileNote[] {
  const malformed = f.skipped.get('malformed');
  return [
    ...(malformed ? [{ file: f.file, message: `${malformed.jobs} line${malformed.jobs === 1 ? '' : 's'} that cannot be read, skipped (first at line ${malformed.line}: ${malformed.detail})` }] : []),
    ...f.warnings.toArray().map((message) => ({ file: f.file, message })),
  ];
}
