/**
 * fast-check generators shared by the property tests: valid manifests (random runs of every kind,
 * human quantities, GPUs from the catalogue, regions from the grids), and helpers that load them
 * through the real parser, loader and report builder.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { expect } from 'vitest';
import { GPUS } from '../../src/data/gpus.js';
import { CLOUD_REGIONS, GRIDS } from '../../src/data/grids.js';
import { InputError, type InputProblem } from '../../src/inputs/errors.js';
import { loadState, type LoadedState } from '../../src/inputs/load.js';
import { MemoryReader } from '../../src/inputs/tree.js';

/** Moderate run counts: the whole property suite must stay well under 30 s on 2 cores. */
export const RUNS = { light: 200, medium: 100, heavy: 40 } as const;

// ---------------------------------------------------------------------------------- quantities

const SUFFIXES: readonly [string, number][] = [
  ['', 1],
  ['k', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  ['T', 1e12],
];

/**
 * A quantity between `min` and `max` (log-uniform, three significant digits), written as a plain
 * number, a numeric string, a suffixed string ("7B", "1.5T", "30.8M", "120k", "7b"), an exponent
 * string ("3e21") or with thousands separators ("1,024"). `integer` keeps the value whole.
 */
export function quantityArb(min: number, max: number, integer = false): fc.Arbitrary<number | string> {
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  return fc
    .tuple(fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }), fc.nat(5), fc.boolean())
    .map(([exp, style, lower]) => {
      let value = Number((10 ** exp).toPrecision(3));
      if (integer) value = Math.max(1, Math.round(value));
      value = Math.min(Math.max(value, integer ? Math.ceil(min) : min), max);
      if (integer) value = Math.round(value);
      switch (style) {
        case 0:
          return value;
        case 1: {
          // Largest suffix that keeps an integer value integral.
          const fit = [...SUFFIXES].reverse().find(([, m]) => value >= m && (!integer || value % m === 0)) ?? SUFFIXES[0]!;
          const mantissa = Number((value / fit[1]).toPrecision(4));
          const suffix = lower ? fit[0].toLowerCase() : fit[0];
          return `${mantissa}${suffix}`;
        }
        case 2:
          return integer ? String(value) : value.toExponential(2);
        case 3:
          return value < 1e15 && Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
        case 4:
          return `${value}`;
        default:
          return value;
      }
    });
}

/** A figure or a { low, central, high } spread between min and max. */
export function rangeArb(min: number, max: number): fc.Arbitrary<number | { low: number; central?: number; high: number }> {
  const v = fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof(
    v,
    fc.tuple(v, v, v, fc.boolean()).map(([a, b, c, withCentral]) => {
      const [low, central, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return withCentral ? { low, central, high } : { low, high };
    }),
  );
}

// ---------------------------------------------------------------------------------- runs

const gpuArb = fc.constantFrom(...GPUS);
/** Regions the catalogue resolves: grids (countries, areas) and cloud regions. */
export const REGION_IDS: readonly string[] = [...GRIDS.map((g) => g.id), ...CLOUD_REGIONS.map((r) => r.id)];
const regionArb = fc.constantFrom(...REGION_IDS);

const hardwareArb = (requireCount: boolean) =>
  gpuArb.chain((gpu) =>
    fc.record(
      {
        gpu: fc.constantFrom(gpu.id, gpu.id.toUpperCase()),
        count: quantityArb(1, 100_000, true),
        precision: fc.constantFrom(...(Object.keys(gpu.peakTflops) as string[])),
        powerW: rangeArb(50, 2000),
        lifetimeYears: rangeArb(1, 10),
        idlePowerFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      },
      { requiredKeys: requireCount ? ['gpu', 'count'] : ['gpu'] },
    ),
  );

const siteArb = fc.record(
  {
    region: regionArb,
    pue: rangeArb(1, 3),
    mfu: rangeArb(0.01, 1),
    gridIntensity: rangeArb(0, 1.5),
    wue: rangeArb(0, 5),
    idleGpuHours: quantityArb(1, 1e5),
  },
  { requiredKeys: [] },
);

const labelsArb = fc.record(
  {
    status: fc.constantFrom('final', 'failed', 'ablation', 'debugging', 'exploration'),
    phase: fc.constantFrom('pretraining', 'fine-tuning', 'post-training', 'evaluation', 'inference', 'experiment'),
    component: fc.constantFrom('chat', 'vision', 'speech', 'infra'),
    tags: fc.array(fc.constantFrom('data', 'arch', 'long-context'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const params = () => quantityArb(1e6, 1e12);

/** The workload fields of a run of each kind (always enough to compute FLOPs). */
const workloadArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ kind: fc.constant('training'), model: fc.record({ parameters: params() }), tokens: quantityArb(1e6, 2e13) }),
  fc.record(
    {
      kind: fc.constant('fine-tuning'),
      model: fc.record({ parameters: params(), trainableParameters: quantityArb(1e3, 1e9) }, { requiredKeys: ['parameters'] }),
      tokens: quantityArb(1e3, 1e11),
    },
    { requiredKeys: ['kind', 'model', 'tokens'] },
  ),
  fc.record(
    {
      kind: fc.constant('inference'),
      model: fc.record({ parameters: params(), activeParameters: params() }, { requiredKeys: ['parameters'] }),
      requests: quantityArb(1, 1e9, true),
      promptTokens: quantityArb(1, 1e5),
      outputTokens: quantityArb(1, 1e4),
      cache: fc.record({ reuseRate: fc.double({ min: 0, max: 1, noNaN: true }), residual: fc.double({ min: 0, max: 1, noNaN: true }) }),
    },
    // An inference run needs at least one token count.
    { requiredKeys: ['kind', 'model', 'outputTokens'] },
  ),
  fc.record({
    kind: fc.constant('image-generation'),
    model: fc.record({ parameters: params(), architecture: fc.constant('unet') }),
    generation: fc.record({ latentWidth: quantityArb(8, 256), latentHeight: quantityArb(8, 256), steps: quantityArb(1, 100), items: quantityArb(1, 1e6, true) }),
  }),
  fc.record({
    kind: fc.constantFrom('image-generation', 'audio-generation'),
    model: fc.record({ parameters: params(), architecture: fc.constant('dit'), layers: quantityArb(1, 100, true), hiddenSize: quantityArb(64, 16384, true) }),
    generation: fc.record({ latentTokens: quantityArb(16, 65536), steps: quantityArb(1, 100) }),
  }),
  fc.record({
    kind: fc.constant('video-generation'),
    model: fc.record({ parameters: params(), architecture: fc.constant('unet') }),
    generation: fc.record({ latentWidth: quantityArb(8, 128), latentHeight: quantityArb(8, 128), frames: quantityArb(1, 240, true), steps: quantityArb(1, 100) }),
  }),
  fc.record({
    kind: fc.constant('video-generation'),
    model: fc.record({ parameters: params(), architecture: fc.constantFrom('dit', 'hybrid'), layers: quantityArb(1, 60, true), hiddenSize: quantityArb(64, 8192, true) }),
    generation: fc.record(
      { frames: quantityArb(1, 240, true), temporalCompression: quantityArb(1, 8, true), tokensPerFrame: quantityArb(16, 4096, true), steps: quantityArb(1, 60) },
      { requiredKeys: ['frames', 'tokensPerFrame', 'steps'] },
    ),
  }),
  fc.record({
    kind: fc.constant('audio-generation'),
    model: fc.record({ activeParameters: params(), architecture: fc.constant('codec') }),
    generation: fc.record({ outputTokens: quantityArb(1, 1e5), codebooks: quantityArb(1, 32, true) }),
  }),
);

/** Measured time or energy: none, hours (with a count), GPU-hours, or energy with its scope. */
const measuredArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.record({ hours: quantityArb(0.1, 1e4) }),
  fc.record({ gpuHours: quantityArb(1, 1e7) }),
  fc.record({ energyKwh: quantityArb(1, 1e8), energyScope: fc.constantFrom('gpu', 'server', 'facility') }, { requiredKeys: ['energyKwh'] }),
);

export type RunObject = Record<string, unknown> & { id: string };

/** One valid run (without its id). */
export const runBodyArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(workloadArb, measuredArb, siteArb, labelsArb, fc.boolean())
  .chain(([workload, measured, site, labels, metricsOnly]) =>
    hardwareArb('hours' in measured).map((hardware) => {
      // A run known only from measurements (no workload) is valid too.
      const body = metricsOnly && Object.keys(measured).length ? { kind: workload.kind } : workload;
      return { ...body, ...measured, ...site, ...labels, hardware };
    }),
  );

/** Run ids: unique, never containing NaN / Infinity / undefined (so reports can be searched for them). */
export const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

export interface ManifestObject {
  version: 1;
  defaults?: Record<string, unknown>;
  runs: RunObject[];
}

export const manifestArb: fc.Arbitrary<ManifestObject> = fc
  .record(
    {
      ids: fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 }),
      bodies: fc.array(runBodyArb, { minLength: 5, maxLength: 5 }),
      defaults: fc.option(
        fc.record({ region: regionArb, pue: rangeArb(1, 2), component: fc.constantFrom('chat', 'shared') }, { requiredKeys: [] }),
        { nil: undefined },
      ),
    },
  )
  .map(({ ids, bodies, defaults }) => ({
    version: 1 as const,
    ...(defaults && Object.keys(defaults).length ? { defaults } : {}),
    runs: ids.map((id, i) => ({ id, ...bodies[i]! })),
  }));

/** YAML or JSON text of a manifest object. */
export function serialise(manifest: unknown, format: 'yaml' | 'json'): string {
  return format === 'json' ? JSON.stringify(manifest, null, 2) : stringify(manifest);
}

// ---------------------------------------------------------------------------------- loading

export async function load(files: Record<string, string | Buffer>, manifests: readonly string[] = ['footprint.yml']): Promise<LoadedState> {
  return loadState(new MemoryReader('workspace', new Map(Object.entries(files))), { manifests });
}

/** Runs `f`; returns its result, or the InputError's problems. Any other exception fails the test. */
export async function resultOrProblems<T>(f: () => T | Promise<T>): Promise<{ ok: true; value: T } | { ok: false; problems: readonly InputProblem[] }> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    if (!(e instanceof InputError)) {
      throw new Error(`expected success or an InputError, got ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e });
    }
    return { ok: false, problems: e.problems };
  }
}

/** Every number reachable from `value` is finite and nothing is undefined; returns the paths that are not. */
export function nonFinitePaths(value: unknown, path = '$', out: string[] = []): string[] {
  if (value === undefined) out.push(`${path} = undefined`);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFinitePaths(v, `${path}.${k}`, out);
  }
  return out;
}

export function expectProblemsLocated(problems: readonly InputProblem[], file: string): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file, JSON.stringify(p)).toBe(file);
    expect(Number.isInteger(p.line) && p.line! >= 1, `problem without a 1-based line: ${JSON.stringify(p)}`).toBe(true);
    if (p.column !== undefined) expect(p.column, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    expect(p.message, JSON.stringify(p)).toMatch(/\S/);
  }
}

// ---------------------------------------------------------------------------------- markdown

/** The markdown tables of a document: runs of consecutive lines starting with `|`. */
export function markdownTables(md: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) tables.push((current = []));
      current.push(line);
    } else current = null;
  }
  return tables;
}

/** Cells of a table row: the `|`-separated parts between the outer pipes. */
export function cellsOf(row: string): string[] {
  return row.slice(1, -1).split('|');
}

/** The per-run table of a report or diff (the one whose header starts with "| Run |"). */
export function runTableOf(md: string): string[] {
  const t = markdownTables(md).find((rows) => rows[0]?.startsWith('| Run |'));
  if (!t) throw new Error(`no run table in:\n${md}`);
  return t;
}
