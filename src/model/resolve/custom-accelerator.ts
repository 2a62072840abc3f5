/**
 * A custom accelerator described inline in a run (`hardware: { name, powerW, peakTflops, memoryGb,
 * ... }` without a `gpu` id), made into a catalogue-like spec: its manufacturing impacts come from
 * the same bottom-up estimate as the catalogue's, and every fact it does not give is assumed,
 * recorded as an assumption that says what was assumed.
 */
import { range } from '../../core/range.js';
import { median } from '../../core/statistics.js';
import { completeEmbodied, EMBODIED_MODEL_SOURCE, type EmbodiedFacts } from '../../data/embodied-model.js';
import { GPUS } from '../../data/gpus.js';
import { RETICLE_AREA_MM2, RETICLE_LIMIT } from '../../data/sources.js';
import type { AcceleratorSpec, DieFacts, EmbodiedData, Precision, Source } from '../../data/types.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import { definedOnly, problem, toRange, type ResolveContext } from './context.js';

type Hardware = NonNullable<ManifestRun['hardware']>;

/** Published single-die areas of the catalogue (mm²): what an undisclosed die is assumed to lie among. */
function catalogueDieAreas(): { low: number; median: number } {
  const areas = GPUS.flatMap((g) => g.silicon.dies.flatMap((d) => (typeof d.areaMm2 === 'number' && d.count === 1 ? [d.areaMm2] : []))).sort((a, b) => a - b);
  return { low: areas[0]!, median: median(areas) };
}

/** The spec of a custom accelerator, or undefined when a required field is missing (problems recorded). */
export function customAccelerator(ctx: ResolveContext, hw: Hardware): AcceleratorSpec | undefined {
  const name = hw.name!;
  const missing = (['powerW', 'peakTflops', 'memoryGb'] as const).filter((f) => hw[f] === undefined);
  for (const field of missing) {
    problem(
      ctx,
      `hardware.${field}`,
      `is required for the custom accelerator "${name}" (no catalogue id)`,
      field === 'memoryGb' ? 'its memory capacity in GB, which its embodied estimate needs' : undefined,
    );
  }
  if (missing.length) return undefined;

  const peakTflops: Partial<Record<Precision, number>> =
    typeof hw.peakTflops === 'number'
      ? { [hw.precision ?? 'bf16']: hw.peakTflops }
      : definedOnly(hw.peakTflops);

  // The facts the embodied estimate needs; what is not given is assumed, and said so.
  let die: DieFacts;
  if (hw.dieAreaMm2 !== undefined) {
    die = { areaMm2: hw.dieAreaMm2, node: hw.processNode ?? 'unknown', count: hw.dies ?? 1 };
  } else {
    const { low, median } = catalogueDieAreas();
    const areaMm2 = range(low, median, RETICLE_AREA_MM2);
    die = { areaMm2, node: hw.processNode ?? 'unknown', count: hw.dies ?? 1 };
    ctx.assumptions.push({
      key: 'dieAreaMm2',
      label: 'Die area (assumed)',
      unit: 'mm²',
      value: areaMm2,
      source: `not given (hardware.dieAreaMm2): the catalogue's published die areas (smallest, median) up to ${RETICLE_LIMIT.title}`,
    });
  }
  const assumed: [field: string, what: string][] = [];
  if (hw.processNode === undefined) assumed.push(['processNode', 'process node (spread over 16–3 nm, central 5 nm)']);
  if (hw.memoryType === undefined) assumed.push(['memoryType', 'memory type (spread over HBM and GDDR, central HBM)']);
  if (hw.formFactor === undefined) assumed.push(['formFactor', 'board class (spread over module, PCIe and low-profile boards, central module)']);
  if (assumed.length) {
    ctx.assumptions.push({
      key: 'acceleratorFacts',
      label: 'Accelerator facts (assumed)',
      unit: '',
      value: `not given: ${assumed.map(([, what]) => what).join('; ')}`,
      source: `not given (${assumed.map(([f]) => `hardware.${f}`).join(', ')}): the spreads of the embodied estimate (${EMBODIED_MODEL_SOURCE.url})`,
    });
  }
  const facts: EmbodiedFacts = {
    dies: [die],
    memoryGb: hw.memoryGb!,
    memoryType: hw.memoryType ?? 'unknown',
    formFactor: hw.formFactor ?? 'unknown',
  };
  const source: Source = { title: `custom accelerator "${name}" (manifest)`, year: hw.releaseYear ?? 0 };
  const none: EmbodiedData = {};
  const powerW = toRange(hw.powerW!).central;
  return {
    id: 'custom',
    name,
    ...(hw.generation !== undefined ? { generation: hw.generation } : {}),
    ...(hw.releaseYear !== undefined ? { releaseYear: hw.releaseYear } : {}),
    memoryGb: hw.memoryGb!,
    powerW,
    peakTflops,
    source,
    embodied: completeEmbodied(none, facts),
    serverProfile: hw.server ?? 'generic-8gpu',
  };
}
