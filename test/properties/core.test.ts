/**
 * Properties of the calculation core and of the base-vs-head diff: linearity in tokens, monotonicity
 * in parameters, PUE and grid factor, ordered ranges, finite figures, antisymmetric diffs.
 * On failure fast-check prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeRunFootprint,
  CRITERIA,
  type EmbodiedFactors,
  type RunFootprint,
  type RunInputs,
} from '../../src/core/footprint.js';
import { workloadFlops, type Workload } from '../../src/core/flops.js';
import { exact, type Range } from '../../src/core/range.js';
import { diffReports } from '../../src/model/diff.js';
import { load, manifestArb, RUNS, serialise, type ManifestObject } from './arbitraries.js';

// ---------------------------------------------------------------------------------- generators

/** A double in [min, max]; subnormal magnitudes become 0 (they have too few digits for a relative tolerance). */
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Math.abs(v) < 1e-200 ? 0 : v));
/** Log-uniform positive number: covers the many orders of magnitude of real runs. */
const logNum = (min: number, max: number) => num(Math.log10(min), Math.log10(max)).map((e) => 10 ** e);

/** A figure in [min, max], log-uniform (physical magnitudes), or exactly 0 when min is 0. */
const value = (min: number, max: number): fc.Arbitrary<number> =>
  min === 0 ? fc.oneof(fc.constant(0), logNum(max * 1e-9, max)) : logNum(min, max);

/** An ordered range between min and max (sometimes a point). */
const rangeIn = (min: number, max: number): fc.Arbitrary<Range> =>
  fc.oneof(
    value(min, max).map(exact),
    fc.tuple(value(min, max), value(min, max), value(min, max)).map(([a, b, c]) => {
      const [low, central, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { low, central, high };
    }),
  );
const optRange = (min: number, max: number) => fc.option(rangeIn(min, max), { nil: null });

const embodiedArb: fc.Arbitrary<EmbodiedFactors> = fc.record({
  gwp: optRange(0, 20_000),
  water: optRange(0, 10_000),
  adpe: optRange(0, 1),
  pe: optRange(0, 100_000),
});

/** Workloads whose FLOPs are linear in their token count D. */
const tokenWorkload = (tokens: number) =>
  fc.oneof(
    logNum(1e3, 1e13).map((parameters): Workload => ({ kind: 'training', parameters, tokens })),
    fc.tuple(logNum(1e3, 1e13), logNum(1, 1e13)).map(
      ([parameters, trainable]): Workload => ({ kind: 'fine-tuning', parameters, trainableParameters: trainable, tokens }),
    ),
  );

interface InputsOptions {
  /** No measured GPU-hours, energy or idle hours: every figure follows from FLOPs. */
  readonly theoreticalOnly?: boolean;
}

/** Valid run inputs: positive finite parameters and tokens, MFU in (0, 1], PUE >= 1, etc. */
function inputsArb(flopsArb: fc.Arbitrary<RunInputs['flops']>, opts: InputsOptions = {}): fc.Arbitrary<RunInputs> {
  const measured = opts.theoreticalOnly
    ? fc.record({ measuredGpuHours: fc.constant(null), measuredEnergy: fc.constant(null), idleGpuHours: fc.constant(0) })
    : fc.record({
        measuredGpuHours: fc.option(logNum(1e-3, 1e8), { nil: null }),
        measuredEnergy: fc.option(
          fc.record({ kwh: logNum(1e-3, 1e9), scope: fc.constantFrom('gpu' as const, 'server' as const, 'facility' as const) }),
          { nil: null },
        ),
        idleGpuHours: fc.oneof(fc.constant(0), logNum(1e-3, 1e6)),
      });
  return fc
    .record({
      flops: flopsArb,
      cache: fc.option(
        fc.record({
          // A point or an exploratory range of r (section 5).
          reuseRate: fc.tuple(num(0, 1), num(0, 1), num(0, 1)).map(([a, b, c]) => {
            const [low, central, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
            return { low, central, high };
          }),
          residual: num(0, 1),
        }),
        { nil: null },
      ),
      peakFlops: logNum(1e12, 1e16),
      mfu: rangeIn(1e-3, 1),
      gpuPowerW: rangeIn(10, 3000),
      gpuCount: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      serverNonGpuPowerW: rangeIn(0, 10_000),
      gpusPerServer: fc.integer({ min: 1, max: 16 }),
      pue: rangeIn(1, 3),
      wue: optRange(0, 10),
      electricity: fc.record({ gwp: rangeIn(0, 2), water: optRange(0, 10), adpe: optRange(0, 1e-6), pe: optRange(0, 20) }),
      lifetimeHours: rangeIn(24, 20 * 8766),
      gpuEmbodied: embodiedArb,
      serverEmbodied: embodiedArb,
      idlePowerFraction: num(0, 1),
      measured,
    })
    .map(({ measured: m, ...rest }) => ({ ...rest, ...m }));
}

const anyFlops = fc.option(logNum(1, 1e17).chain(tokenWorkload), { nil: null }).map((w) => (w ? workloadFlops(w) : null));

// ---------------------------------------------------------------------------------- helpers

/** Every Range in a footprint, with its path. */
function rangesOf(value: unknown, path = 'footprint', out: [string, Range][] = []): [string, Range][] {
  if (value === null || typeof value !== 'object') return out;
  const v = value as Record<string, unknown>;
  if (typeof v.low === 'number' && typeof v.central === 'number' && typeof v.high === 'number') {
    out.push([path, v as unknown as Range]);
    return out;
  }
  for (const [k, child] of Object.entries(v)) rangesOf(child, `${path}.${k}`, out);
  return out;
}

/** Every number in a footprint (ranges and plain figures), with its path. */
function numbersOf(value: unknown, path = 'footprint', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (value !== null && typeof value === 'object') {
    for (const [k, child] of Object.entries(value)) numbersOf(child, `${path}.${k}`, out);
  }
  return out;
}

/** The figures that scale with the workload: FLOPs, GPU-hours, energy and every impact. */
function scaledFigures(f: RunFootprint): [string, number][] {
  return numbersOf({
    flops: f.flops,
    gpuHours: { theoretical: f.gpuHours.theoretical, used: f.gpuHours.used },
    energyKwh: f.energyKwh,
    itEnergyKwh: f.itEnergyKwh,
    impacts: f.impacts,
  });
}

function closeRel(a: number, b: number, rel: number): boolean {
  return a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

/** b >= a, allowing for one rounding step where a figure is divided by what it was multiplied by. */
function notBelow(a: number, b: number): boolean {
  return b >= a || closeRel(a, b, 1e-12);
}

function expectPaired(
  a: RunFootprint,
  b: RunFootprint,
  check: (x: number, y: number) => boolean,
  what: string,
  skip: (path: string) => boolean = () => false,
): void {
  const xs = scaledFigures(a);
  const ys = new Map(scaledFigures(b));
  expect(ys.size).toBe(xs.length);
  for (const [path, x] of xs) {
    if (skip(path)) continue;
    const y = ys.get(path)!;
    if (!check(x, y)) expect.fail(`${what}: ${path} went from ${x} to ${y}`);
  }
}

// ---------------------------------------------------------------------------------- footprint

describe('footprint properties', () => {
  it('is linear in tokens: doubling D doubles FLOPs, GPU-hours, energy and every impact', () => {
    const arb = logNum(1, 1e16)
      .chain(tokenWorkload)
      .chain((w) => inputsArb(fc.constant(workloadFlops(w)), { theoreticalOnly: true }).map((inputs) => ({ w, inputs })));
    fc.assert(
      fc.property(arb, ({ w, inputs }) => {
        const doubled = { ...w, tokens: (w as { tokens: number }).tokens * 2 } as Workload;
        const one = computeRunFootprint(inputs);
        const two = computeRunFootprint({ ...inputs, flops: workloadFlops(doubled) });
        expect(two.flops).toBe(2 * one.flops!);
        expectPaired(one, two, (x, y) => closeRel(2 * x, y, 1e-9), 'not doubled');
      }),
      { numRuns: RUNS.light },
    );
  });

  it('is non-decreasing in the parameter count', () => {
    const arb = fc.tuple(logNum(1, 1e16), logNum(1e3, 1e13), logNum(1e3, 1e13)).chain(([tokens, n1, n2]) => {
      const [small, large] = n1 <= n2 ? [n1, n2] : [n2, n1];
      return inputsArb(fc.constant(null)).map((inputs) => ({ tokens, small, large, inputs }));
    });
    fc.assert(
      fc.property(arb, ({ tokens, small, large, inputs }) => {
        const a = computeRunFootprint({ ...inputs, flops: workloadFlops({ kind: 'training', parameters: small, tokens }) });
        const b = computeRunFootprint({ ...inputs, flops: workloadFlops({ kind: 'training', parameters: large, tokens }) });
        expectPaired(a, b, notBelow, 'decreased with more parameters');
      }),
      { numRuns: RUNS.light },
    );
  });

  it('is non-decreasing in PUE (a facility-metered energy only changes the estimated IT share)', () => {
    const arb = fc.tuple(inputsArb(anyFlops), num(1, 3), num(1, 3)).map(([inputs, p1, p2]) => ({
      inputs,
      low: Math.min(p1, p2),
      high: Math.max(p1, p2),
    }));
    fc.assert(
      fc.property(arb, ({ inputs, low, high }) => {
        const a = computeRunFootprint({ ...inputs, pue: exact(low) });
        const b = computeRunFootprint({ ...inputs, pue: exact(high) });
        const facility = inputs.measuredEnergy?.scope === 'facility';
        // For energy metered at the facility a higher PUE means less IT energy in it, hence less on-site water.
        const skip = (p: string) => facility && (p.startsWith('footprint.itEnergyKwh') || p.startsWith('footprint.impacts.water'));
        expectPaired(a, b, notBelow, 'decreased with a higher PUE', skip);
        if (facility) {
          expect(b.energyKwh.total).toEqual(a.energyKwh.total);
          expect(b.impacts.gwp).toEqual(a.impacts.gwp);
        }
      }),
      { numRuns: RUNS.light },
    );
  });

  it('is non-decreasing in the grid factor, and only GWP depends on it', () => {
    const arb = fc.tuple(inputsArb(anyFlops), num(0, 2), num(0, 2)).map(([inputs, g1, g2]) => ({
      inputs,
      low: Math.min(g1, g2),
      high: Math.max(g1, g2),
    }));
    fc.assert(
      fc.property(arb, ({ inputs, low, high }) => {
        const at = (g: number) => computeRunFootprint({ ...inputs, electricity: { ...inputs.electricity, gwp: exact(g) } });
        const a = at(low);
        const b = at(high);
        expectPaired(a, b, notBelow, 'decreased with a higher grid factor');
        for (const c of CRITERIA.filter((k) => k !== 'gwp')) expect(b.impacts[c]).toEqual(a.impacts[c]);
        expect(b.energyKwh).toEqual(a.energyKwh);
      }),
      { numRuns: RUNS.light },
    );
  });

  it('orders every range low <= central <= high and never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(inputsArb(anyFlops), (inputs) => {
        const f = computeRunFootprint(inputs);
        for (const [path, r] of rangesOf(f)) {
          if (!(r.low <= r.central && r.central <= r.high)) expect.fail(`${path} is not ordered: ${JSON.stringify(r)}`);
        }
        for (const [path, v] of numbersOf(f)) {
          if (!Number.isFinite(v)) expect.fail(`${path} is ${v}`);
          if (v < 0) expect.fail(`${path} is negative: ${v}`);
        }
      }),
      { numRuns: RUNS.light },
    );
  });
});

// ---------------------------------------------------------------------------------- diff

/** Two manifests that share some runs (same ids, sometimes the same content) and differ in others. */
const manifestPairArb: fc.Arbitrary<[ManifestObject, ManifestObject]> = fc
  .tuple(manifestArb, manifestArb, fc.nat(5), fc.boolean())
  .map(([a, b, keep, related]) => {
    if (!related) return [a, b];
    const shared = a.runs.slice(0, keep);
    const ids = new Set(shared.map((r) => r.id));
    const own = b.runs.filter((r) => !ids.has(r.id)).map((r, i) => (i === 0 && a.runs[keep] ? { ...r, previousId: a.runs[keep]!.id } : r));
    const runs = [...shared, ...own];
    return [a, { ...b, runs: runs.length ? runs : b.runs }];
  });

describe('diff properties', () => {
  it('is antisymmetric: diff(a, b) = -diff(b, a) in total emissions, energy and GPU-hours', async () => {
    await fc.assert(
      fc.asyncProperty(manifestPairArb, fc.constantFrom('yaml' as const, 'json' as const), async ([ma, mb], format) => {
        const a = (await load({ 'footprint.yml': serialise(ma, format) })).report;
        const b = (await load({ 'footprint.yml': serialise(mb, format) })).report;
        const ab = diffReports(a, b);
        const ba = diffReports(b, a);
        expect(ab.deltaKg.central === -ba.deltaKg.central, `${ab.deltaKg.central} vs ${ba.deltaKg.central}`).toBe(true);
        expect(ab.deltaEnergyKwh === -ba.deltaEnergyKwh).toBe(true);
        expect(ab.deltaGpuHours === -ba.deltaGpuHours).toBe(true);
        // Every run appears once on each side, whatever its change.
        const idsOf = (d: typeof ab) => d.runs.map((c) => c.id);
        expect(new Set(idsOf(ab)).size).toBe(ab.runs.length);
        expect(ab.runs.filter((c) => c.head).length).toBe(b.runs.length);
        expect(ab.runs.filter((c) => c.base).length).toBe(a.runs.length);
      }),
      { numRuns: RUNS.heavy },
    );
  });

  it('of a report with itself: every run unchanged and a zero delta', async () => {
    await fc.assert(
      fc.asyncProperty(manifestArb, async (m) => {
        const report = (await load({ 'footprint.yml': serialise(m, 'yaml') })).report;
        const d = diffReports(report, report);
        expect(d.runs.map((c) => c.change)).toEqual(report.runs.map(() => 'unchanged'));
        for (const c of d.runs) expect([c.deltaKg.low, c.deltaKg.central, c.deltaKg.high].every((v) => v === 0)).toBe(true);
        expect([d.deltaKg.low, d.deltaKg.central, d.deltaKg.high].every((v) => v === 0), JSON.stringify(d.deltaKg)).toBe(true);
        expect(d.deltaEnergyKwh === 0 && d.deltaGpuHours === 0).toBe(true);
        expect(d.deltaRatio === null || d.deltaRatio === 0).toBe(true);
      }),
      { numRuns: RUNS.heavy },
    );
  });
});
