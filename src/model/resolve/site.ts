/**
 * Step 2 of resolving a run: the site. Provider (PUE, WUE), region (grid factors), then the run's
 * own overrides. The manifest's region is checked by the schema; a metrics file's is only a hint: the
 * first one the catalogue knows is used, else the world average, and the assumption says which.
 */
import type { ElectricityFactors } from '../../core/footprint.js';
import { exact, type Range } from '../../core/range.js';
import { findGrid, findRegion, requireGrid, requireProvider } from '../../data/catalogue.js';
import { DEFAULT_GRID, DEFAULT_PUE, DEFAULT_WUE_BY_COOLING } from '../../data/defaults.js';
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
  /** On-site water use effectiveness, L/kWh of IT energy. */
  readonly wue: Range;
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
  const pue = choosePue(ctx, run, measured, provider);
  const wue = chooseWue(ctx, run, measured, provider, pue);

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
  // A grid factor given with no region leaves the grid unknown: its water is not the world's.
  const gridKnown = grid !== undefined && !(run.gridIntensity !== undefined && regionId === undefined);
  const water = run.electricityWater !== undefined ? toRange(run.electricityWater) : gridKnown ? fromSourced(grid!.water) : null;
  ctx.assumptions.push({
    key: 'electricityWater',
    label: 'Off-site water of the electricity',
    unit: 'L/kWh',
    value: water ?? 'n/a',
    source: run.electricityWater !== undefined ? 'manifest' : gridKnown ? sourceLabel(grid!.water.source) : 'grid unknown (a grid factor without a region): set region or electricityWater',
  });
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

/** PUE: the run's, else the one the metrics tool had applied (divided out of its energy), else the provider's or the default. */
function choosePue(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements, provider: ProviderDefaults | undefined): Range {
  if (run.pue === undefined && measured.pueApplied !== undefined) {
    const value = exact(measured.pueApplied);
    ctx.assumptions.push({ key: 'pue', label: 'PUE (set in CodeCarbon)', unit: '', value, source: measured.label });
    return value;
  }
  return pick(ctx, 'pue', 'PUE', '', run.pue, provider
    ? { value: fromSourced(provider.pue), source: sourceLabel(provider.pue.source) }
    : { value: fromSourced(DEFAULT_PUE), source: sourceLabel(DEFAULT_PUE.source) });
}

/**
 * On-site WUE (L per kWh of IT energy): the run's; else the one given to CodeCarbon (it applies it
 * to PUE-included energy, so × PUE per IT kWh); else the provider's published figure; else the
 * default of the site's cooling type (unknown: the US average, ranged from dry to cooling towers).
 */
function chooseWue(ctx: ResolveContext, run: ManifestRun, measured: MergedMeasurements, provider: ProviderDefaults | undefined, pue: Range): Range {
  const push = (label: string, value: Range, source: string) => {
    ctx.assumptions.push({ key: 'wue', label, unit: 'L/kWh', value, source });
    return value;
  };
  if (run.wue !== undefined) return push('On-site WUE', toRange(run.wue), 'manifest');
  if (measured.wue !== undefined) {
    return push('On-site WUE (set in CodeCarbon, per IT kWh)', exact(measured.wue * (measured.pueApplied ?? pue.central)), measured.label);
  }
  if (provider?.wue && run.cooling === undefined) return push('On-site WUE', fromSourced(provider.wue), sourceLabel(provider.wue.source));
  const cooling = run.cooling ?? 'unknown';
  const byType = DEFAULT_WUE_BY_COOLING[cooling];
  const why = run.cooling !== undefined ? 'manifest cooling' : provider ? `${provider.name} publishes none` : 'site not known';
  return push(`On-site WUE (${cooling} cooling)`, fromSourced(byType), `${sourceLabel(byType.source)}; ${why}`);
}
