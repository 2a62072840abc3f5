/**
 * A run as a BoAmps report, the AI energy-reporting format of Boavizta
 * (https://github.com/Boavizta/BoAmps, model/report_schema.json, format 1.1.0): one report per run,
 * validated against the published schema in test/outputs/boamps.test.ts.
 *
 * Mapping decisions:
 * - `measures[0].powerConsumption` is the IT energy (kWh, before PUE), what a measuring tool such as
 *   CodeCarbon reports; `measurementMethod` says whether it was measured or estimated.
 * - `reportStatus` is "final" for a measured run and "draft" for an estimate from FLOPs.
 * - `quality` follows the uncertainty range of the run's emissions: high within ±10 %, medium within
 *   ±25 %, low beyond (the schema's own bands).
 * - `reportId` is a UUID derived from the run's identity and figures, so exporting twice gives the
 *   same id.
 */
import { createHash } from 'node:crypto';
import { knownTotal } from '../core/footprint.js';
import { findGpu } from '../data/catalogue.js';
import type { RunReport } from '../model/report.js';

export const BOAMPS_FORMAT_VERSION = '1.1.0';
const SPEC_URI = 'https://github.com/Boavizta/BoAmps/tree/main/model';

const STAGE: Record<RunReport['run']['kind'], string> = {
  training: 'training',
  'fine-tuning': 'finetuning',
  inference: 'inference',
  'image-generation': 'inference',
  'video-generation': 'inference',
  'audio-generation': 'inference',
};

const FAMILY: Record<RunReport['run']['kind'], string> = {
  training: 'text generation',
  'fine-tuning': 'text generation',
  inference: 'text generation',
  'image-generation': 'image generation',
  'video-generation': 'video generation',
  'audio-generation': 'audio generation',
};

const OUTPUT_TYPE: Record<RunReport['run']['kind'], string> = {
  training: 'token',
  'fine-tuning': 'token',
  inference: 'token',
  'image-generation': 'image',
  'video-generation': 'video',
  'audio-generation': 'audio',
};

const METHOD: Record<RunReport['footprint']['basis'], string> = {
  'measured-energy': 'measured energy (job metrics), read by ml-footprint',
  'measured-gpu-hours': 'ml-footprint: measured GPU-hours × board power',
  theoretical: 'flops-compute: ml-footprint estimate, FLOPs / (peak × MFU) × board power',
};

const CLOUD = new Set(['aws', 'gcp', 'azure', 'oci', 'coreweave']);

/** A version-4-shaped UUID from a hash, so the same run exports with the same id. */
function stableUuid(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** "YYYY-MM-DD HH:MM:SS", UTC, as the schema asks. */
function datetime(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

function quality(r: RunReport): 'high' | 'medium' | 'low' {
  const e = knownTotal(r.footprint.impacts.gwp)?.value;
  if (!e || e.central <= 0) return 'low';
  const spread = Math.max(e.central - e.low, e.high - e.central) / e.central;
  return spread <= 0.1 ? 'high' : spread <= 0.25 ? 'medium' : 'low';
}

/** ISO country code of a grid id ("FR", "US-VA" → "US"); null for the world average. */
function countryOf(grid: string): string | null {
  const m = /^([A-Z]{2})(?:-|$)/.exec(grid);
  return m ? m[1]! : null;
}

export interface BoampsOptions {
  /** The report's date (default now). */
  readonly now?: Date;
}

export function boampsReport(r: RunReport, opts: BoampsOptions = {}): Record<string, unknown> {
  const run = r.run;
  const f = r.footprint;
  const spec = run.gpu ? findGpu(run.gpu.id) : undefined;
  const count = run.inputs.gpuCount ?? 1;
  const tokenWorkload = OUTPUT_TYPE[run.kind] === 'token';
  const algorithm: Record<string, unknown> = {
    algorithmType: tokenWorkload ? 'llm' : 'neural network',
    ...(run.scale.parameters !== null ? { parametersNumber: run.scale.parameters / 1e9 } : {}),
    ...(run.gpu ? { quantization: run.gpu.precision } : {}),
  };
  const dataset =
    STAGE[run.kind] === 'inference'
      ? [
          { dataUsage: 'input', dataType: tokenWorkload ? 'token' : 'text' },
          { dataUsage: 'output', dataType: OUTPUT_TYPE[run.kind] },
        ]
      : [{ dataUsage: 'input', dataType: 'token', ...(run.scale.tokens !== null ? { dataQuantity: run.scale.tokens } : {}) }];
  const measuredHours = f.gpuHours.measured !== null && run.inputs.gpuCount ? f.gpuHours.measured / run.inputs.gpuCount : null;
  const provider = run.location.provider;
  const country = countryOf(run.location.grid);
  return {
    header: {
      formatVersion: BOAMPS_FORMAT_VERSION,
      formatVersionSpecificationUri: SPEC_URI,
      reportId: stableUuid(JSON.stringify([run.file, run.id, f.energyKwh.total.central, f.gpuHours.used.central])),
      reportDatetime: datetime(opts.now ?? new Date()),
      reportStatus: f.basis === 'theoretical' ? 'draft' : 'final',
      publisher: { projectName: run.component, confidentialityLevel: 'internal' },
    },
    task: {
      taskStage: STAGE[run.kind],
      taskFamily: FAMILY[run.kind],
      ...(run.requests !== null ? { nbRequest: run.requests } : {}),
      algorithms: [algorithm],
      dataset,
      taskDescription: `${run.name} (${run.id}): ${run.status} ${run.phase} run, ${run.file}:${run.line}`,
    },
    measures: [
      {
        measurementMethod: METHOD[f.basis],
        powerConsumption: f.itEnergyKwh.central,
        ...(measuredHours !== null ? { measurementDuration: measuredHours * 3600 } : {}),
      },
    ],
    infrastructure: {
      infraType: provider === null ? 'other' : CLOUD.has(provider) ? 'publicCloud' : provider === 'on-prem' ? 'onPremise' : 'other',
      ...(provider !== null && CLOUD.has(provider) ? { cloudProvider: provider } : {}),
      components: [
        {
          componentName: `${count} x ${run.gpu?.name ?? 'unknown GPU'}`,
          componentType: 'gpu',
          nbComponent: count,
          ...(spec ? { memorySize: spec.memoryGb, manufacturer: spec.vendor, family: spec.generation } : {}),
          share: 1,
        },
      ],
    },
    ...(country !== null
      ? {
          environment: {
            country,
            location: run.location.region ? `${run.location.label} (${run.location.region})` : run.location.label,
            powerSupplierType: 'public',
            powerSourceCarbonIntensity: run.inputs.electricity.gwp.central * 1000,
          },
        }
      : {}),
    quality: quality(r),
  };
}
