/**
 * Reads manifests and job-metrics files from a tree (workspace or base commit), attaches measurements
 * to runs and resolves every run. Problems from all files are gathered and thrown together.
 */
import path from 'node:path';
import { buildReport, type Report } from '../model/report.js';
import { resolveRun, type ProvenanceMap, type ResolvedRun } from '../model/resolve.js';
import { prepareRun, type ConfigCache } from './configs/run-inputs.js';
import { InputError, type InputProblem } from './errors.js';
import { parseManifest, type ParsedManifest } from './manifest/parse.js';
import type { ManifestRun } from './manifest/schema.js';
import { parseMetricsStream } from './metrics/index.js';
import type { JobMeasurement } from './metrics/types.js';
import { expandPatterns, fromManifestDir, pathsOutsideTree } from './paths.js';
import { MAX_MANIFEST_BYTES, type TreeReader } from './tree.js';

export interface LoadOptions {
  /** Manifest paths or globs, relative to the tree root. */
  readonly manifests: readonly string[];
  /** Job-metrics paths or globs attached by run id (besides each run's own `metrics:`). */
  readonly metrics?: readonly string[];
  /** Ledger paths or globs (scheduler, tracker records), read as if listed in the first manifest. */
  readonly ledgers?: readonly string[];
  /** Measurements read elsewhere (a downloaded artifact), attached by run id. */
  readonly measurements?: readonly JobMeasurement[];
  /** Whether a pattern that matches nothing is an error (head) or simply an absent file (base). */
  readonly requireMatches?: boolean;
  readonly maxManifestBytes?: number;
}

/** A non-fatal note about a file: metrics that matched no run, a gap in a power log, and the like. */
export interface FileNote {
  readonly file: string;
  readonly message: string;
}

export interface LoadedState {
  readonly report: Report;
  readonly manifests: readonly ParsedManifest[];
  readonly notes: readonly FileNote[];
}

export const formatNote = (n: FileNote): string => `${n.file}: ${n.message}`;

function asProblems(e: unknown): InputProblem[] {
  if (e instanceof InputError) return [...e.problems];
  throw e;
}

/** Streams a job-metrics file from the tree; the format is detected from its name and first bytes. */
export async function readMeasurements(reader: TreeReader, relPath: string): Promise<JobMeasurement[]> {
  const stream = await reader.openStream(relPath);
  if (!stream) throw InputError.single({ file: relPath, message: `metrics file not found in the ${reader.label}` });
  return parseMetricsStream(stream, relPath);
}

export async function loadState(reader: TreeReader, opts: LoadOptions): Promise<LoadedState> {
  const required = opts.requireMatches ?? true;
  const problems: InputProblem[] = [];
  const notes: FileNote[] = [];
  const manifestFiles = await expandPatterns(reader, opts.manifests, required).catch((e: unknown) => {
    problems.push(...asProblems(e));
    return [] as string[];
  });
  const parsed: ParsedManifest[] = [];
  for (const file of manifestFiles) {
    try {
      const text = await reader.readText(file, opts.maxManifestBytes ?? MAX_MANIFEST_BYTES);
      if (text === null) {
        if (required) problems.push({ file, message: `manifest not found in the ${reader.label}` });
        continue;
      }
      parsed.push(parseManifest(text, file));
    } catch (e) {
      problems.push(...asProblems(e));
    }
  }

  // Measurements given by run id (global metrics input and artifacts).
  const byRunId = new Map<string, JobMeasurement[]>();
  const unattached: JobMeasurement[] = [];
  const globalMeasurements: JobMeasurement[] = [...(opts.measurements ?? [])];
  const metricsFiles = await expandPatterns(reader, opts.metrics ?? [], required).catch((e: unknown) => {
    problems.push(...asProblems(e));
    return [] as string[];
  });
  for (const file of metricsFiles) {
    try {
      globalMeasurements.push(...(await readMeasurements(reader, file)));
    } catch (e) {
      problems.push(...asProblems(e));
    }
  }
  const allRunIds = new Set(parsed.flatMap((p) => p.manifest.runs.map((r) => r.id)));
  const onlyRun = allRunIds.size === 1 ? [...allRunIds][0]! : null;
  for (const m of globalMeasurements) {
    const id = m.runId ?? onlyRun;
    if (id !== null && allRunIds.has(id)) {
      const list = byRunId.get(id);
      if (list) list.push(m);
      else byRunId.set(id, [m]);
    } else {
      unattached.push(m);
    }
  }
  // A file named by several runs (e.g. under `defaults`) is read once.
  const parsedFiles = new Map<string, Promise<JobMeasurement[]>>();
  const measurementsOf = (f: string) => {
    let pending = parsedFiles.get(f);
    if (!pending) {
      pending = readMeasurements(reader, f);
      parsedFiles.set(f, pending);
    }
    return pending;
  };
  const warned = new Set<JobMeasurement>();
  for (const m of unattached) {
    notes.push({
      file: m.file,
      message:
        m.runId !== null
          ? `run id "${m.runId}" matches no run in the manifests; its measurements are not used.`
          : 'names no run id and there are several runs; attach it with `metrics:` in the run.',
    });
  }

  const seen = new Map<string, string>();
  const runs: ResolvedRun[] = [];
  const configCache: ConfigCache = new Map();
  for (const p of parsed) {
    const dir = path.posix.dirname(p.file);
    for (const [index, run] of p.manifest.runs.entries()) {
      const line = p.runLines.get(run.id) ?? 1;
      const where = `${p.file}:${line}`;
      const first = seen.get(run.id);
      if (first !== undefined && first !== where) {
        problems.push({ file: p.file, line, field: `runs[${index}].id`, message: `run id "${run.id}" is also used at ${first}; ids must be unique across manifests` });
        continue;
      }
      seen.set(run.id, where);
      const measurements = [...(byRunId.get(run.id) ?? [])];
      const own = run.metrics === undefined ? [] : Array.isArray(run.metrics) ? run.metrics : [run.metrics];
      try {
        // The manifest comes with the pull request: its paths must not reach out of the tree, not even
        // as a glob that is expanded (and walks the runner's disk) before each match is checked. The
        // CLI's reader is not confined: there the user points at the files.
        const outside = pathsOutsideTree({ manifest: p, field: ['runs', index, 'metrics'], line, what: 'metrics path', tree: reader }, own);
        if (outside.length) throw new InputError(outside);
        const files = await expandPatterns(reader, own.map((m) => fromManifestDir(dir, m)), true);
        for (const f of files) {
          // A file attached both by run id and by the run's own `metrics:` counts once.
          if (measurements.some((m) => m.file === f)) continue;
          // A file naming its runs (metrics JSON) gives each run its own figures only.
          measurements.push(...(await measurementsOf(f)).filter((m) => m.runId === null || m.runId === run.id));
        }
        for (const m of measurements) {
          if (warned.has(m)) continue;
          warned.add(m);
          for (const w of m.warnings) notes.push({ file: m.file, message: w });
        }
        const prepared = await prepareRun(reader, p, index, run, line, configCache);
        // A config's notes name its file and line; they are listed under the manifest that names it.
        notes.push(...prepared.notes.map((message) => ({ file: p.file, message })));
        const resolve = (r: ManifestRun, provenance?: ProvenanceMap) => resolveRun(r, { file: p.file, line, index, measurements, locate: p.locate, provenance });
        runs.push(prepared.attach(resolve(prepared.run, prepared.provenance), resolve));
      } catch (e) {
        problems.push(...asProblems(e));
      }
    }
  }
  problems.push(...amortisationProblems(parsed, runs));
  // Loaded only when there are ledgers: a push without them does not pay for their readers (cold start).
  const wantsLedgers = (opts.ledgers?.length ?? 0) > 0 || parsed.some((p) => p.manifest.ledgers !== undefined);
  const ledgers = !wantsLedgers
    ? null
    : await import('./ledgers/index.js')
        .then((m) => m.loadLedgers(reader, parsed, { extra: opts.ledgers ?? [], required }))
        .catch((e: unknown) => {
          problems.push(...asProblems(e));
          return null;
        });
  if (problems.length) throw new InputError(problems);
  runs.push(...(ledgers?.runs ?? []));
  notes.push(...(ledgers?.notes ?? []));
  return { report: buildReport(runs, parsed.map((p) => p.file), ledgers?.anatomy ?? null), manifests: parsed, notes };
}

/** An amortisation must name an inference (or generation) run that exists. */
function amortisationProblems(parsed: readonly ParsedManifest[], runs: readonly ResolvedRun[]): InputProblem[] {
  const byId = new Map(runs.map((r) => [r.id, r]));
  return parsed.flatMap((p) =>
    p.manifest.runs.flatMap((run, index) => {
      const target = run.amortisation?.inferenceRun;
      if (target === undefined) return [];
      const found = byId.get(target);
      if (found && found.requests !== null) return [];
      const at = p.locate(['runs', index, 'amortisation', 'inferenceRun']);
      return [
        {
          file: p.file,
          ...at,
          field: `runs[${index}].amortisation.inferenceRun`,
          message: found ? `"${target}" is a ${found.kind} run, not an inference or generation run` : `no run has the id "${target}"`,
        },
      ];
    }),
  );
}
