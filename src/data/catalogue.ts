/**
 * Lookups into the sourced catalogue, tolerant of the spellings users and tools write (nvidia-smi,
 * CodeCarbon, cloud consoles), with "did you mean" suggestions when nothing matches.
 */
import { alpha3ToAlpha2 } from './countries.js';
import { CLOUD_REGIONS, GRIDS } from './grids.js';
import { GPUS } from './gpus.js';
import { PROVIDERS } from './providers.js';
import { SERVER_PROFILES } from './servers.js';
import type { CloudRegion, GpuSpec, GridFactors, ProviderDefaults, ServerProfile } from './types.js';

// ------------------------------------------------------------------------------ normalisation

/** Lower-case, trimmed, with runs of `_`, spaces and `-` folded into a single `-`. */
export function normalizeKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .replace(/^-|-$/g, '');
}

function indexBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const key of keys(item)) map.set(normalizeKey(key), item);
  }
  return map;
}

const GPU_INDEX = indexBy(GPUS, (g) => [g.id, ...g.aliases]);
const SERVER_INDEX = indexBy(SERVER_PROFILES, (p) => [p.id]);
const PROVIDER_INDEX = indexBy(PROVIDERS, (p) => [p.id]);
const GRID_INDEX = indexBy(GRIDS, (g) => [g.id]);
const REGION_INDEX = new Map(CLOUD_REGIONS.map((r) => [r.id.toLowerCase(), r] as const));

// ------------------------------------------------------------------------------ lookups

/** A GPU by id or alias: case-insensitive, surrounding whitespace ignored, `_`, space and `-` alike. */
export function findGpu(name: string): GpuSpec | undefined {
  return GPU_INDEX.get(normalizeKey(name));
}

/** A grid by id ("FR", "us-va", "WOR"), case-insensitive; also accepts ISO alpha-3 country codes ("FRA"). */
export function findGrid(id: string): GridFactors | undefined {
  const key = normalizeKey(id);
  const direct = GRID_INDEX.get(key);
  if (direct) return direct;
  const alpha2 = alpha3ToAlpha2(key);
  return alpha2 === null ? undefined : GRID_INDEX.get(normalizeKey(alpha2));
}

/**
 * A cloud region by "<provider>:<region>" ("aws:us-east-1"), case-insensitive. A bare region name
 * ("us-east-1") is accepted when exactly one provider has a region of that name.
 */
export function findRegion(id: string): CloudRegion | undefined {
  const key = id.trim().toLowerCase();
  const exact = REGION_INDEX.get(key);
  if (exact || key.includes(':')) return exact;
  const matches = CLOUD_REGIONS.filter((r) => r.id.slice(r.id.indexOf(':') + 1).toLowerCase() === key);
  return matches.length === 1 ? matches[0] : undefined;
}

/** A provider by id ("aws", "gcp", "azure", "oci", "coreweave", "on-prem"), case-insensitive. */
export function findProvider(id: string): ProviderDefaults | undefined {
  return PROVIDER_INDEX.get(normalizeKey(id));
}

/** A server profile by id ("dgx-h100"), case-insensitive, `_` and spaces read as `-`. */
export function findServerProfile(id: string): ServerProfile | undefined {
  return SERVER_INDEX.get(normalizeKey(id));
}

// ------------------------------------------------------------------------------ suggestions

/**
 * Damerau–Levenshtein distance (optimal string alignment variant): insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1.
 */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Rows i-2, i-1 and i of the DP table.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/**
 * Candidates closest to `input`, for "did you mean" hints: those that contain the input or are
 * contained in it first, then by edit distance (ties: longer common prefix, then catalogue order).
 * Comparison ignores case and treats `_`, space and `-` alike. Candidates further than about 40 % of
 * the longer string's length are left out, so unrelated strings are never suggested.
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = normalizeKey(input);
  if (needle.length === 0 || max <= 0) return [];
  const scored: { candidate: string; substring: boolean; distance: number; prefix: number; order: number }[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, order) => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    const key = normalizeKey(candidate);
    if (key.length === 0) return;
    const substring = needle.length >= 3 && key.length >= 3 && (key.includes(needle) || needle.includes(key));
    const distance = editDistance(needle, key);
    const limit = Math.max(2, Math.ceil(0.4 * Math.max(needle.length, key.length)));
    if (!substring && distance > limit) return;
    let prefix = 0;
    while (prefix < needle.length && prefix < key.length && needle[prefix] === key[prefix]) prefix++;
    scored.push({ candidate, substring, distance, prefix, order });
  });
  scored.sort(
    (x, y) =>
      Number(y.substring) - Number(x.substring) || x.distance - y.distance || y.prefix - x.prefix || x.order - y.order,
  );
  return scored.slice(0, max).map((s) => s.candidate);
}

// ------------------------------------------------------------------------------ errors

export type EntryKind = 'gpu' | 'grid' | 'region' | 'provider' | 'server';

const KIND_LABEL: Record<EntryKind, readonly [singular: string, plural: string]> = {
  gpu: ['GPU', 'GPUs'],
  grid: ['grid', 'grids'],
  region: ['region', 'regions'],
  provider: ['provider', 'providers'],
  server: ['server profile', 'server profiles'],
};

/** An id the catalogue does not know, with the closest known ids. */
export class UnknownEntryError extends Error {
  readonly kind: EntryKind;
  readonly input: string;
  readonly suggestions: string[];

  constructor(kind: EntryKind, input: string, suggestions: readonly string[], known: readonly string[]) {
    const [singular, plural] = KIND_LABEL[kind];
    const didYouMean = suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : '';
    super(`Unknown ${singular} "${input}".${didYouMean} Known ${plural}: ${known.join(', ')}`);
    this.name = 'UnknownEntryError';
    this.kind = kind;
    this.input = input;
    this.suggestions = [...suggestions];
  }
}

/**
 * Suggestions among entries that have several names (id and aliases): matches are made on every
 * name, reported by id, each id once.
 */
function suggestIds<T>(input: string, items: readonly T[], id: (t: T) => string, names: (t: T) => readonly string[], max = 3): string[] {
  const owner = new Map<string, string>();
  const all: string[] = [];
  for (const item of items) {
    for (const name of names(item)) {
      if (!owner.has(name)) {
        owner.set(name, id(item));
        all.push(name);
      }
    }
  }
  const ids: string[] = [];
  for (const name of closestMatches(input, all, all.length)) {
    const found = owner.get(name)!;
    if (!ids.includes(found)) ids.push(found);
    if (ids.length === max) break;
  }
  return ids;
}

export function requireGpu(name: string): GpuSpec {
  const gpu = findGpu(name);
  if (gpu) return gpu;
  const ids = GPUS.map((g) => g.id);
  throw new UnknownEntryError('gpu', name, suggestIds(name, GPUS, (g) => g.id, (g) => [g.id, ...g.aliases]), ids);
}

export function requireGrid(id: string): GridFactors {
  const grid = findGrid(id);
  if (grid) return grid;
  const ids = GRIDS.map((g) => g.id);
  throw new UnknownEntryError('grid', id, closestMatches(id, ids), ids);
}

export function requireRegion(id: string): CloudRegion {
  const region = findRegion(id);
  if (region) return region;
  const ids = CLOUD_REGIONS.map((r) => r.id);
  // A bare name is compared with the region part as well as with the full id.
  const suggestions = suggestIds(id, CLOUD_REGIONS, (r) => r.id, (r) => [r.id, r.id.slice(r.id.indexOf(':') + 1)]);
  throw new UnknownEntryError('region', id, suggestions, ids);
}

export function requireProvider(id: string): ProviderDefaults {
  const provider = findProvider(id);
  if (provider) return provider;
  const ids = PROVIDERS.map((p) => p.id);
  throw new UnknownEntryError('provider', id, closestMatches(id, ids), ids);
}

export function requireServerProfile(id: string): ServerProfile {
  const profile = findServerProfile(id);
  if (profile) return profile;
  const ids = SERVER_PROFILES.map((p) => p.id);
  throw new UnknownEntryError('server', id, closestMatches(id, ids), ids);
}
