import { describe, expect, it } from 'vitest';

import {
  closestMatches,
  editDistance,
  findGpu,
  findGrid,
  findProvider,
  findRegion,
  findServerProfile,
  normalizeKey,
  requireGpu,
  requireGrid,
  requireProvider,
  requireRegion,
  requireServerProfile,
  UnknownEntryError,
} from '../../src/data/catalogue.js';
import { GPUS } from '../../src/data/gpus.js';
import { CLOUD_REGIONS, GRIDS } from '../../src/data/grids.js';
import { PROVIDERS } from '../../src/data/providers.js';
import { SERVER_PROFILES } from '../../src/data/servers.js';
import type { Source, SourcedRange } from '../../src/data/types.js';

const CATALOGUE = { GPUS, SERVER_PROFILES, GRIDS, CLOUD_REGIONS, PROVIDERS };

/** Every object in the catalogue that looks like a SourcedRange, with its path (die areas are sourced by their `silicon.source`). */
function sourcedRanges(): [string, SourcedRange][] {
  const found: [string, SourcedRange][] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      if ('low' in v && 'central' in v && 'high' in v) found.push([path, v as SourcedRange]);
      for (const [k, x] of Object.entries(v)) if (k !== 'silicon') walk(x, `${path}.${k}`);
    }
  };
  walk(CATALOGUE, '');
  return found;
}

/** Every `source` object in the catalogue, with its path. */
function sources(): [string, Source][] {
  const found: [string, Source][] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'source') found.push([`${path}.${k}`, x as Source]);
        else walk(x, `${path}.${k}`);
      }
    }
  };
  walk(CATALOGUE, '');
  return found;
}

describe('catalogue integrity', () => {
  it('has unique GPU ids, and every id or alias names exactly one GPU', () => {
    const ids = GPUS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const g of GPUS) {
      expect(g.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const name of [g.id, ...g.aliases]) {
        expect(name, `${g.id}: alias "${name}" must be lower-case`).toBe(name.toLowerCase());
        const key = normalizeKey(name);
        const other = owner.get(key);
        expect(other === undefined || other === g.id, `"${name}" names both ${other} and ${g.id}`).toBe(true);
        owner.set(key, g.id);
      }
    }
  });

  it('has unique ids in every other table', () => {
    for (const ids of [SERVER_PROFILES.map((p) => p.id), GRIDS.map((g) => g.id), CLOUD_REGIONS.map((r) => r.id), PROVIDERS.map((p) => p.id)]) {
      expect(new Set(ids.map((i) => i.toLowerCase())).size).toBe(ids.length);
    }
  });

  it('resolves every reference: GPU → server profile, region → grid and provider', () => {
    for (const g of GPUS) expect(findServerProfile(g.serverProfile), `${g.id} → ${g.serverProfile}`).toBeDefined();
    for (const r of CLOUD_REGIONS) {
      expect(findGrid(r.grid)?.id, `${r.id} → ${r.grid}`).toBe(r.grid);
      expect(r.id.startsWith(`${r.provider}:`)).toBe(true);
      expect(findProvider(r.provider)).toBeDefined();
    }
  });

  it('covers the required GPUs, grids, regions and providers', () => {
    const gpus = ['v100-sxm2-32gb', 'a100-40gb-sxm', 'a100-80gb-sxm', 'a100-40gb-pcie', 'a100-80gb-pcie', 'h100-sxm', 'h100-pcie', 'h100-nvl', 'h200-sxm', 'h800-sxm', 'b200', 'gb200', 'l4', 'l40s', 'a10g', 't4', 'mi250x', 'mi300x', 'tpu-v4', 'tpu-v5e', 'tpu-v5p',
      // issue #12: what labs and clouds run today
      'rtx-3090', 'rtx-4090', 'rtx-5090', 'rtx-a6000', 'rtx-6000-ada', 'a40', 'a30', 'h20', 'h200-nvl', 'b300', 'gb300', 'mi325x', 'mi355x', 'gaudi2', 'gaudi3', 'tpu-v6e', 'trainium1', 'trainium2'];
    for (const id of gpus) expect(findGpu(id)?.id).toBe(id);
    const grids = ['WOR', 'US', 'CA', 'MX', 'BR', 'GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'ES', 'IT', 'SE', 'NO', 'FI', 'DK', 'PL', 'CH', 'AT', 'IN', 'CN', 'JP', 'KR', 'SG', 'TW', 'AU', 'ZA', 'AE', 'IL', 'US-VA', 'US-OH', 'US-OR', 'US-CA', 'US-IA', 'US-TX'];
    for (const id of grids) expect(findGrid(id)?.id).toBe(id);
    const regions = ['aws:us-east-1', 'aws:us-east-2', 'aws:us-west-2', 'aws:eu-west-1', 'aws:eu-central-1', 'aws:eu-north-1', 'aws:ap-northeast-1', 'aws:ap-southeast-1', 'aws:ap-south-1', 'aws:ca-central-1', 'aws:sa-east-1', 'gcp:us-central1', 'gcp:us-east1', 'gcp:us-east4', 'gcp:us-west1', 'gcp:europe-west1', 'gcp:europe-west4', 'gcp:europe-north1', 'gcp:asia-east1', 'gcp:asia-northeast1', 'azure:eastus', 'azure:eastus2', 'azure:westus2', 'azure:westus3', 'azure:northeurope', 'azure:westeurope', 'azure:swedencentral', 'azure:uksouth', 'azure:japaneast'];
    for (const id of regions) expect(findRegion(id)?.id).toBe(id);
    for (const id of ['aws', 'gcp', 'azure', 'oci', 'coreweave', 'on-prem']) expect(findProvider(id)?.id).toBe(id);
  });

  it('orders every range low <= central <= high with finite positive values', () => {
    const ranges = sourcedRanges();
    expect(ranges.length).toBeGreaterThan(150);
    for (const [path, r] of ranges) {
      for (const v of [r.low, r.central, r.high]) {
        expect(Number.isFinite(v) && v > 0, `${path}: ${v}`).toBe(true);
      }
      expect(r.low <= r.central && r.central <= r.high, `${path}: ${r.low} / ${r.central} / ${r.high}`).toBe(true);
      expect(r.source, `${path} has a source`).toBeDefined();
    }
  });

  it('gives every source a title and a year between 2010 and 2026', () => {
    const all = sources();
    expect(all.length).toBeGreaterThan(150);
    for (const [path, s] of all) {
      expect(typeof s.title === 'string' && s.title.length > 5, `${path}.title`).toBe(true);
      expect(Number.isInteger(s.year) && s.year >= 2010 && s.year <= 2026, `${path}.year = ${s.year}`).toBe(true);
    }
  });

  it('gives every GPU a positive power, memory and a BF16, FP16 or FP32 peak', () => {
    for (const g of GPUS) {
      expect(g.peakTflops.bf16 ?? g.peakTflops.fp16 ?? g.peakTflops.fp32, g.id).toBeGreaterThan(0);
      expect(g.powerW, g.id).toBeGreaterThan(0);
      expect(g.memoryGb, g.id).toBeGreaterThan(0);
      for (const v of Object.values(g.peakTflops)) expect(v).toBeGreaterThan(0);
    }
  });

  it('has no BF16/TF32 mode on V100 and T4 (Volta/Turing Tensor Cores are FP16 only)', () => {
    for (const id of ['v100-sxm2-32gb', 't4']) {
      const g = requireGpu(id);
      expect(g.peakTflops.bf16).toBeUndefined();
      expect(g.peakTflops.tf32).toBeUndefined();
      expect(g.peakTflops.fp16).toBeGreaterThan(0);
    }
  });

  it('keeps the methodology figures for the H100 SXM: 700 W, 989 TFLOP/s dense BF16, 250 kgCO2e', () => {
    const h100 = requireGpu('h100-sxm');
    expect(h100.powerW).toBe(700);
    expect(h100.peakTflops.bf16).toBe(989);
    expect(h100.memoryGb).toBe(80);
    expect(h100.embodied.gwp?.central).toBe(250);
    expect(h100.serverProfile).toBe('dgx-h100');
  });

  it('keeps the methodology figures for the DGX H100: 1,540 W and 10,058 kgCO2e for the non-GPU parts, 8 GPUs', () => {
    const dgx = requireServerProfile('dgx-h100');
    expect(dgx.gpusPerServer).toBe(8);
    expect(dgx.nonGpuPowerW).toBe(1540);
    expect(dgx.nonGpuEmbodied.gwp).toMatchObject({ low: 10058, central: 10058, high: 10058 });
  });

  it('keeps the audited figures of the accelerators added without a datasheet at hand (power, dense peaks, dies, hosts)', () => {
    // Each figure as its source prints it (docs/data-sources.md); dense = half the "with sparsity" figure.
    const expected: Record<string, { powerW: number; memoryGb: number; peakTflops: Record<string, number> }> = {
      h20: { powerW: 400, memoryGb: 96, peakTflops: { fp8: 296, bf16: 148, fp16: 148, tf32: 74, fp32: 44 } },
      b300: { powerW: 1100, memoryGb: 288, peakTflops: { fp8: 4500, bf16: 2250, fp16: 2250, tf32: 1125, fp32: 75 } },
      gb300: { powerW: 1400, memoryGb: 288, peakTflops: { fp8: 5000, bf16: 2500, fp16: 2500, tf32: 1250, fp32: 80 } },
      'rtx-5090': { powerW: 575, memoryGb: 32, peakTflops: { fp8: 419, bf16: 209.5, fp16: 209.5, tf32: 104.8, fp32: 104.8 } },
      'rtx-5000-ada': { powerW: 250, memoryGb: 32, peakTflops: { fp8: 522.2, bf16: 261.1, fp16: 261.1, tf32: 130.6, fp32: 65.3 } },
      mi355x: { powerW: 1400, memoryGb: 288, peakTflops: { fp8: 5000, bf16: 2500, fp16: 2500, fp32: 157.3 } },
      gaudi2: { powerW: 600, memoryGb: 96, peakTflops: { fp8: 865, bf16: 432 } },
    };
    for (const [id, e] of Object.entries(expected)) {
      const g = requireGpu(id);
      expect({ powerW: g.powerW, memoryGb: g.memoryGb, peakTflops: g.peakTflops }, id).toEqual(e);
    }
    // Die areas AMD does not publish: the MI250X's from a photo estimate, the MI355X's XCDs from its ISSCC 2026 paper.
    expect(requireGpu('mi250x').silicon.dies[0]?.areaMm2).toEqual({ low: 700, central: 790, high: 858 });
    expect(requireGpu('mi355x').silicon.dies[0]).toMatchObject({ areaMm2: 110, node: '3nm', count: 8 });
    // Google documents 8 chips per host for TPU v5e and v6e, 4 for v4 and v5p.
    for (const [id, chips] of [['tpu-v5e', 8], ['tpu-v6e', 8], ['tpu-v4', 4], ['tpu-v5p', 4]] as const) {
      expect(requireServerProfile(requireGpu(id).serverProfile).gpusPerServer, id).toBe(chips);
    }
  });

  it('gives every grid an off-site water factor: its own, else a sourced parent whose range says so', () => {
    for (const g of GRIDS) expect(g.water.central, g.id).toBeGreaterThan(0);
    // Singapore: no national WRI figure → the world factor, ranged over the published national ones.
    const sg = requireGrid('SG').water;
    expect(sg.central).toBe(3.908);
    expect(sg.low).toBeLessThan(sg.central);
    expect(sg.high).toBeGreaterThan(sg.central);
    expect(sg.source.note).toMatch(/no national factor for Singapore/);
    // Ohio: no state figure → the national US factor, ranged over Li et al.'s state factors.
    const oh = requireGrid('US-OH').water;
    expect(oh).toMatchObject({ low: 1.287, central: 3.1321, high: 9.501 });
    expect(oh.source.note).toMatch(/no Ohio figure/);
    // Every cloud region inherits its grid's.
    for (const r of CLOUD_REGIONS) expect(requireGrid(r.grid).water.central, r.id).toBeGreaterThan(0);
  });

  it('gives every accelerator GWP, ADPe and PE with a range and a published or estimated tag, estimated only where nothing is published', () => {
    for (const g of GPUS) {
      for (const c of ['gwp', 'adpe', 'pe'] as const) {
        const f = g.embodied[c];
        expect(['published', 'estimated'], `${g.id} ${c}`).toContain(f.basis);
        expect(f.low <= f.central && f.central <= f.high && f.low > 0, `${g.id} ${c}`).toBe(true);
      }
    }
    expect(requireGpu('h100-sxm').embodied.gwp.basis).toBe('published');
    expect(requireGpu('t4').embodied.gwp.basis).toBe('estimated');
    expect(requireGpu('l40s').embodied.gwp.source.note).toMatch(/^range = .*logic .* memory .* board/);
  });
});

describe('lookups', () => {
  it('resolves the names nvidia-smi prints', () => {
    expect(findGpu('NVIDIA A100-SXM4-80GB')?.id).toBe('a100-80gb-sxm');
    expect(findGpu('NVIDIA A100-SXM4-40GB')?.id).toBe('a100-40gb-sxm');
    expect(findGpu('NVIDIA A100 80GB PCIe')?.id).toBe('a100-80gb-pcie');
    expect(findGpu('NVIDIA H100 80GB HBM3')?.id).toBe('h100-sxm');
    expect(findGpu('NVIDIA H100 PCIe')?.id).toBe('h100-pcie');
    expect(findGpu('Tesla V100-SXM2-32GB')?.id).toBe('v100-sxm2-32gb');
    expect(findGpu('NVIDIA A10G')?.id).toBe('a10g');
    expect(findGpu('Tesla T4')?.id).toBe('t4');
    expect(findGpu('NVIDIA L4')?.id).toBe('l4');
    expect(findGpu('NVIDIA H200')?.id).toBe('h200-sxm');
    expect(findGpu('AMD Instinct MI300X')?.id).toBe('mi300x');
  });

  it('resolves the names of the new accelerators as nvidia-smi and CodeCarbon print them (spellings of ../shared/real-data/metrics)', () => {
    const names: Record<string, string> = {
      'NVIDIA GeForce RTX 3090': 'rtx-3090',
      'NVIDIA GeForce RTX 4090': 'rtx-4090',
      'NVIDIA GeForce RTX 5090': 'rtx-5090',
      'NVIDIA RTX A6000': 'rtx-a6000',
      'NVIDIA RTX 6000 Ada Generation': 'rtx-6000-ada',
      'NVIDIA RTX 5000 Ada Generation': 'rtx-5000-ada',
      'NVIDIA A40': 'a40',
      'NVIDIA A30': 'a30',
      'NVIDIA H20': 'h20',
      'NVIDIA H800': 'h800-sxm',
      'NVIDIA H200 NVL': 'h200-nvl',
      'NVIDIA B300': 'b300',
      'NVIDIA GB300': 'gb300',
      'Tesla V100-PCIE-32GB': 'v100-pcie-32gb',
      'AMD Instinct MI325X': 'mi325x',
      'AMD Instinct MI355X': 'mi355x',
      'Intel Gaudi 2': 'gaudi2',
      'Intel Gaudi 3': 'gaudi3',
      'TPU v6e': 'tpu-v6e',
      trn1: 'trainium1',
      trn2: 'trainium2',
    };
    for (const [name, id] of Object.entries(names)) expect(findGpu(name)?.id, name).toBe(id);
  });

  it('gives every accelerator a generation and a release year, and the facts the embodied estimate needs', () => {
    for (const g of GPUS) {
      expect(g.releaseYear, g.id).toBeGreaterThanOrEqual(2017);
      expect(g.generation, g.id).toBeTruthy();
      expect(g.silicon.dies.length, g.id).toBeGreaterThan(0);
      expect(g.silicon.source.title.length, g.id).toBeGreaterThan(5);
    }
  });

  it('ignores case, surrounding whitespace and treats _, space and - alike', () => {
    expect(findGpu('H100_SXM')?.id).toBe('h100-sxm');
    expect(findGpu('  h100 sxm  ')?.id).toBe('h100-sxm');
    expect(findGpu('A100')?.id).toBe('a100-40gb-sxm');
    expect(findGpu('TPU_v5p')?.id).toBe('tpu-v5p');
    expect(findServerProfile('DGX_H100')?.id).toBe('dgx-h100');
    expect(findProvider('AWS')?.id).toBe('aws');
    expect(findGrid('fr')?.id).toBe('FR');
    expect(findGrid('us-va')?.id).toBe('US-VA');
    expect(findGrid('FRA')?.id).toBe('FR');
    expect(findGpu('h100-sxm6')).toBeUndefined();
  });

  it('finds regions by provider:region, and by a bare name that only one provider uses', () => {
    expect(findRegion('aws:us-east-1')?.grid).toBe('US-VA');
    expect(findRegion('AWS:US-EAST-1')?.id).toBe('aws:us-east-1');
    expect(findRegion('gcp:europe-west9')?.grid).toBe('FR');
    expect(findRegion('westeurope')?.id).toBe('azure:westeurope');
    expect(findRegion('us-east1')?.id).toBe('gcp:us-east1');
    expect(findRegion('aws:us-east1')).toBeUndefined();
    expect(findRegion('FR')).toBeUndefined();
  });

  it('throws UnknownEntryError with suggestions that include the right entry', () => {
    expect(() => requireGpu('h100-sxm6')).toThrow(UnknownEntryError);
    try {
      requireGpu('h100-sxm6');
    } catch (e) {
      const err = e as UnknownEntryError;
      expect(err.kind).toBe('gpu');
      expect(err.input).toBe('h100-sxm6');
      expect(err.suggestions[0]).toBe('h100-sxm');
      expect(err.suggestions.length).toBeLessThanOrEqual(3);
      expect(err.message).toMatch(/^Unknown GPU "h100-sxm6"\. Did you mean: h100-sxm, [^?]+\? Known GPUs: v100-sxm2-32gb, /);
      expect(err.message).toContain('tpu-v5p');
    }
    const typo = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as UnknownEntryError).suggestions;
      }
      throw new Error('did not throw');
    };
    expect(typo(() => requireGpu('nvidia a100 sxm4 80'))).toContain('a100-80gb-sxm');
    expect(typo(() => requireGpu('l40'))).toContain('l40s');
    expect(typo(() => requireGrid('FRR'))).toContain('FR');
    expect(typo(() => requireRegion('aws:us-east-7'))).toContain('aws:us-east-1');
    expect(typo(() => requireRegion('europe-west99'))).toContain('gcp:europe-west9');
    expect(typo(() => requireProvider('azur'))).toEqual(['azure']);
    expect(typo(() => requireServerProfile('dgx-h10'))).toContain('dgx-h100');
    expect(typo(() => requireGpu('zzzzzzzzzzzz'))).toEqual([]);
  });

  it('formats messages without "Did you mean" when nothing is close', () => {
    expect(() => requireProvider('qqqqqqqq')).toThrow(/^Unknown provider "qqqqqqqq"\. Known providers: aws, gcp, azure, oci, coreweave, on-prem$/);
    expect(() => requireServerProfile('x')).toThrow(/Unknown server profile "x"/);
  });
});

describe('closestMatches and editDistance', () => {
  it('computes Damerau–Levenshtein distances', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('h100', 'h010')).toBe(1); // one transposition
    expect(editDistance('ca', 'abc')).toBe(3); // optimal string alignment
  });

  it('ranks substring matches first, then by distance, and drops unrelated candidates', () => {
    expect(closestMatches('h100', ['a100', 'h100-sxm', 'h100-pcie', 'tpu-v4'])).toEqual(['h100-sxm', 'h100-pcie', 'a100']);
    expect(closestMatches('gpuCont', ['gpuCount', 'mfu', 'precision'], 1)).toEqual(['gpuCount']);
    expect(closestMatches('frobnicate', ['gpu', 'mfu'])).toEqual([]);
    expect(closestMatches('', ['a'])).toEqual([]);
    expect(closestMatches('aws', ['aws', 'azure'], 0)).toEqual([]);
  });
});

describe('spot checks against published figures', () => {
  it('matches NVIDIA datasheets (dense = half the "with sparsity" figures)', () => {
    // NVIDIA A100 datasheet: BF16 Tensor Core 312 TFLOPS (624 with sparsity), TF32 156 (312), FP32 19.5; SXM 400 W.
    expect(requireGpu('a100-80gb-sxm').peakTflops).toEqual({ bf16: 312, fp16: 312, tf32: 156, fp32: 19.5 });
    expect(requireGpu('a100-80gb-sxm').powerW).toBe(400);
    // A100 PCIe 40GB: 250 W; 80GB PCIe: 300 W.
    expect(requireGpu('a100-40gb-pcie').powerW).toBe(250);
    expect(requireGpu('a100-80gb-pcie').powerW).toBe(300);
    // NVIDIA L4 datasheet: FP8 485 TFLOPS with sparsity → 242.5 dense; FP32 30.3; 72 W.
    expect(requireGpu('l4').peakTflops.fp8).toBe(242.5);
    expect(requireGpu('l4').powerW).toBe(72);
    // NVIDIA T4 datasheet: mixed-precision FP16 65 TFLOPS, FP32 8.1, 70 W.
    expect(requireGpu('t4').peakTflops.fp16).toBe(65);
    expect(requireGpu('t4').powerW).toBe(70);
    // NVIDIA V100 SXM2: 125 Tensor TFLOPS, 15.7 FP32, 300 W.
    expect(requireGpu('v100-sxm2-32gb').peakTflops).toEqual({ fp16: 125, fp32: 15.7 });
    // HGX B200: FP8 9 PFLOPS with sparsity per GPU → 4,500 dense; 1,000 W.
    expect(requireGpu('b200').peakTflops.fp8).toBe(4500);
    expect(requireGpu('b200').powerW).toBe(1000);
  });

  it('matches AMD and Google specifications', () => {
    // AMD MI300X: 1,307.4 TFLOPS dense BF16, 2,614.9 FP8, 192 GB HBM3, 750 W.
    expect(requireGpu('mi300x').peakTflops.bf16).toBe(1307.4);
    expect(requireGpu('mi300x').memoryGb).toBe(192);
    // Google TPU v4: 275 TFLOPS BF16, 32 GiB HBM (Jouppi et al. 2023); v5p: 459 TFLOPS, 95 GB.
    expect(requireGpu('tpu-v4').peakTflops.bf16).toBe(275);
    expect(requireGpu('tpu-v5p').peakTflops.bf16).toBe(459);
  });

  it('matches embodied figures of the GPU LCA studies', () => {
    // ADEME 2026 GPU LCA (Lees-Perasso et al., via EcoLogits): H100 80GB 273 kgCO2e, 0.00895 kgSbeq, 3,721 MJ.
    const h100 = requireGpu('h100-sxm').embodied;
    expect(h100.gwp.high).toBe(273);
    expect(h100.adpe?.central).toBe(0.00895);
    expect(h100.pe?.central).toBe(3721);
    // Boavizta via EcoLogits 2024: A100 80GB 143 kgCO2e; Hubblo/ADEME calculator: A100 PCIe 40GB 181 kgCO2e.
    expect(requireGpu('a100-80gb-sxm').embodied.gwp?.central).toBe(143);
    expect(requireGpu('a100-40gb-pcie').embodied.gwp?.central).toBe(181);
  });

  it('matches the grid figures of Ember, eGRID and Google', () => {
    // Ember 2024 (Our World in Data): world 473 g, France 44.2 g, US 383.6 g, India 708.3 g CO2e/kWh.
    expect(requireGrid('WOR').gwp.central).toBe(0.47301);
    expect(requireGrid('FR').gwp.central).toBe(0.04418);
    expect(requireGrid('US').gwp.central).toBe(0.38355);
    expect(requireGrid('IN').gwp.central).toBe(0.70832);
    // eGRID2023 CAMX 430.0 lb/MWh = 0.195 kg/kWh.
    expect(requireGrid('US-CA').gwp.central).toBeCloseTo(0.19504, 5);
    // Google region-carbon-info 2025: europe-west9 (Paris) 15.83 g, us-central1 (Iowa) 431.95 g.
    expect(requireRegion('gcp:europe-west9').gwp?.central).toBe(0.01583);
    expect(requireRegion('gcp:us-central1').gwp?.central).toBe(0.43195);
    // AWS regions publish no factor: the grid's applies.
    expect(requireRegion('aws:eu-west-3').gwp).toBeUndefined();
    // ADEME Base Empreinte via EcoLogits: France 4.858e-8 kgSbeq/kWh; WRI: France 3.67 L/kWh.
    expect(requireGrid('FR').adpe?.central).toBe(4.858e-8);
    expect(requireGrid('FR').water?.central).toBe(3.6737);
    // Li et al.: Virginia 2.385 L/kWh.
    expect(requireGrid('US-VA').water?.central).toBe(2.385);
  });

  it('matches the providers\' published PUE and WUE', () => {
    // AWS 2024: PUE 1.15, WUE 0.15 L/kWh. Google 2024: PUE 1.09. Microsoft FY24: WUE 0.30. Uptime 2024: 1.56.
    expect(requireProvider('aws').pue.central).toBe(1.15);
    expect(requireProvider('aws').wue?.central).toBe(0.15);
    expect(requireProvider('gcp').pue.central).toBe(1.09);
    expect(requireProvider('azure').wue?.central).toBe(0.3);
    expect(requireProvider('on-prem').pue.central).toBe(1.56);
    expect(requireProvider('on-prem').wue?.central).toBe(1.8);
    expect(requireProvider('oci').wue).toBeUndefined();
  });

  it('derives the DGX A100 non-GPU power from its datasheet: 6,500 W − 8 × 400 W', () => {
    expect(requireServerProfile('dgx-a100').nonGpuPowerW).toBe(6500 - 8 * 400);
  });
});
