/**
 * Step 2 of resolving a run: the site. Provider (PUE, WUE), region (grid factors), then the run's
 * own overrides. The manifest's region is checked by the schema; a metrics file's is only a hint: the
 * first one the catalogue knows is used, else the world average, and the assumption says which.
 */
import type { ElectricityFactors } from '../../core/footprint.js';
import { exact, type Range } from '../../core/range.js';
import { findGrid, findRegion, requireGrid, requireProvider } from '../../data/catalogue.js';
import { DEFAULT_GRID, DEFAULT_PUE } from '../../data/defaults.js';
import type { GridFactors, ProviderDefaults } from '../../data/types.js';
import type { ManifestRun } from '../../inputs/manifest/schema.js';
import { fromSourced, pick, sourceLabel, toRange, unknownEntry, type ResolveContext } from './context.js';
import type { MergedMeasurements } from './measurements.js';

/** Where a run's electricity comes from, for reports and exports (model cards, BoAmps) and advice. */
export interface RunLocation {
  /** The cloud region ("aws:us-east-1"), when the run names one. */
  readonly region: string | null;
  /** The grid whose factors apply ("US-VA", "FR", "WOR" for the world average). */
  readonly grid: string;
  readonly provider: string | null;
  /** "US East (N. Virginia)", "France": as specific as the catalogue knows. */
  readonly label: string;
  /** The manifest gives its own grid factor (`gridIntensity`): the region does not decide it. */
  readonly ownGridFactor: boolean;
}

export interface ResolvedSite {
  readonly location: RunLocation;
  readonly pue: Range;
  /** On-site water use effectiveness, L/kWh of IT energy; null when unknown. */
  readonly wue: Range | null;
  readonly electricity: ElectricityFactors;
}

function findProviderOf(ctx: ResolveContext, id: string | undefined): ProviderDefaults | undefined {
  try {
    return id !== undefined ? requireProvider(id) : undefined;
  } catch (e) {
    unknownEntry(ctx, 'provider', e);
    return undefined;
  }
}

export function resolveSite(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements): ResolvedSite {
  const fromMetrics = [...measured.regionCandidates, ...(measured.country !== undefined ? [measured.country] : [])];
  const regionId = run.region ?? fromMetrics.find((id) => findRegion(id) !== undefined || findGrid(id) !== undefined);
  if (run.region === undefined && regionId === undefined && fromMetrics.length) {
    ctx.assumptions.push({ key: 'region', label: 'Region', unit: '', value: `${fromMetrics.join(', ')} not in the catalogue: world average used`, source: measured.label });
  }
  const region = regionId !== undefined ? findRegion(regionId) : undefined;
  const gridId = region?.grid ?? regionId ?? DEFAULT_GRID;
  const provider = findProviderOf(ctx, run.provider ?? region?.provider);
  const pue = pick(ctx, 'pue', 'PUE', '', run.pue, provider
    ? { value: fromSourced(provider.pue), source: sourceLabel(provider.pue.source) }
    : { value: fromSourced(DEFAULT_PUE), source: sourceLabel(DEFAULT_PUE.source) });
  const wueData = provider?.wue;
  const wue = run.wue !== undefined ? toRange(run.wue) : wueData ? fromSourced(wueData) : null;
  ctx.assumptions.push({
    key: 'wue',
    label: 'On-site WUE',
    unit: 'L/kWh',
    value: wue ?? 'n/a',
    source: run.wue !== undefined ? 'manifest' : wueData ? sourceLabel(wueData.source) : 'no published figure for this site',
  });

  let grid: GridFactors | undefined;
  try {
    grid = requireGrid(gridId);
  } catch (e) {
    if (run.gridIntensity === undefined) unknownEntry(ctx, 'region', e);
  }
  const regionGwp = region?.gwp ?? grid?.gwp;
  const regionLabel = region ? `${region.id} (${region.location})` : grid ? `${grid.name} (${grid.id})` : regionId ?? '';
  const gridLabel = run.gridIntensity !== undefined ? 'Grid factor' : `Grid factor ${regionLabel}`.trim();
  const gwp = pick(ctx, 'gridIntensity', gridLabel, 'kgCO2e/kWh', run.gridIntensity, regionGwp
    ? { value: fromSourced(regionGwp), source: sourceLabel(regionGwp.source) }
    : { value: exact(Number.NaN), source: 'unknown' });
  const water = run.electricityWater !== undefined ? toRange(run.electricityWater) : grid?.water ? fromSourced(grid.water) : null;
  const location: RunLocation = {
    region: region?.id ?? null,
    grid: grid?.id ?? gridId,
    provider: provider?.id ?? null,
    label: region ? region.location : grid ? grid.name : gridId,
    ownGridFactor: run.gridIntensity !== undefined,
  };
  return {
    location,
    pue,
    wue,
    electricity: {
      gwp,
      water,
      adpe: grid?.adpe ? fromSourced(grid.adpe) : null,
      pe: grid?.pe ? fromSourced(grid.pe) : null,
    },
  };
}
