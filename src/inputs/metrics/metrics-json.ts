/**
 * The metrics JSON a training script writes itself: one object, or an array of them.
 *
 *     { "runId": "llama-ft-7b", "gpu": "NVIDIA H100 80GB HBM3", "gpuCount": 8, "hours": 12.5,
 *       "energyKwh": 61.2, "energyScope": "gpu", "tokens": 2.1e9, "region": "FR" }
 */
import { z } from 'zod';
import { closestMatches } from '../../data/catalogue.js';
import { formatFieldPath, InputError, type InputProblem } from '../errors.js';
import { toAlpha2 } from './countries.js';
import { jsonPathKey, locateJsonPaths, parseJson, type JsonPath } from './json-positions.js';
import { MAX_PROBLEMS } from './problems.js';
import type { JobMeasurement } from './types.js';

/**
 * Upper bounds: larger figures are typos or damage (and would overflow once multiplied); the
 * schema refuses them.
 */
export const METRICS_JSON_LIMITS = {
  gpuCount: 1e7,
  hours: 1e7, // ~1,100 years
  gpuHours: 1e13,
  energyKwh: 1e12,
  tokens: 1e18,
  emissionsKg: 1e12,
} as const;

const L = METRICS_JSON_LIMITS;

export const MetricsJsonSchema = z.strictObject({
  runId: z.string().min(1),
  gpu: z.string().min(1).optional(),
  gpuCount: z.number().int().positive().max(L.gpuCount).optional(),
  /** Wall-clock hours. */
  hours: z.number().nonnegative().max(L.hours).optional(),
  gpuHours: z.number().nonnegative().max(L.gpuHours).optional(),
  energyKwh: z.number().nonnegative().max(L.energyKwh).optional(),
  energyScope: z.enum(['gpu', 'server', 'facility']).optional(),
  tokens: z.number().nonnegative().max(L.tokens).optional(),
  emissionsKg: z.number().nonnegative().max(L.emissionsKg).optional(),
  /** As in the manifest: a country code ("FR"), a cloud region ("aws:us-east-1") or a grid area. */
  region: z.string().min(1).optional(),
});

export type MetricsJson = z.infer<typeof MetricsJsonSchema>;

const KNOWN_KEYS = Object.keys(MetricsJsonSchema.shape);

/**
 * The known key closest to an unknown one ("did you mean"), when there is one close enough. The keys
 * are camelCase, so `_`, `-` and spaces in the unknown key are dropped first: "gpu_count" is matched
 * as "gpucount" (gpuCount), not as "gpu-count", which contains "gpu".
 */
export function closestKey(key: string, known: readonly string[] = KNOWN_KEYS): string | null {
  return closestMatches(key.replace(/[_\-\s]/g, ''), known, 1)[0] ?? null;
}

function toMeasurement(m: MetricsJson, file: string): JobMeasurement {
  const warnings: string[] = [];
  let country: string | null = null;
  let cloudProvider: string | null = null;
  let cloudRegion: string | null = null;
  if (m.region !== undefined) {
    const colon = m.region.indexOf(':');
    if (colon > 0) {
      cloudProvider = m.region.slice(0, colon);
      cloudRegion = m.region.slice(colon + 1);
    } else if (/^[A-Za-z]{2,3}$/.test(m.region) && toAlpha2(m.region) !== null) {
      country = toAlpha2(m.region);
    } else {
      cloudRegion = m.region;
    }
  }
  const gpuHours = m.gpuHours ?? (m.gpuCount !== undefined && m.hours !== undefined ? m.gpuCount * m.hours : null);
  if (m.gpuHours !== undefined && m.gpuCount !== undefined && m.hours !== undefined && m.gpuHours > m.gpuCount * m.hours * (1 + 1e-9)) {
    warnings.push(`run ${m.runId}: gpuHours ${m.gpuHours} exceeds gpuCount × hours = ${m.gpuCount * m.hours}`);
  }
  return {
    file,
    format: 'metrics-json',
    runId: m.runId,
    gpuModel: m.gpu ?? null,
    gpuCount: m.gpuCount ?? null,
    wallClockHours: m.hours ?? null,
    gpuHours,
    energyKwh: m.energyKwh ?? null,
    energyScope: m.energyScope ?? 'gpu',
    reportedEmissionsKg: m.emissionsKg ?? null,
    country,
    cloudProvider,
    cloudRegion,
    tokens: m.tokens ?? null,
    samples: 1,
    warnings,
  };
}

/**
 * Parses and validates a metrics JSON text (one object or an array of objects); always returns an
 * array. Throws an InputError naming every problem with its field path and, where found, line and column.
 */
export function parseMetricsJson(text: string, file: string): JobMeasurement[] {
  const data = parseJson(text, file);
  const isArray = Array.isArray(data);
  const items: unknown[] = isArray ? (data as unknown[]) : [data];
  if (isArray && items.length === 0) throw InputError.single({ file, line: 1, column: 1, message: 'empty array: no run metrics' });
  // Problems are located in the text (and unknown keys matched to known ones) only for the first
  // MAX_PROBLEMS; the rest are counted. A file of thousands of bad objects is refused as fast as it parses.
  const found: { path: JsonPath; problem: Omit<InputProblem, 'line' | 'column'> }[] = [];
  let dropped = 0;
  const report = (path: JsonPath, problem: () => Omit<InputProblem, 'line' | 'column'>): void => {
    if (found.length < MAX_PROBLEMS) found.push({ path, problem: problem() });
    else dropped++;
  };
  const out: JobMeasurement[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const base: (string | number)[] = isArray ? [index] : [];
    const result = MetricsJsonSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            report([...path, key], () => {
              const suggestion = closestKey(key);
              return {
                file,
                field: formatFieldPath([...path, key]),
                message: 'unknown key',
                hint: suggestion !== null ? `did you mean "${suggestion}"?` : `known keys: ${KNOWN_KEYS.join(', ')}`,
              };
            });
          }
        } else {
          const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
          report(path, () => ({
            file,
            field: formatFieldPath(path) || undefined,
            message: missing ? `is required (${issue.expected})` : issue.message,
          }));
        }
      }
      return;
    }
    const first = seen.get(result.data.runId);
    if (first !== undefined) {
      const runId = result.data.runId;
      report([...base, 'runId'], () => ({ file, field: formatFieldPath([...base, 'runId']), message: `run id "${runId}" already given at [${first}]` }));
      return;
    }
    seen.set(result.data.runId, index);
    out.push(toMeasurement(result.data, file));
  });
  if (found.length > 0) {
    // Where each path is (else its closest existing ancestor: a missing key, the object holding it).
    const positions = locateJsonPaths(text, found.map((f) => f.path));
    const problems: InputProblem[] = found.map(({ path, problem }) => {
      const { field, ...rest } = problem;
      return { ...rest, ...positions.get(jsonPathKey(path)), ...(field !== undefined ? { field } : {}) } as InputProblem;
    });
    if (dropped > 0) problems.push({ file, message: `${dropped} more problems not shown` });
    throw new InputError(problems);
  }
  return out;
}
