/**
 * Manifest fuzzing: valid manifests (random runs of every kind, human quantities, catalogue GPUs and
 * regions) and near-valid ones (one field broken). parseManifest + loadState either succeed or throw
 * an InputError whose problems name the file and a 1-based line; valid ones give reports with no
 * NaN, Infinity or undefined and one table row per run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/inputs/manifest/parse.js';
import { parseQuantity } from '../../src/inputs/manifest/quantity.js';
import { reportJson } from '../../src/outputs/json.js';
import { renderReportMarkdown } from '../../src/outputs/markdown.js';
import {
  cellsOf,
  expectProblemsLocated,
  load,
  manifestArb,
  nonFinitePaths,
  quantityArb,
  resultOrProblems,
  RUNS,
  runTableOf,
  serialise,
  type ManifestObject,
} from './arbitraries.js';

const FILE = 'footprint.yml';
const formatArb = fc.constantFrom('yaml' as const, 'json' as const);

function clone<T>(v: T): T {
  return structuredClone(v);
}

// ---------------------------------------------------------------------------------- mutations

const RUN_KEYS = new Set([
  'id', 'name', 'kind', 'phase', 'status', 'component', 'tags', 'previousId', 'model', 'tokens', 'hardware', 'hours',
  'gpuHours', 'idleGpuHours', 'energyKwh', 'energyScope', 'mfu', 'pue', 'gridIntensity', 'region', 'provider', 'wue',
  'electricityWater', 'metrics', 'requests', 'promptTokens', 'outputTokens', 'cache', 'generation', 'amortisation',
]);

/** A misspelling of `key` that is not itself a known key. */
function typo(key: string, how: number): string {
  const i = how % key.length;
  const candidates = [
    key.slice(0, i) + key.slice(i + 1), // drop a letter
    key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2), // swap two
    `${key}s`,
    `${key.slice(0, i)}_${key.slice(i)}`,
  ];
  return candidates.find((c) => c && c !== key && !RUN_KEYS.has(c) && !['gpu', 'count', 'precision', 'parameters'].includes(c)) ?? `${key}X`;
}

const MUTATIONS = [
  'misspelled run key',
  'misspelled hardware key',
  'wrong type',
  'negative number',
  'unknown enum',
  'unknown GPU',
  'unknown region',
  'missing id',
  'duplicate id',
] as const;
/** Mutations the schema accepts and the resolver (catalogue look-ups) refuses. */
/** Mutations only the resolver can see (none since catalogue ids are checked in the schema). */
const AT_RESOLVE = new Set<string>([]);

/** One broken field in one run; the result must be refused. */
const mutationArb = fc.record({ mutation: fc.constantFrom(...MUTATIONS), run: fc.nat(), how: fc.nat(1000) });

const WRONG_TYPES: readonly [string, unknown][] = [
  ['tokens', true],
  ['tokens', [1, 2]],
  ['tokens', { value: 1 }],
  ['tokens', 'lots'],
  ['name', 42],
  ['tags', 'data'],
  ['hardware', 'h100-sxm'],
  ['kind', 3],
  ['pue', 'high'],
  ['mfu', { low: 0.2 }],
  ['model', ['7B']],
  ['hours', '12 h'],
];
const NEGATIVES: readonly [string, unknown][] = [
  ['tokens', -5],
  ['tokens', '-7B'],
  ['hours', -1],
  ['gpuHours', '-3k'],
  ['pue', 0.5],
  ['mfu', 1.5],
  ['mfu', 0],
  ['idleGpuHours', -0.5],
  ['energyKwh', -1e3],
];
const BAD_ENUMS: readonly [string, string][] = [
  ['kind', 'trainig'],
  ['status', 'finall'],
  ['phase', 'pre-training'],
  ['energyScope', 'rack'],
];

function mutate(manifest: ManifestObject, name: string, runIndex: number, how: number): ManifestObject {
  const m = clone(manifest);
  const i = runIndex % m.runs.length;
  const run = m.runs[i]! as Record<string, unknown>;
  switch (name) {
    case 'misspelled run key': {
      const keys = Object.keys(run).filter((k) => k !== 'id');
      const key = keys[how % keys.length]!;
      run[typo(key, how)] = run[key];
      delete run[key];
      break;
    }
    case 'misspelled hardware key': {
      const hw = run.hardware as Record<string, unknown>;
      const keys = Object.keys(hw);
      const key = keys[how % keys.length]!;
      hw[typo(key, how)] = hw[key];
      delete hw[key];
      break;
    }
    case 'wrong type': {
      const [k, v] = WRONG_TYPES[how % WRONG_TYPES.length]!;
      run[k] = v;
      break;
    }
    case 'negative number': {
      const [k, v] = NEGATIVES[how % NEGATIVES.length]!;
      run[k] = v;
      break;
    }
    case 'unknown enum': {
      const [k, v] = BAD_ENUMS[how % BAD_ENUMS.length]!;
      if (k === 'precision') (run.hardware as Record<string, unknown>).precision = v;
      else run[k] = v;
      break;
    }
    case 'unknown GPU':
      (run.hardware as Record<string, unknown>).gpu = ['h100-sxm6', 'not-a-gpu', 'rtx-9090', 'a100-80gb-sxm5'][how % 4];
      break;
    case 'unknown region':
      run.region = ['XX', 'aws:mars-north-1', 'atlantis', 'gcp:europe-west99'][how % 4];
      delete run.gridIntensity;
      break;
    case 'missing id':
      delete run.id;
      break;
    case 'duplicate id':
      if (m.runs.length > 1) m.runs[(i + 1) % m.runs.length]!.id = run.id as string;
      else m.runs.push({ ...clone(m.runs[0]!) });
      break;
  }
  return m;
}

/** Breaks YAML/JSON syntax at a random position: an inserted character, a cut, or a swapped quote. */
const breakageArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: fc.constantFrom('[', ']', '{', '}', ':', '"', "'", '&', '*', '!', '|', '>', '\t', '%', '@', '`', '\n  - ', ': :', '- ', '#', '\u0000', '\uFEFF', '&a *a'),
  cut: fc.boolean(),
});

function breakText(text: string, b: { at: number; insert: string; cut: boolean }): string {
  const pos = Math.floor(b.at * text.length);
  return b.cut ? text.slice(0, pos) : text.slice(0, pos) + b.insert + text.slice(pos);
}

// ---------------------------------------------------------------------------------- properties

describe('manifest fuzzing', () => {
  it('human quantities parse to the value they write', () => {
    fc.assert(
      fc.property(quantityArb(1e-3, 1e15), (q) => {
        const n = typeof q === 'number' ? q : parseQuantity(q);
        expect(n, String(q)).not.toBeNull();
        expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: RUNS.light },
    );
  });

  it('valid manifests load, and their reports have no NaN, Infinity or undefined and one row per run', async () => {
    await fc.assert(
      fc.asyncProperty(manifestArb, formatArb, async (manifest, format) => {
        const text = serialise(manifest, format);
        const parsed = parseManifest(text, FILE);
        expect(parsed.manifest.runs.map((r) => r.id)).toEqual(manifest.runs.map((r) => r.id));
        for (const [id, line] of parsed.runLines) expect(line, id).toBeGreaterThanOrEqual(1);

        const state = await load({ [FILE]: text });
        const json = reportJson(state.report);
        expect(nonFinitePaths(json)).toEqual([]);
        const jsonText = JSON.stringify(json);
        expect(jsonText).not.toMatch(/NaN|Infinity|undefined/);

        const md = renderReportMarkdown(state.report);
        expect(md).not.toMatch(/NaN|Infinity|undefined/);
        const table = runTableOf(md);
        // header + separator + one row per run + the total row
        expect(table.length).toBe(2 + manifest.runs.length + 1);
        const width = cellsOf(table[0]!).length;
        for (const row of table) expect(cellsOf(row).length, row).toBe(width);
        expect(table.at(-1)).toMatch(/^\| \*\*Total \(/);
      }),
      { numRuns: RUNS.medium },
    );
  });

  it('near-valid manifests (one field broken) are refused with located problems', async () => {
    await fc.assert(
      fc.asyncProperty(manifestArb, mutationArb, formatArb, async (manifest, { mutation, run, how }, format) => {
        const text = serialise(mutate(manifest, mutation, run, how), format);
        const parsed = await resultOrProblems(() => parseManifest(text, FILE));
        const loaded = await resultOrProblems(() => load({ [FILE]: text }));
        expect(loaded.ok, `${mutation} was accepted:\n${text}`).toBe(false);
        if (!loaded.ok) expectProblemsLocated(loaded.problems, FILE);
        if (AT_RESOLVE.has(mutation)) {
          expect(parsed.ok, `${mutation}: the schema refused it`).toBe(true);
        } else {
          expect(parsed.ok, `${mutation} passed the schema:\n${text}`).toBe(false);
          if (!parsed.ok) expectProblemsLocated(parsed.problems, FILE);
        }
      }),
      { numRuns: RUNS.medium },
    );
  });

  it('manifests with broken syntax either load or are refused with located problems', async () => {
    await fc.assert(
      fc.asyncProperty(manifestArb, breakageArb, formatArb, async (manifest, breakage, format) => {
        const text = breakText(serialise(manifest, format), breakage);
        const loaded = await resultOrProblems(() => load({ [FILE]: text }));
        if (loaded.ok) {
          expect(nonFinitePaths(reportJson(loaded.value.report))).toEqual([]);
        } else {
          for (const p of loaded.problems) expect(p.file, JSON.stringify(p)).toBe(FILE);
          // Syntax and schema problems are located; only whole-document refusals (alias expansion) are not.
          const unlocated = loaded.problems.filter((p) => p.line === undefined && !/cannot read the document/.test(p.message));
          expect(unlocated, text).toEqual([]);
          for (const p of loaded.problems) if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS.medium },
    );
  });

  it('extreme but schema-valid magnitudes: a finite report or a located InputError, never Infinity', async () => {
    const extreme = fc.oneof(
      fc.double({ min: 1e100, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: Number.MIN_VALUE, max: 1e-100, noNaN: true }),
      fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 1e-320),
    );
    const FIELDS: readonly (readonly string[])[] = [
      ['tokens'], ['model', 'parameters'], ['hours'], ['gpuHours'], ['energyKwh'], ['idleGpuHours'], ['pue'], ['mfu'],
      ['gridIntensity'], ['wue'], ['hardware', 'powerW'], ['hardware', 'peakTflops'], ['hardware', 'lifetimeYears'],
      ['hardware', 'count'], ['requests'], ['promptTokens'],
    ];
    await fc.assert(
      fc.asyncProperty(manifestArb, fc.nat(), fc.constantFrom(...FIELDS), extreme, async (manifest, runIndex, field, value) => {
        const m = clone(manifest);
        let target = m.runs[runIndex % m.runs.length] as Record<string, unknown>;
        for (const k of field.slice(0, -1)) target = (target[k] ??= {}) as Record<string, unknown>;
        target[field.at(-1)!] = field[0] === 'pue' ? Math.max(1, value) : field[0] === 'mfu' ? Math.min(1, value) : value;
        const text = serialise(m, 'json');
        const loaded = await resultOrProblems(() => load({ [FILE]: text }));
        if (loaded.ok) {
          expect(nonFinitePaths(reportJson(loaded.value.report))).toEqual([]);
          expect(renderReportMarkdown(loaded.value.report)).not.toMatch(/NaN|Infinity/);
        } else {
          expectProblemsLocated(loaded.problems, FILE);
        }
      }),
      { numRuns: RUNS.medium },
    );
  });

  it('arbitrary text is a manifest or an InputError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), async (text) => {
        const loaded = await resultOrProblems(() => load({ [FILE]: text }));
        if (!loaded.ok) for (const p of loaded.problems) expect(p.file).toBe(FILE);
      }),
      { numRuns: RUNS.light },
    );
  });
});
