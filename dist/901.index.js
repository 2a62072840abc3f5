export const id = 901;
export const ids = [901];
export const modules = {

/***/ 25901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeReportFiles: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/footprint.ts
var footprint = __webpack_require__(12784);
// EXTERNAL MODULE: ./src/data/catalogue.ts + 2 modules
var catalogue = __webpack_require__(69749);
;// CONCATENATED MODULE: ./src/outputs/boamps.ts
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



const BOAMPS_FORMAT_VERSION = '1.1.0';
const SPEC_URI = 'https://github.com/Boavizta/BoAmps/tree/main/model';
const STAGE = {
    training: 'training',
    'fine-tuning': 'finetuning',
    inference: 'inference',
    'image-generation': 'inference',
    'video-generation': 'inference',
    'audio-generation': 'inference',
};
const FAMILY = {
    training: 'text generation',
    'fine-tuning': 'text generation',
    inference: 'text generation',
    'image-generation': 'image generation',
    'video-generation': 'video generation',
    'audio-generation': 'audio generation',
};
const OUTPUT_TYPE = {
    training: 'token',
    'fine-tuning': 'token',
    inference: 'token',
    'image-generation': 'image',
    'video-generation': 'video',
    'audio-generation': 'audio',
};
const METHOD = {
    'measured-energy': 'measured energy (job metrics), read by ml-footprint',
    'measured-gpu-hours': 'ml-footprint: measured GPU-hours × board power',
    theoretical: 'flops-compute: ml-footprint estimate, FLOPs / (peak × MFU) × board power',
};
const CLOUD = new Set(['aws', 'gcp', 'azure', 'oci', 'coreweave']);
/** A version-4-shaped UUID from a hash, so the same run exports with the same id. */
function stableUuid(text) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** "YYYY-MM-DD HH:MM:SS", UTC, as the schema asks. */
function datetime(d) {
    return d.toISOString().slice(0, 19).replace('T', ' ');
}
function quality(r) {
    const e = (0,footprint/* knownTotal */.kq)(r.footprint.impacts.gwp)?.value;
    if (!e || e.central <= 0)
        return 'low';
    const spread = Math.max(e.central - e.low, e.high - e.central) / e.central;
    return spread <= 0.1 ? 'high' : spread <= 0.25 ? 'medium' : 'low';
}
/** ISO country code of a grid id ("FR", "US-VA" → "US"); null for the world average. */
function countryOf(grid) {
    const m = /^([A-Z]{2})(?:-|$)/.exec(grid);
    return m ? m[1] : null;
}
function boampsReport(r, opts = {}) {
    const run = r.run;
    const f = r.footprint;
    const spec = run.gpu ? (0,catalogue/* findGpu */.GO)(run.gpu.id) : undefined;
    const count = run.inputs.gpuCount ?? 1;
    const tokenWorkload = OUTPUT_TYPE[run.kind] === 'token';
    const algorithm = {
        algorithmType: tokenWorkload ? 'llm' : 'neural network',
        ...(run.scale.parameters !== null ? { parametersNumber: run.scale.parameters / 1e9 } : {}),
        ...(run.gpu ? { quantization: run.gpu.precision } : {}),
    };
    const dataset = STAGE[run.kind] === 'inference'
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

;// CONCATENATED MODULE: ./src/outputs/csv.ts
/**
 * One row per run for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), a header row naming every column with its unit, numbers
 * plain (no thousands separator, no exponent), unknown figures empty. Text that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
const COLUMNS = [
    ['id', (r) => r.run.id],
    ['name', (r) => r.run.name],
    ['kind', (r) => r.run.kind],
    ['phase', (r) => r.run.phase],
    ['status', (r) => r.run.status],
    ['component', (r) => r.run.component],
    ['file', (r) => r.run.file],
    ['line', (r) => r.run.line],
    ['gpu', (r) => r.run.gpu?.id ?? null],
    ['gpu_count', (r) => r.run.inputs.gpuCount],
    ['precision', (r) => r.run.gpu?.precision ?? null],
    ['region', (r) => r.run.location.region],
    ['grid', (r) => r.run.location.grid],
    ['basis', (r) => r.footprint.basis],
    ['flops', (r) => r.footprint.flops],
    ['gpu_hours_theoretical', (r) => c(r.footprint.gpuHours.theoretical)],
    ['gpu_hours_measured', (r) => r.footprint.gpuHours.measured],
    ['gpu_hours_used', (r) => r.footprint.gpuHours.used.central],
    ['implied_mfu', (r) => r.footprint.impliedMfu],
    ['energy_kwh', (r) => r.footprint.energyKwh.total.central],
    ['it_energy_kwh', (r) => r.footprint.itEnergyKwh.central],
    ['emissions_operational_kgco2e', (r) => c(r.footprint.impacts.gwp.operational.total)],
    ['emissions_embodied_kgco2e', (r) => c(r.footprint.impacts.gwp.embodied.total)],
    ['emissions_total_kgco2e', (r) => c((0,footprint/* knownTotal */.kq)(r.footprint.impacts.gwp)?.value ?? null)],
    ['emissions_total_is_lower_bound', (r) => (0,footprint/* knownTotal */.kq)(r.footprint.impacts.gwp)?.complete === false],
    ['emissions_low_kgco2e', (r) => (0,footprint/* knownTotal */.kq)(r.footprint.impacts.gwp)?.value.low ?? null],
    ['emissions_high_kgco2e', (r) => (0,footprint/* knownTotal */.kq)(r.footprint.impacts.gwp)?.value.high ?? null],
    ...footprint/* CRITERIA */.wf.filter((k) => k !== 'gwp').map((k) => [`${k === 'water' ? 'water_l' : k === 'adpe' ? 'adpe_kgsbeq' : 'pe_mj'}`, (r) => c((0,footprint/* knownTotal */.kq)(r.footprint.impacts[k])?.value ?? null)]),
    ['warnings', (r) => r.footprint.warnings.map((w) => w.message).join(' | ')],
];
function c(r) {
    return r ? r.central : null;
}
function field(v) {
    if (v === null)
        return '';
    if (typeof v === 'number')
        return Number.isFinite(v) ? PLAIN.format(v) : '';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const CSV_COLUMNS = COLUMNS.map(([name]) => name);
function runsCsv(report) {
    const rows = [CSV_COLUMNS, ...report.runs.map((r) => COLUMNS.map(([, value]) => field(value(r))))];
    return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/outputs/format.ts
var format = __webpack_require__(20723);
;// CONCATENATED MODULE: ./src/outputs/model-card.ts
/**
 * The Hugging Face model card's `co2_eq_emissions` metadata for a run or a component's training
 * runs, ready to paste into the YAML front matter of the model's README.md. Keys as the Hub
 * documents them (https://huggingface.co/docs/hub/model-cards-co2): emissions (grams of CO2e),
 * source, training_type, geographical_location, hardware_used.
 *
 * `emissions` is the operational figure, as CodeCarbon and the ML CO2 Impact calculator that the Hub
 * cites report it, so cards stay comparable; `source` says how it was found and states the embodied
 * share left out.
 */


const TRAINING_KINDS = new Set(['training', 'fine-tuning']);
const isTrainingRun = (r) => TRAINING_KINDS.has(r.run.kind);
const BASIS = {
    'measured-energy': 'measured energy',
    'measured-gpu-hours': 'measured GPU-hours × power',
    theoretical: 'theoretical GPU-hours from FLOPs (6·N·D at an assumed MFU)',
};
const distinct = (items) => [...new Set(items)];
function model_card_location(r) {
    const l = r.run.location;
    if (l.ownGridFactor && l.region === null)
        return 'not stated (grid factor given in the manifest)';
    if (l.grid === 'WOR' && l.region === null)
        return 'not stated (world-average grid factor)';
    return l.region ? `${l.label} (${l.region})` : `${l.label} (${l.grid})`;
}
function hardware(runs) {
    const byGpu = new Map();
    for (const r of runs) {
        const name = r.run.gpu?.name ?? 'unknown GPU';
        const g = byGpu.get(name) ?? { hours: 0, maxCount: 0 };
        g.hours += r.footprint.gpuHours.used.central;
        g.maxCount = Math.max(g.maxCount, r.run.inputs.gpuCount ?? 0);
        byGpu.set(name, g);
    }
    return [...byGpu]
        .map(([name, g]) => {
        const count = g.maxCount ? (runs.length === 1 ? `${g.maxCount} × ` : `up to ${g.maxCount} × `) : '';
        return `${count}${name}, ${(0,format/* formatGpuHours */.pX)(g.hours)}`;
    })
        .join('; ');
}
function trainingType(runs) {
    const kinds = new Set(runs.map((r) => (r.run.kind === 'training' ? 'pre-training' : 'fine-tuning')));
    return kinds.size === 1 ? [...kinds][0] : 'pre-training and fine-tuning';
}
/** The metadata for these training runs (all statuses: failed and ablation runs count too). */
function co2EqEmissions(runs) {
    if (!runs.length)
        throw new Error('co2EqEmissions needs at least one run');
    const operational = runs.reduce((a, r) => a + (r.footprint.impacts.gwp.operational.total?.central ?? 0), 0);
    const embodied = runs.map((r) => r.footprint.impacts.gwp.embodied.total?.central ?? null);
    const knownEmbodied = embodied.reduce((a, v) => a + (v ?? 0), 0);
    const bases = distinct(runs.map((r) => BASIS[r.footprint.basis])).join(', ');
    const what = runs.length === 1 ? `run ${runs[0].run.id}` : `${runs.length} runs (${distinct(runs.map((r) => r.run.status)).join(', ')})`;
    const embodiedNote = knownEmbodied > 0
        ? `embodied hardware emissions (${embodied.includes(null) ? 'at least ' : ''}${(0,format/* formatKg */.KC)(knownEmbodied)}) not included`
        : 'embodied hardware emissions not included';
    return {
        emissions: Number((operational * 1000).toPrecision(6)),
        source: `ml-footprint (https://github.com/ml-footprint/ml-footprint-action): operational emissions of ${what}, ` +
            `from ${bases}, × PUE × location-based grid factor; ${embodiedNote}`,
        training_type: trainingType(runs),
        geographical_location: distinct(runs.map(model_card_location)).join('; '),
        hardware_used: hardware(runs),
    };
}
/** The YAML block to paste into the front matter, with a comment saying what it covers. */
function renderModelCard(runs, what) {
    const body = (0,dist/* stringify */.As)({ co2_eq_emissions: co2EqEmissions(runs) }, { lineWidth: 0 });
    return `# ${what.replace(/[\r\n]+/g, ' ')}: paste into the YAML front matter of the model's README.md\n${body}`;
}

;// CONCATENATED MODULE: ./src/action/report-files.ts
/**
 * The report files the action writes next to its JSON report (input `report-formats`) and uploads
 * with it (`upload-report`): CSV, BoAmps reports (one per run) and model-card metadata (one per
 * component with training runs).
 */





/** A file name from user text (run ids, components): safe characters only, distinct within a folder. */
function safeNames(names) {
    const used = new Set();
    return names.map((n) => {
        const base = n.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 100) || 'run';
        let name = base;
        for (let i = 2; used.has(name.toLowerCase()); i++)
            name = `${base}-${i}`;
        used.add(name.toLowerCase());
        return name;
    });
}
/** Writes the head report in the extra formats into `dir`; returns the files written. */
function writeReportFiles(report, formats, dir) {
    const files = [];
    const write = (rel, text) => {
        const file = external_node_path_default().join(dir, rel);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, text);
        files.push(file);
    };
    if (formats.includes('csv'))
        write('ml-footprint-report.csv', runsCsv(report));
    if (formats.includes('boamps')) {
        const names = safeNames(report.runs.map((r) => r.run.id));
        report.runs.forEach((r, i) => write(external_node_path_default().join('ml-footprint-boamps', `${names[i]}.json`), `${JSON.stringify(boampsReport(r), null, 2)}\n`));
    }
    if (formats.includes('model-card')) {
        const training = report.runs.filter(isTrainingRun);
        const components = [...new Set(training.map((r) => r.run.component))];
        const names = safeNames(components);
        components.forEach((c, i) => write(external_node_path_default().join('ml-footprint-model-cards', `${names[i]}.yml`), renderModelCard(training.filter((r) => r.run.component === c), `co2_eq_emissions of component ${c}, from ml-footprint`)));
    }
    return files;
}


/***/ })

};
