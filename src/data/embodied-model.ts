/**
 * Bottom-up estimate of an accelerator's manufacturing impacts (GWP, ADPe, PE), for the devices with
 * no published figure. Four terms, each a sourced factor times a physical fact of the device:
 *
 *   logic      die area (as wafer area consumed per good die) × per-cm² factor of its process node
 *   packaging  IC packages × per-package factor
 *   memory     capacity (GB) × per-GB factor of its memory class (HBM, GDDR)
 *   board      PCB, heatsink, casing, transport and end of life of its board class
 *
 * Every factor is a spread between published figures: central = the best source, low/high = the
 * smallest and largest published value (src/data/ranges.ts). The estimate's low end adds up every
 * term's low end and its high end every high end, so the range covers the disagreement between
 * sources, not a statistical interval. Sources: ACT (Gupta et al. 2022), imec.netzero, LLMCarbon
 * (Faiz et al. 2024), the ADEME / Hubblo / Boavizta GPU model (Falk et al. 2025, ADEME 2026) and
 * BoaviztAPI's component factors (after Umweltbundesamt 2021) — data and method only.
 *
 * Routes differ on what a term covers: ACT's per-area carbon covers the bare die and adds 150 g per
 * package; the ADEME die factor was measured on packaged chips. So the central GWP follows ACT (die +
 * ACT's package), and ADPe and PE, which ACT does not give, follow ADEME (package in the die factor).
 */
import { spread, type Labelled } from './ranges.js';
import {
  ACT_2022,
  ACT_DRAM,
  ADEME_GPU_MODEL,
  ADEME_GPU_TEARDOWNS,
  BOAVIZTA_GPU_SPECS,
  BOAVIZTA_UBA_COMPONENTS,
  GDDR_DEVICE_DENSITY,
  IMEC_NETZERO_CPA,
  LLMCARBON_2024,
  WAFER_YIELD_METHOD,
  withNote,
} from './sources.js';
import {
  PROCESS_NODES,
  type AcceleratorEmbodied,
  type AreaMm2,
  type DieFacts,
  type EmbodiedData,
  type FormFactor,
  type MemoryType,
  type ProcessNode,
  type Source,
  type SourcedRange,
} from './types.js';

export const EMBODIED_CRITERIA = ['gwp', 'adpe', 'pe'] as const;
export type EmbodiedCriterion = (typeof EMBODIED_CRITERIA)[number];
export const EMBODIED_UNITS: Record<EmbodiedCriterion, string> = { gwp: 'kgCO2e', adpe: 'kgSbeq', pe: 'MJ' };

/** A low / central / high triple (the core's Range shape, without importing the core). */
export interface Spread {
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

type PerCriterion<T> = Record<EmbodiedCriterion, T>;

// ------------------------------------------------------------------------------ logic dies

/** ACT's fab figures per node family (Gupta et al. 2022, Table 1). */
const ACT_NODE: Record<string, { readonly epaKwh: number; readonly gpa95G: number; readonly gpa99G: number }> = {
  '14nm': { epaKwh: 1.2, gpa95G: 200, gpa99G: 125 },
  '10nm': { epaKwh: 1.475, gpa95G: 240, gpa99G: 150 },
  '8nm': { epaKwh: 1.52, gpa95G: 240, gpa99G: 150 },
  '7nm': { epaKwh: 2.15, gpa95G: 350, gpa99G: 200 },
  '5nm': { epaKwh: 2.75, gpa95G: 430, gpa99G: 225 },
  '3nm': { epaKwh: 3.25, gpa95G: 470, gpa99G: 275 },
};
/** ACT: Taiwan grid (location_2022.yaml), raw materials per cm² (materials.yaml). */
const ACT_FAB_CI_KG_PER_KWH = 0.583;
const ACT_MPA_KG = 0.5;
/** imec.netzero kgCO2e per cm² of wafer (ACT's imec-netzero-cpa.yaml). */
const IMEC_CPA: Record<string, number> = { '14nm': 0.97, '10nm': 1.09, '7nm': 1.44, '5nm': 1.54, '3nm': 1.75 };
/** LLMCarbon CPA, kgCO2e/cm² (data/hardware.csv). */
const LLMCARBON_CPA: Partial<Record<ProcessNode, number>> = { '16nm': 1.0, '12nm': 1.2, '7nm': 1.6, '6nm': 1.6, '5nm': 1.8, '4nm': 1.8 };
/** ADEME / Boavizta GPU die, per cm² of effective wafer area (4.2592e-2 kg, 1.5550e-8 kgSb, 0.56728 MJ per mm²). */
const ADEME_DIE_PER_CM2: PerCriterion<number> = { gwp: 4.2592, adpe: 1.555e-6, pe: 56.728 };
/** Boavizta / UBA CPU die per cm². */
const UBA_CPU_DIE_PER_CM2: PerCriterion<number> = { gwp: 1.97, adpe: 5.87e-7, pe: 26.5 };

/** The ACT / imec node family a marketing node belongs to (16 and 12 nm are 14 nm-class; N6 7 nm; N4 5 nm). */
const NODE_FAMILY: Record<ProcessNode, string> = {
  '16nm': '14nm',
  '12nm': '14nm',
  '10nm': '10nm',
  '8nm': '8nm',
  '7nm': '7nm',
  '6nm': '7nm',
  '5nm': '5nm',
  '4nm': '5nm',
  '3nm': '3nm',
};

const round = (v: number, digits = 4): number => Number(v.toPrecision(digits));

/** ACT's carbon per cm² of wafer processed (before any yield), kgCO2e: EPA × CI + GPA at 97 % + MPA. */
export function actCarbonPerCm2(node: ProcessNode): number {
  const f = ACT_NODE[NODE_FAMILY[node]]!;
  return round(f.epaKwh * ACT_FAB_CI_KG_PER_KWH + (f.gpa95G + f.gpa99G) / 2 / 1000 + ACT_MPA_KG);
}

/** Per-cm² factor of a node, per criterion, as a spread between sources. */
export function logicFactor(node: ProcessNode): PerCriterion<SourcedRange> {
  const family = NODE_FAMILY[node];
  const gwpOthers: Labelled[] = [];
  if (IMEC_CPA[family] !== undefined) gwpOthers.push([`imec.netzero ${family}`, IMEC_CPA[family]!]);
  if (family === '8nm') gwpOthers.push(['imec.netzero 10nm (no 8 nm figure)', IMEC_CPA['10nm']!]);
  if (LLMCARBON_CPA[node] !== undefined) gwpOthers.push([`LLMCarbon ${node}`, LLMCARBON_CPA[node]!]);
  gwpOthers.push(['ADEME/Boavizta GPU die (all nodes)', ADEME_DIE_PER_CM2.gwp]);
  return {
    gwp: spread(ACT_2022, [`ACT ${family} (kgCO2e/cm²)`, actCarbonPerCm2(node)], gwpOthers),
    adpe: spread(ADEME_GPU_MODEL, ['ADEME/Boavizta GPU die (kgSbeq/cm²)', ADEME_DIE_PER_CM2.adpe], [['Boavizta/UBA CPU die', UBA_CPU_DIE_PER_CM2.adpe]]),
    pe: spread(ADEME_GPU_MODEL, ['ADEME/Boavizta GPU die (MJ/cm²)', ADEME_DIE_PER_CM2.pe], [['Boavizta/UBA CPU die', UBA_CPU_DIE_PER_CM2.pe]]),
  };
}

/** A node not published: the spread over every node, central the 5 nm figure. */
function unknownNodeFactor(): PerCriterion<SourcedRange> {
  const all = PROCESS_NODES.map(logicFactor);
  const central = logicFactor('5nm');
  const widen = (c: EmbodiedCriterion): SourcedRange => ({
    low: Math.min(...all.map((f) => f[c].low)),
    central: central[c].central,
    high: Math.max(...all.map((f) => f[c].high)),
    source: { ...central[c].source, note: `process node not published: central = the 5 nm figure, range over 16–3 nm; ${central[c].source.note ?? ''}` },
  });
  return { gwp: widen('gwp'), adpe: widen('adpe'), pe: widen('pe') };
}

const WAFER_DIAMETER_MM = 300;
const KERF_MM = 0.2;
const DEFECTS_PER_CM2 = 0.1;
/** ACT's fixed fab yield, the optimistic end (no edge loss, harvested dies sold). */
const ACT_FAB_YIELD = 0.875;

/**
 * Wafer area consumed per good die, mm²: the die with its kerf, its share of the wafer edge it cannot
 * use (dies-per-wafer estimate) and of the dies lost to defects (Seeds yield exp(−√(A·D0))).
 */
export function effectiveWaferAreaMm2(dieAreaMm2: number): number {
  const side = Math.sqrt(dieAreaMm2) + KERF_MM;
  const withKerf = side * side;
  const wafer = Math.PI * (WAFER_DIAMETER_MM / 2) ** 2;
  const diesPerWafer = wafer / withKerf - (Math.PI * WAFER_DIAMETER_MM) / Math.sqrt(2 * withKerf);
  const yieldFraction = Math.exp(-Math.sqrt((withKerf / 100) * DEFECTS_PER_CM2));
  return wafer / diesPerWafer / yieldFraction;
}

function areaSpread(area: AreaMm2): Spread {
  return typeof area === 'number' ? { low: area, central: area, high: area } : area;
}

/** Wafer cm² per good die: low = ACT's fixed yield on the smallest area, else the wafer model. */
function waferCm2(area: AreaMm2): Spread {
  const a = areaSpread(area);
  return { low: a.low / ACT_FAB_YIELD / 100, central: effectiveWaferAreaMm2(a.central) / 100, high: effectiveWaferAreaMm2(a.high) / 100 };
}

// ------------------------------------------------------------------------------ memory

export type MemoryClass = 'hbm' | 'gddr';
export function memoryClassOf(type: MemoryType): MemoryClass {
  return type.startsWith('HBM') ? 'hbm' : 'gddr';
}

/** Per-GB figures every DRAM class shares as spread: ACT DDR4, LLMCarbon DRAM, UBA RAM die, Boavizta VRAM die. */
const DRAM_PER_GB_OTHERS: PerCriterion<Labelled[]> = {
  gwp: [
    ['ACT SK hynix DDR4 10nm', 0.065],
    ['LLMCarbon DRAM', 0.4],
    ['Boavizta/UBA RAM die 2.20 kg/cm² ÷ 2.375 GB/cm²', round(2.2 / 2.375)],
    ['Boavizta VRAM 15.5 mm²/GB × 0.18379 kg/mm²', round(15.5 * 0.18379)],
  ],
  adpe: [
    ['Boavizta/UBA RAM die 6.30e-5 kgSb/cm² ÷ 2.375 GB/cm²', round(6.3e-5 / 2.375)],
    ['Boavizta VRAM 15.5 mm²/GB × 5.0731e-9 kgSb/mm²', round(15.5 * 5.0731e-9)],
  ],
  pe: [
    ['Boavizta/UBA RAM die 27.3 MJ/cm² ÷ 2.375 GB/cm²', round(27.3 / 2.375)],
    ['Boavizta VRAM 15.5 mm²/GB × 2.452 MJ/mm²', round(15.5 * 2.452)],
  ],
};

/** Central per-GB figures from the ADEME teardowns: HBM2 of the P100 (16 GB); GDDR6 of the Titan RTX (24 GB) and RTX A4500 (20 GB), averaged. */
const MEMORY_CENTRAL: Record<MemoryClass, PerCriterion<Labelled>> = {
  hbm: {
    gwp: ['ADEME teardown, Tesla P100 HBM2 12.5 kg / 16 GB', round(12.5 / 16)],
    adpe: ['ADEME teardown, Tesla P100 HBM2 3.45e-7 kgSb / 16 GB', round(3.45e-7 / 16)],
    pe: ['ADEME teardown, Tesla P100 HBM2 163 MJ / 16 GB', round(163 / 16)],
  },
  gddr: {
    gwp: ['ADEME teardowns, GDDR6 of Titan RTX (35.9 kg / 24 GB) and RTX A4500 (29.9 kg / 20 GB)', round((35.9 / 24 + 29.9 / 20) / 2)],
    adpe: ['ADEME teardowns, GDDR6 of Titan RTX (1.59e-3 / 24 GB) and RTX A4500 (1.33e-3 / 20 GB)', round((1.59e-3 / 24 + 1.33e-3 / 20) / 2)],
    pe: ['ADEME teardowns, GDDR6 of Titan RTX (387 MJ / 24 GB) and RTX A4500 (322 MJ / 20 GB)', round((387 / 24 + 322 / 20) / 2)],
  },
};

/** Per-GB factor of a memory class, per criterion. */
export function memoryFactor(cls: MemoryClass): PerCriterion<SourcedRange> {
  const f = (c: EmbodiedCriterion) => spread(ADEME_GPU_TEARDOWNS, MEMORY_CENTRAL[cls][c], DRAM_PER_GB_OTHERS[c]);
  return { gwp: f('gwp'), adpe: f('adpe'), pe: f('pe') };
}

/** GDDR cards carry one package per 16 Gb (2 GB) device; HBM stacks sit in the GPU package. */
const GB_PER_GDDR_PACKAGE = 2;

// ------------------------------------------------------------------------------ packaging

/** Per logic package: ACT 0.15 kg (central GWP); 0 where the ADEME die factor already covers it; UBA CPU package base. */
const LOGIC_PACKAGE: PerCriterion<SourcedRange> = {
  gwp: spread(ACT_2022, ['ACT per IC package', 0.15], [['ADEME/Boavizta (in the die factor)', 0], ['Boavizta/UBA CPU package base', 9.14]]),
  adpe: spread(ADEME_GPU_MODEL, ['ADEME/Boavizta (in the die factor)', 0], [['Boavizta/UBA CPU package base', 2.04e-2]]),
  pe: spread(ADEME_GPU_MODEL, ['ADEME/Boavizta (in the die factor)', 0], [['Boavizta/UBA CPU package base', 156]]),
};
/** Per GDDR package: ACT 0.15 kg; 0 in the ADEME route (its VRAM factor covers the package). */
const MEMORY_PACKAGE_GWP = spread(ACT_2022, ['ACT per IC package', 0.15], [['ADEME/Boavizta (in the VRAM factor)', 0]]);

// ------------------------------------------------------------------------------ board

/** Physical characteristics of a card (Boavizta gpu_specs.csv). */
interface CardBuild {
  readonly name: string;
  readonly pcbCm2: number;
  readonly heatsinkKg: number;
  readonly casingKg: number;
  readonly massKg: number;
}

const CARDS: Record<string, CardBuild> = {
  h100Sxm: { name: 'H100 SXM 80GB (Boavizta default GPU)', pcbCm2: 296.37, heatsinkKg: 0.90077, casingKg: 0.78923, massKg: 1.69 },
  a100Sxm: { name: 'A100 SXM4 40GB', pcbCm2: 105, heatsinkKg: 1.25, casingKg: 0.09, massKg: 1.56 },
  a100Pcie: { name: 'A100 PCIe 40GB', pcbCm2: 234.36, heatsinkKg: 0.609, casingKg: 0.387, massKg: 1.23 },
  p100: { name: 'Tesla P100', pcbCm2: 295.26, heatsinkKg: 0.538, casingKg: 0.175, massKg: 0.888 },
  a4500: { name: 'RTX A4500', pcbCm2: 230.04, heatsinkKg: 0.714, casingKg: 0.1976, massKg: 1.06 },
  titanRtx: { name: 'Titan RTX', pcbCm2: 309.72, heatsinkKg: 0.0537, casingKg: 0.682, massKg: 0.936 },
  gtx1080Ti: { name: 'GTX 1080 Ti', pcbCm2: 312.14, heatsinkKg: 0.427, casingKg: 0.252, massKg: 0.881 },
  l4: { name: 'L4', pcbCm2: 93.13, heatsinkKg: 0.0871, casingKg: 0, massKg: 0.142 },
};

/** ADEME / Boavizta factors per unit: PCB cm², heatsink kg, casing kg, card kg (upstream transport + end of life). */
const BOARD_FACTORS: PerCriterion<{ pcb: number; heatsink: number; casing: number; perKgCard: number }> = {
  gwp: { pcb: 3.2549e-2, heatsink: 5.7412, casing: 8.2542, perKgCard: 0.25955 + 1.5062 },
  adpe: { pcb: 1.2707e-5, heatsink: 1.8669e-3, casing: 4.0835e-4, perKgCard: 1.0196e-8 + 3.714e-6 },
  pe: { pcb: 0.82969, heatsink: 92.287, casing: 245.88, perKgCard: 3.619 + 22.348 },
};

function boardValue(card: CardBuild, c: EmbodiedCriterion): number {
  const f = BOARD_FACTORS[c];
  return round(card.pcbCm2 * f.pcb + card.heatsinkKg * f.heatsink + card.casingKg * f.casing + card.massKg * f.perKgCard);
}

/** The cards of each board class: the first is the central one. */
const BOARD_CLASSES: Record<FormFactor, readonly CardBuild[]> = {
  module: [CARDS.h100Sxm!, CARDS.a100Sxm!],
  pcie: [CARDS.a100Pcie!, CARDS.p100!, CARDS.a4500!, CARDS.titanRtx!, CARDS.gtx1080Ti!],
  'low-profile': [CARDS.l4!],
};

const BOARD_SOURCE: Source = {
  ...ADEME_GPU_MODEL,
  title: `${ADEME_GPU_MODEL.title} × card characteristics of ${BOAVIZTA_GPU_SPECS.title}`,
};

/** Board, heatsink, casing, upstream transport and end of life of a board class, per criterion. */
export function boardFactor(form: FormFactor): PerCriterion<SourcedRange> {
  const [central, ...others] = BOARD_CLASSES[form];
  const f = (c: EmbodiedCriterion) =>
    spread(BOARD_SOURCE, [`${central!.name} (${EMBODIED_UNITS[c]})`, boardValue(central!, c)], others.map((card) => [card.name, boardValue(card, c)] as Labelled));
  return { gwp: f('gwp'), adpe: f('adpe'), pe: f('pe') };
}

// ------------------------------------------------------------------------------ the estimate

export interface EmbodiedFacts {
  readonly dies: readonly DieFacts[];
  readonly memoryGb: number;
  /** `unknown`: the spread over HBM and GDDR, central HBM. */
  readonly memoryType: MemoryType | 'unknown';
  /** `unknown`: the spread over every board class, central `module`. */
  readonly formFactor: FormFactor | 'unknown';
}

export type EmbodiedTermName = 'logic' | 'packaging' | 'memory' | 'board';

export interface EmbodiedTerm {
  readonly term: EmbodiedTermName;
  /** What was multiplied, e.g. "2 × 814 mm² at 4nm → 56.2 cm² of wafer (18.6–56.2)". */
  readonly basis: string;
  readonly impacts: PerCriterion<Spread>;
}

export interface EmbodiedEstimate {
  readonly impacts: PerCriterion<Spread>;
  readonly terms: readonly EmbodiedTerm[];
}

const times = (a: Spread, b: Spread): Spread => ({ low: a.low * b.low, central: a.central * b.central, high: a.high * b.high });
const plus = (a: Spread, b: Spread): Spread => ({ low: a.low + b.low, central: a.central + b.central, high: a.high + b.high });
const ZERO: Spread = { low: 0, central: 0, high: 0 };
const perCriterion = <T>(f: (c: EmbodiedCriterion) => T): PerCriterion<T> => ({ gwp: f('gwp'), adpe: f('adpe'), pe: f('pe') });

/** Per-criterion factors widened over several options (unknown memory class or board class). */
function widenOver(options: readonly PerCriterion<SourcedRange>[], central: PerCriterion<SourcedRange>): PerCriterion<Spread> {
  return perCriterion((c) => ({
    low: Math.min(...options.map((o) => o[c].low)),
    central: central[c].central,
    high: Math.max(...options.map((o) => o[c].high)),
  }));
}

const fmt = (v: number): string => String(Number(v.toPrecision(3)));
const fmtSpread = (s: Spread): string => (s.low === s.high ? fmt(s.central) : `${fmt(s.central)} (${fmt(s.low)}–${fmt(s.high)})`);

/** The bottom-up estimate of one device: a pure function of its facts. */
export function estimateEmbodied(facts: EmbodiedFacts): EmbodiedEstimate {
  const terms: EmbodiedTerm[] = [];

  // Logic: Σ dies × wafer area per good die × per-cm² factor of its node.
  let logic = perCriterion(() => ZERO);
  const dieText: string[] = [];
  for (const die of facts.dies) {
    const factor = die.node === 'unknown' ? unknownNodeFactor() : logicFactor(die.node);
    const wafer = waferCm2(die.areaMm2);
    const count: Spread = { low: die.count, central: die.count, high: die.count };
    logic = perCriterion((c) => plus(logic[c], times(times(count, wafer), factor[c])));
    dieText.push(`${die.count} × ${fmtSpread(areaSpread(die.areaMm2))} mm² at ${die.node} → ${fmtSpread(times(count, wafer))} cm² of wafer`);
  }
  terms.push({ term: 'logic', basis: dieText.join(' + '), impacts: logic });

  // Packaging: one logic package, plus one per GDDR device.
  const gddr = facts.memoryType !== 'unknown' && memoryClassOf(facts.memoryType) === 'gddr';
  const memoryPackages = gddr ? Math.ceil(facts.memoryGb / GB_PER_GDDR_PACKAGE) : 0;
  const packaging = perCriterion((c) =>
    c === 'gwp' ? plus(LOGIC_PACKAGE.gwp, times({ low: memoryPackages, central: memoryPackages, high: memoryPackages }, MEMORY_PACKAGE_GWP)) : LOGIC_PACKAGE[c],
  );
  terms.push({ term: 'packaging', basis: `1 logic package${memoryPackages ? ` + ${memoryPackages} GDDR packages` : ''}`, impacts: packaging });

  // Memory: GB × per-GB factor of the class.
  const perGb =
    facts.memoryType === 'unknown' ? widenOver([memoryFactor('hbm'), memoryFactor('gddr')], memoryFactor('hbm')) : memoryFactor(memoryClassOf(facts.memoryType));
  const gb: Spread = { low: facts.memoryGb, central: facts.memoryGb, high: facts.memoryGb };
  terms.push({ term: 'memory', basis: `${facts.memoryGb} GB ${facts.memoryType}`, impacts: perCriterion((c) => times(gb, perGb[c])) });

  // Board: per card of its class.
  const board =
    facts.formFactor === 'unknown' ? widenOver([boardFactor('module'), boardFactor('pcie'), boardFactor('low-profile')], boardFactor('module')) : boardFactor(facts.formFactor);
  terms.push({ term: 'board', basis: `${facts.formFactor} board`, impacts: perCriterion((c) => ({ low: board[c].low, central: board[c].central, high: board[c].high })) });

  const impacts = perCriterion((c) => terms.reduce((acc, t) => plus(acc, t.impacts[c]), ZERO));
  return { impacts, terms };
}

/** The source of an estimate: the model, with the terms' figures in the note. */
export const EMBODIED_MODEL_SOURCE: Source = {
  title: 'Bottom-up estimate of this project (src/data/embodied-model.ts): die area × per-cm² factor of its node (ACT, imec.netzero, LLMCarbon, ADEME/Boavizta) on the wafer area per good die, + memory GB × per-GB factor (ADEME teardowns, ACT, LLMCarbon, Boavizta/UBA), + packaging (ACT, Boavizta/UBA), + board, heatsink, casing, transport and end of life (ADEME/Boavizta)',
  url: 'docs/data-sources.md#embodied-estimate',
  year: 2026,
  note: `range = the spread between the sources of every term; ${WAFER_YIELD_METHOD.title}; GDDR packages per ${GDDR_DEVICE_DENSITY.title}; ACT DDR4 per GB: ${ACT_DRAM.note}; LLMCarbon: ${LLMCARBON_2024.note}; imec: ${IMEC_NETZERO_CPA.title}; UBA: ${BOAVIZTA_UBA_COMPONENTS.note}`,
};

/** One line per term with its figures, for the note of an estimated figure. */
export function describeEstimate(e: EmbodiedEstimate, c: EmbodiedCriterion): string {
  return e.terms.map((t) => `${t.term} ${fmtSpread(t.impacts[c])} ${EMBODIED_UNITS[c]} (${t.basis})`).join('; ');
}

/**
 * An accelerator's manufacturing impacts: each criterion its published figure where there is one,
 * else the bottom-up estimate, tagged `estimated`, its note giving every term.
 */
export function completeEmbodied(published: EmbodiedData, facts: EmbodiedFacts): AcceleratorEmbodied {
  let estimate: EmbodiedEstimate | null = null;
  const figure = (c: EmbodiedCriterion) => {
    const p = published[c];
    if (p) return { ...p, basis: 'published' as const };
    estimate ??= estimateEmbodied(facts);
    const e = estimate.impacts[c];
    return { low: e.low, central: e.central, high: e.high, source: withNote(EMBODIED_MODEL_SOURCE, describeEstimate(estimate, c)), basis: 'estimated' as const };
  };
  return { gwp: figure('gwp'), adpe: figure('adpe'), pe: figure('pe') };
}
