export const id = 165;
export const ids = [165];
export const modules = {

/***/ 6165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_LEDGER_JSON_BYTES: () => (/* binding */ MAX_LEDGER_JSON_BYTES),
  loadLedgers: () => (/* binding */ loadLedgers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/anatomy.ts
var model_anatomy = __webpack_require__(7276);
// EXTERNAL MODULE: ./src/model/resolve.ts + 1 modules
var resolve = __webpack_require__(9171);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
// EXTERNAL MODULE: ./src/inputs/metrics/bytes.ts
var bytes = __webpack_require__(4780);
// EXTERNAL MODULE: ./src/inputs/metrics/json-positions.ts
var json_positions = __webpack_require__(8340);
// EXTERNAL MODULE: ./src/inputs/metrics/peek.ts
var peek = __webpack_require__(5424);
// EXTERNAL MODULE: ./src/inputs/paths.ts
var inputs_paths = __webpack_require__(7981);
// EXTERNAL MODULE: ./src/inputs/ledgers/accumulate.ts
var accumulate = __webpack_require__(5080);
// EXTERNAL MODULE: ./src/inputs/metrics/csv-records.ts
var csv_records = __webpack_require__(6648);
;// CONCATENATED MODULE: ./src/inputs/ledgers/types.ts
/** A job with every field unknown, to build readers' records from. */
const EMPTY_JOB = {
    key: '',
    id: '',
    name: '',
    state: null,
    rawState: null,
    startMs: Number.NaN,
    endMs: Number.NaN,
    elapsedS: Number.NaN,
    gpus: Number.NaN,
    nodes: Number.NaN,
    gpuSeconds: Number.NaN,
    gpuType: null,
    energyJ: Number.NaN,
    account: null,
    partition: null,
    user: null,
    group: null,
    tags: [],
    flops: Number.NaN,
    steps: Number.NaN,
    maxSteps: Number.NaN,
    line: 0,
};
const gpuSecondsOf = (j) => (Number.isNaN(j.gpuSeconds) ? (j.gpus > 0 ? j.gpus * j.elapsedS : 0) : j.gpuSeconds);
const plus = (x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : x + y);
/**
 * A heterogeneous job's next component (123+1) added to the job made of the earlier ones: GPUs,
 * GPU-seconds and energy add up, the span covers both, and a component that failed fails the job.
 */
function mergeHetComponent(a, b) {
    return {
        ...a,
        gpus: plus(a.gpus, b.gpus),
        nodes: plus(a.nodes, b.nodes),
        gpuSeconds: gpuSecondsOf(a) + gpuSecondsOf(b),
        gpuType: a.gpuType ?? b.gpuType,
        elapsedS: Math.max(a.elapsedS, b.elapsedS),
        startMs: Math.min(a.startMs, b.startMs),
        endMs: Math.max(a.endMs, b.endMs),
        energyJ: plus(a.energyJ, b.energyJ),
        ...(a.state === 'COMPLETED' && b.state !== null && b.state !== 'COMPLETED' ? { state: b.state, rawState: b.rawState } : {}),
    };
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/hf-trainer.ts


const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);
/** The files of one run, by the name the Trainer gives them. */
const TRAINER_FILES = ['trainer_state.json', 'all_results.json', 'train_results.json', 'eval_results.json'];
/** Whether a parsed JSON value is one of the Trainer's files. */
function isTrainerOutput(value) {
    if (!(0,json_positions/* isJsonObject */.OW)(value))
        return false;
    if (Array.isArray(value.log_history) && ('global_step' in value || 'max_steps' in value))
        return true;
    return Object.keys(value).some((k) => k === 'train_runtime' || k === 'total_flos' || k === 'eval_runtime');
}
/** One run from its trainer_state.json and results files; `name` is its directory (or file prefix). */
function readTrainerRun(files, name, sink) {
    const state = (0,json_positions/* isJsonObject */.OW)(files.state) ? files.state : {};
    const results = files.results.filter(json_positions/* isJsonObject */.OW);
    const history = Array.isArray(state.log_history) ? state.log_history.filter(json_positions/* isJsonObject */.OW) : [];
    const summary = [...history].reverse().find((h) => 'train_runtime' in h) ?? {};
    const first = (key) => [...results.map((r) => num(r[key])), num(summary[key]), num(state[key])].find((v) => !Number.isNaN(v)) ?? Number.NaN;
    const runtime = first('train_runtime');
    const flops = [num(state.total_flos), ...results.map((r) => num(r.total_flos)), num(summary.total_flos)].find((v) => v > 0) ?? Number.NaN;
    sink.job({
        ...EMPTY_JOB,
        key: `hf:${name}`,
        id: name,
        name,
        state: 'COMPLETED',
        rawState: null,
        elapsedS: runtime,
        flops,
        steps: num(state.global_step),
        maxSteps: num(state.max_steps),
        line: 1,
    });
    return 1;
}

// EXTERNAL MODULE: ./src/data/ledgers.ts
var ledgers = __webpack_require__(5950);
// EXTERNAL MODULE: ./src/inputs/metrics/lines.ts
var metrics_lines = __webpack_require__(6140);
;// CONCATENATED MODULE: ./src/inputs/ledgers/csv.ts
/**
 * CSV exports (MLflow, W&B) streamed record by record with their header, RFC 4180 quoting included: a
 * quoted cell may hold commas and line breaks (W&B notes), so a record can span several lines. Lines
 * come from the same splitter as every other text input (byte-order mark, CRLF), records from the
 * same joiner as CodeCarbon's.
 */


function csvHeader(names) {
    const index = (0,csv_records/* columnIndex */.PD)(names);
    return {
        names,
        index,
        cell: (cells, ...wanted) => {
            for (const n of wanted) {
                const i = index.get(n);
                if (i !== undefined)
                    return cells[i].trim();
            }
            return '';
        },
    };
}
/**
 * Reads a CSV export: `onHeader` gets its first record and returns what handles the others. Records
 * whose cell count differs from the header's, and a last record whose quote never closes, go to the
 * sink as malformed. Resolves to the number of well-formed records.
 */
async function readCsvExport(source, file, sink, onHeader) {
    const joiner = new csv_records/* CsvRecordJoiner */.NK();
    let header = null;
    let onRecord = () => undefined;
    let records = 0;
    for await (const { text, line } of (0,metrics_lines/* readLines */.Se)(source, { file })) {
        const record = joiner.push(text, line);
        if (record === null)
            continue;
        const values = record.cells.values;
        if (header === null) {
            header = csvHeader(values.map((v) => v.trim()));
            onRecord = onHeader(header);
        }
        else if (values.length !== header.names.length) {
            sink.malformed(record.line, `${values.length} cells where the header has ${header.names.length}`);
        }
        else {
            records++;
            onRecord(values, record.line);
        }
    }
    if (joiner.pendingLine)
        sink.malformed(joiner.pendingLine, 'a quoted cell never closes (file cut off?)');
    return records;
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/fields.ts
/**
 * The values ledgers write, read as the tools that write them define them: Slurm's elapsed times,
 * TRES strings, job states and timestamps (sacct(1)), energies with SI prefixes, tracker durations
 * and timestamps (MLflow milliseconds, ISO strings). Each returns NaN or null for what it cannot read.
 */


const C_0 = 48;
const C_9 = 57;
const COLON = 58;
const DASH = 45;
const DOT = 46;
/** Reads `digits` at buf[i…]; sets `digitsEnd`. -1 when there is no digit. */
let digitsEnd = 0;
function readDigits(buf, i, end) {
    let v = 0;
    const start = i;
    for (; i < end; i++) {
        const c = buf[i];
        if (c < C_0 || c > C_9)
            break;
        v = v * 10 + (c - C_0);
    }
    digitsEnd = i;
    return i === start ? -1 : v;
}
/**
 * Seconds of a Slurm duration in buf[start, end): `HH:MM:SS` or `MM:SS` (sacct Elapsed), `D-HH[:MM[:SS]]`
 * with days, and the `.fraction` CPU fields carry. NaN when malformed.
 */
function parseSlurmElapsedBytes(buf, start, end) {
    let i = start;
    let days = 0;
    let withDays = false;
    let v = readDigits(buf, i, end);
    if (v < 0)
        return Number.NaN;
    i = digitsEnd;
    if (i < end && buf[i] === DASH) {
        days = v;
        withDays = true;
        v = readDigits(buf, i + 1, end);
        if (v < 0)
            return Number.NaN;
        i = digitsEnd;
    }
    const groups = [v, 0, 0];
    let n = 1;
    while (i < end && buf[i] === COLON) {
        if (n === 3)
            return Number.NaN;
        v = readDigits(buf, i + 1, end);
        if (v < 0)
            return Number.NaN;
        i = digitsEnd;
        groups[n++] = v;
    }
    let fraction = 0;
    if (i < end && buf[i] === DOT) {
        const fracStart = ++i;
        if (readDigits(buf, i, end) < 0)
            return Number.NaN;
        fraction = Number(`0.${Buffer.from(buf.buffer, buf.byteOffset + fracStart, digitsEnd - fracStart).toString('latin1')}`);
        i = digitsEnd;
    }
    if (i !== end)
        return Number.NaN;
    let h;
    let m;
    let s;
    // With days the groups start at hours (D-HH, D-HH:MM, D-HH:MM:SS); without, they end at seconds.
    if (withDays)
        [h, m, s] = groups;
    else if (n === 3)
        [h, m, s] = groups;
    else if (n === 2)
        [h, m, s] = [0, groups[0], groups[1]];
    else
        return Number.NaN;
    if (m > 59 || s > 60)
        return Number.NaN;
    return days * 86400 + h * 3600 + m * 60 + s + fraction;
}
function parseSlurmElapsed(text) {
    const t = text.trim();
    const b = Buffer.from(t, 'latin1');
    return parseSlurmElapsedBytes(b, 0, b.length);
}
// ------------------------------------------------------------------------------ states
const SHORT_STATES = {
    BF: 'BOOT_FAIL',
    CA: 'CANCELLED',
    CD: 'COMPLETED',
    DL: 'DEADLINE',
    F: 'FAILED',
    NF: 'NODE_FAIL',
    OOM: 'OUT_OF_MEMORY',
    PD: 'PENDING',
    PR: 'PREEMPTED',
    R: 'RUNNING',
    RQ: 'REQUEUED',
    RS: 'RESIZING',
    RV: 'REVOKED',
    S: 'SUSPENDED',
    TO: 'TIMEOUT',
};
const KNOWN = new Set(ledgers/* JOB_STATES */.RH);
const stateCache = new Map();
/**
 * A Slurm state as sacct prints it: "COMPLETED", "CANCELLED by 1234", "CANCELLED+" (cut to the
 * column width), a short code ("CD"); null when it is none of Slurm's states.
 */
function parseSlurmState(text) {
    const cached = stateCache.get(text);
    if (cached !== undefined)
        return cached;
    const word = text.trim().split(/\s+/, 1)[0].replace(/\+$/, '').toUpperCase();
    const state = KNOWN.has(word) ? word : (SHORT_STATES[word] ?? null);
    if (stateCache.size < 1000)
        stateCache.set(text, state);
    return state;
}
const NO_TRES = { gpus: 0, types: new Map(), energyJ: Number.NaN, otherGres: [], malformed: [] };
function newTresScan() {
    return { gpus: 0, typeStart: -1, typeEnd: -1, types: 0, energyJ: Number.NaN, malformed: 0, otherStart: -1, otherEnd: -1 };
}
const GRES_GPU = Buffer.from('gres/gpu');
const GRES = Buffer.from('gres/');
const ENERGY = Buffer.from('energy');
const GPUMEM = Buffer.from('mem');
const GPUUTIL = Buffer.from('util');
function startsWith(buf, at, end, word) {
    if (end - at < word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (buf[at + k] !== word[k])
            return false;
    return true;
}
/**
 * A TRES string as sacct prints AllocTRES, read from buf[start, end):
 * "billing=64,cpu=64,energy=1234,gres/gpu:h100=8,gres/gpu=8,mem=512G,node=1". The untyped gres/gpu
 * total wins over the typed counts (Slurm writes both); gres/gpumem and gres/gpuutil are usage
 * figures, not GPUs.
 */
function scanTres(buf, start, end, out) {
    let total = Number.NaN;
    let typed = 0;
    let most = -1;
    out.typeStart = out.typeEnd = out.otherStart = out.otherEnd = -1;
    out.types = 0;
    out.energyJ = Number.NaN;
    out.malformed = 0;
    let i = start;
    while (i < end) {
        let comma = i;
        let eq = -1;
        for (; comma < end; comma++) {
            const c = buf[comma];
            if (c === 44 /* , */)
                break;
            if (c === 61 /* = */ && eq < 0)
                eq = comma;
        }
        if (eq <= i) {
            if (comma > i)
                out.malformed++;
        }
        else if (startsWith(buf, i, eq, GRES_GPU)) {
            const after = i + GRES_GPU.length;
            if (after === eq || buf[after] === 58 /* : */) {
                const count = (0,bytes/* parseDecimal */.$Q)(buf, eq + 1, comma);
                if (!(count >= 0))
                    out.malformed++;
                else if (after === eq)
                    total = count;
                else {
                    typed += count;
                    out.types++;
                    if (count > most) {
                        most = count;
                        out.typeStart = after + 1;
                        out.typeEnd = eq;
                    }
                }
            }
            else if (!(startsWith(buf, after, eq, GPUMEM) && eq - after === 3) && !(startsWith(buf, after, eq, GPUUTIL) && eq - after === 4)) {
                out.otherStart = i;
                out.otherEnd = eq;
            }
        }
        else if (startsWith(buf, i, eq, GRES)) {
            out.otherStart = i;
            out.otherEnd = eq;
        }
        else if (eq - i === ENERGY.length && startsWith(buf, i, eq, ENERGY)) {
            const v = (0,bytes/* parseDecimal */.$Q)(buf, eq + 1, comma);
            if (v > 0)
                out.energyJ = v;
        }
        i = comma + 1;
    }
    out.gpus = Number.isNaN(total) ? typed : total;
    return out;
}
/**
 * Legacy AllocGRES as older sacct prints it: "gpu:2", "gpu:tesla:2", "gpu:a100:4(IDX:0-3)", several
 * comma-separated (no energy).
 */
function parseAllocGres(text) {
    if (text === '')
        return NO_TRES;
    let gpus = 0;
    let types = null;
    let malformed = null;
    for (const entry of text.split(/,(?![^(]*\))/)) {
        const m = /^\s*gpu(?::([^:()]+))?:(\d+)(?:\(.*\))?\s*$/.exec(entry);
        if (!m) {
            if (/^\s*gpu\b/.test(entry))
                (malformed ??= []).push(entry);
            continue;
        }
        const count = Number(m[2]);
        gpus += count;
        if (m[1])
            (types ??= new Map()).set(m[1], (types.get(m[1]) ?? 0) + count);
    }
    return { gpus, types: types ?? NO_TRES.types, energyJ: Number.NaN, otherGres: [], malformed: malformed ?? [] };
}
// ------------------------------------------------------------------------------ numbers and times
const SI = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };
/** "1.23M" (sacct ConsumedEnergy, `base` 1000) or a plain number; NaN when malformed. */
function parseSiNumber(text, base = 1000) {
    const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([KMGTP]?)\s*$/.exec(text);
    if (!m)
        return Number.NaN;
    const power = m[2] ? Math.round(Math.log10(SI[m[2]]) / 3) : 0;
    return Number(m[1]) * base ** power;
}
const ENERGY_UNIT_J = { J: 1, kJ: 1e3, MJ: 1e6, Wh: 3600, kWh: 3.6e6 };
function energyToJoules(value, unit) {
    return value * (ENERGY_UNIT_J[unit] ?? Number.NaN);
}
/** MLflow's UI duration ("161ms", "7.6s", "1.2min", "2.5h", "1.1d": Utils.formatDuration), in seconds. */
function parseUiDuration(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)\s*$/.exec(text);
    if (!m)
        return Number.NaN;
    const factor = { ms: 1e-3, s: 1, min: 60, h: 3600, d: 86400 }[m[2]];
    return Number(m[1]) * factor;
}
/**
 * A timestamp: ISO 8601 with a `T` or a space (sacct Start/End, pandas' "2026-05-25 09:31:08.198000+00:00",
 * W&B "2026-05-25T14:08:33.000Z"), or UNIX time as a number (milliseconds from 1e11 on, as MLflow
 * writes, else seconds). Without an offset it is read as UTC: only months and differences are used.
 * NaN for "Unknown", "None", empty or anything else.
 */
function parseTimeMs(text) {
    const t = text.trim();
    if (t === '')
        return Number.NaN;
    const c = t.charCodeAt(0);
    if (c >= C_0 && c <= C_9 && /^\d+(\.\d+)?$/.test(t)) {
        const n = Number(t);
        return n >= 1e11 ? n : n * 1000;
    }
    return (0,bytes/* parseIsoTimeMs */.GA)(t);
}
/** A cell of a tracker export that says nothing: empty, "-", "None", "null", "nan". */
function isBlank(text) {
    if (text === undefined || text === null)
        return true;
    const t = text.trim();
    return t === '' || t === '-' || t === 'None' || t === 'null' || t === 'NaN' || t === 'nan';
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/mlflow.ts
/**
 * MLflow run exports, read by column name:
 * - `mlflow.search_runs()` written with pandas' to_csv: run_id, experiment_id, status, start_time,
 *   end_time (datetimes, UTC), metrics.*, params.*, tags.* (tags.mlflow.runName, tags.mlflow.user);
 *   also with the `tags.`/`params.`/`metrics.` prefixes stripped, and with epoch milliseconds;
 * - the UI's "Download CSV": Start Time, Duration ("7.6s", "1.2h"), Run ID, Name, User, Status;
 * - a dump of the tracking store's `runs` table: run_uuid, name, user_id, status, start_time, end_time (ms).
 * Statuses map onto Slurm's (data/ledgers.ts). MLflow records no GPU model; its system metrics
 * (metrics.system/gpu_N_…) give the GPU count when they were logged.
 */




const ID_COLUMNS = ['run_id', 'Run ID', 'run_uuid'];
function looksLikeMlflow(header) {
    return ID_COLUMNS.some((c) => header.includes(c)) && (header.includes('status') || header.includes('Status'));
}
async function readMlflowCsv(source, file, sink) {
    let badStart = 0;
    let badStartLine = 0;
    const records = await readCsvExport(source, file, sink, ({ names, cell }) => {
        // GPU indices of MLflow's system metrics (system/gpu_0_utilization_percentage, …)
        const gpuColumns = new Map();
        names.forEach((name, i) => {
            const m = /^(?:metrics\.)?system\/gpu_(\d+)_/.exec(name);
            if (m)
                gpuColumns.set(Number(m[1]), [...(gpuColumns.get(Number(m[1])) ?? []), i]);
        });
        const tagColumns = names.flatMap((name, i) => (/^(tags|params)\./.test(name) && !name.startsWith('tags.mlflow.') ? [{ name, i }] : []));
        return (cells, line) => {
            const runId = cell(cells, ...ID_COLUMNS);
            if (runId === '') {
                sink.malformed(line, 'no run id', ID_COLUMNS.join(' / '));
                return;
            }
            const duration = cell(cells, 'Duration');
            const elapsedS = isBlank(duration) ? Number.NaN : parseUiDuration(duration);
            if (!isBlank(duration) && Number.isNaN(elapsedS)) {
                sink.malformed(line, `not a duration as MLflow prints one (161ms, 7.6s, 1.2min, 2.5h, 1.1d): "${duration}"`, 'Duration');
                return;
            }
            const rawState = cell(cells, 'status', 'Status');
            const startText = cell(cells, 'start_time', 'Start Time');
            const startMs = parseTimeMs(startText);
            if (!isBlank(startText) && Number.isNaN(startMs) && badStart++ === 0)
                badStartLine = line;
            let gpus = Number.NaN;
            if (gpuColumns.size) {
                gpus = 0;
                for (const cols of gpuColumns.values())
                    if (cols.some((i) => !isBlank(cells[i])))
                        gpus++;
            }
            const tags = [];
            for (const { name, i } of tagColumns) {
                const v = cells[i].trim();
                if (!isBlank(v))
                    tags.push(`${name.startsWith('tags.') ? name.slice(5) : name}=${v}`);
            }
            sink.job({
                ...EMPTY_JOB,
                key: `mlflow:${runId}`,
                id: runId,
                name: cell(cells, 'tags.mlflow.runName', 'mlflow.runName', 'Name', 'name', 'run_name') || runId,
                state: rawState === '' ? null : (ledgers/* MLFLOW_STATES */.Hm[rawState.toUpperCase()] ?? null),
                rawState: rawState === '' ? null : rawState,
                startMs,
                endMs: parseTimeMs(cell(cells, 'end_time')),
                elapsedS,
                gpus,
                user: cell(cells, 'tags.mlflow.user', 'mlflow.user', 'User', 'user_id') || null,
                group: cell(cells, 'experiment_id') || null,
                tags,
                line,
            });
        };
    });
    if (badStart)
        sink.warn(`${badStart} start time(s) not in ISO form (first at line ${badStartLine}): those runs have no month`);
    return records;
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/sacct-json.ts
/**
 * `sacct --json` (and `--yaml` read as JSON is not supported): the data_parser output of Slurm 21.08
 * (dbv0.0.37) to 25.x (v0.0.44), whose shape drifts between versions: `state.current` is a string up
 * to v0.0.39 and a list of flags from v0.0.40; optional numbers are plain, null, or
 * `{ set, infinite, number }`; TRES names are null or "" when empty. Steps are in each job's `steps`
 * and never counted; heterogeneous components (het.job_id) are added up into one job.
 */



/** A number as data_parser writes it: plain, or { set, infinite, number }; NaN when unset. */
function sacct_json_num(v) {
    if (typeof v === 'number')
        return v;
    if ((0,json_positions/* isJsonObject */.OW)(v))
        return v.set === false || v.infinite === true ? Number.NaN : sacct_json_num(v.number);
    return Number.NaN;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
/** `state.current`: "COMPLETED" (≤ v0.0.39) or ["COMPLETED"] / ["CANCELLED", "…flags"] (≥ v0.0.40). */
function stateOf(job) {
    const state = (0,json_positions/* isJsonObject */.OW)(job.state) ? job.state.current : job.state;
    if (typeof state === 'string')
        return state;
    if (Array.isArray(state))
        return state.filter((s) => typeof s === 'string').join(' ') || null;
    return null;
}
/** Whether a value looks like sacct --json: `jobs` and a `meta` with the data_parser or Slurm version. */
function isSacctJson(value) {
    return (0,json_positions/* isJsonObject */.OW)(value) && Array.isArray(value.jobs) && (0,json_positions/* isJsonObject */.OW)(value.meta);
}
function readSacctJson(value, file, sink) {
    let pending = null;
    const flush = () => {
        if (pending)
            sink.job(pending.job);
        pending = null;
    };
    value.jobs.forEach((raw, index) => {
        const line = index + 1;
        if (!(0,json_positions/* isJsonObject */.OW)(raw)) {
            flush();
            sink.malformed(line, 'not a job object', `jobs[${index}]`);
            return;
        }
        const jobId = sacct_json_num(raw.job_id);
        if (!Number.isInteger(jobId)) {
            flush();
            sink.malformed(line, 'no job_id', `jobs[${index}].job_id`);
            return;
        }
        for (const _ of Array.isArray(raw.steps) ? raw.steps : [])
            sink.step(line, false);
        const time = (0,json_positions/* isJsonObject */.OW)(raw.time) ? raw.time : {};
        const start = sacct_json_num(time.start);
        const end = sacct_json_num(time.end);
        let gpus = 0;
        let gpuType = null;
        let typedMost = 0;
        let energyJ = Number.NaN;
        const tres = (0,json_positions/* isJsonObject */.OW)(raw.tres) && Array.isArray(raw.tres.allocated) ? raw.tres.allocated : null;
        for (const t of tres ?? []) {
            if (!(0,json_positions/* isJsonObject */.OW)(t))
                continue;
            const count = sacct_json_num(t.count);
            if (t.type === 'energy' && count > 0)
                energyJ = count;
            if (t.type !== 'gres' || typeof t.name !== 'string')
                continue;
            if (t.name === 'gpu')
                gpus = count;
            else if (t.name.startsWith('gpu:') && count > typedMost) {
                gpuType = t.name.slice(4);
                typedMost = count;
            }
        }
        if (gpus === 0 && typedMost > 0)
            gpus = typedMost;
        const array = (0,json_positions/* isJsonObject */.OW)(raw.array) ? raw.array : {};
        const task = sacct_json_num(array.task_id);
        const het = (0,json_positions/* isJsonObject */.OW)(raw.het) ? raw.het : {};
        const hetLeader = sacct_json_num(het.job_id);
        const hetOffset = sacct_json_num(het.job_offset);
        const isHet = hetLeader > 0 && Number.isInteger(hetOffset);
        const rawState = stateOf(raw);
        const wckey = (0,json_positions/* isJsonObject */.OW)(raw.wckey) ? str(raw.wckey.wckey) : str(raw.wckey);
        const cluster = str(raw.cluster);
        const job = {
            ...EMPTY_JOB,
            key: cluster !== null ? `${cluster}/${isHet ? hetLeader : jobId}` : isHet ? hetLeader : jobId,
            id: isHet ? String(hetLeader) : Number.isInteger(task) && sacct_json_num(array.job_id) > 0 ? `${sacct_json_num(array.job_id)}_${task}` : String(jobId),
            name: str(raw.name) ?? '',
            state: rawState === null ? null : parseSlurmState(rawState),
            rawState,
            // time.start/end are UNIX seconds; 0 means unset (a job that has not started or ended)
            startMs: start > 0 ? start * 1000 : Number.NaN,
            endMs: end > 0 ? end * 1000 : Number.NaN,
            elapsedS: sacct_json_num(time.elapsed),
            gpus: tres === null ? Number.NaN : gpus,
            nodes: sacct_json_num(raw.allocation_nodes),
            gpuType,
            energyJ,
            account: str(raw.account),
            partition: str(raw.partition),
            user: str(raw.user),
            tags: wckey !== null ? [wckey] : [],
            line,
        };
        if (isHet && pending?.het === hetLeader) {
            pending.job = mergeHetComponent(pending.job, job);
            return;
        }
        flush();
        pending = { job, het: isHet ? hetLeader : -1 };
    });
    flush();
    return value.jobs.length;
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/wandb.ts
/**
 * Weights & Biases records, read by field name:
 * - the runs-table CSV export (`wandb_export_*.csv`): Name, State, Notes, User, Tags, Created,
 *   Runtime (seconds), Sweep, then the chosen config and summary columns (Group, GPU Type and GPU
 *   Count when the table shows them);
 * - a JSON dump of `wandb.Api().runs(path)`: a list of runs with the Run attributes id, name, state,
 *   created_at, tags, group, config, summary (_runtime) and metadata (the run's wandb-metadata.json);
 * - a run directory's `files/wandb-metadata.json` (gpu, gpu_count, gpu_nvidia / gpu_devices,
 *   startedAt) with its `wandb-summary.json` (_runtime, or _wandb.runtime) beside it.
 * States map onto Slurm's (data/ledgers.ts: crashed is a failure, killed a cancellation).
 */






const wandb_text = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const number = (v) => (typeof v === 'number' ? v : typeof v === 'string' ? (0,bytes/* parseNumber */.$J)(v) : Number.NaN);
function looksLikeWandbCsv(header) {
    return header.includes('Name') && (header.includes('State') || header.includes('Runtime') || header.includes('Created'));
}
function wandb_stateOf(raw) {
    return { state: raw === null ? null : (ledgers/* WANDB_STATES */.e3[raw.toLowerCase()] ?? null), rawState: raw };
}
/** The GPU model and count a wandb-metadata.json records (old `gpu_devices` and new `gpu_nvidia` schemas). */
function gpuOfMetadata(meta) {
    if (!(0,json_positions/* isJsonObject */.OW)(meta))
        return { gpuType: null, gpus: Number.NaN };
    const devices = Array.isArray(meta.gpu_nvidia) ? meta.gpu_nvidia : Array.isArray(meta.gpu_devices) ? meta.gpu_devices : [];
    const first = devices.map((d) => ((0,json_positions/* isJsonObject */.OW)(d) ? wandb_text(d.name) : null)).find((n) => n !== null) ?? null;
    // wandb ≥ 0.18 writes `gpu` as a bracketed list: "[NVIDIA H100 NVL, NVIDIA H100 NVL, …]"
    const gpuField = wandb_text(meta.gpu)?.replace(/^\[|\]$/g, '').split(',')[0]?.trim() || null;
    const count = number(meta.gpu_count);
    return { gpuType: first ?? gpuField, gpus: count >= 0 ? count : devices.length || Number.NaN };
}
/** Run time of a run's summary: `_runtime` (seconds), else `_wandb.runtime`. */
function runtimeOfSummary(summary) {
    if (!(0,json_positions/* isJsonObject */.OW)(summary))
        return Number.NaN;
    const r = number(summary._runtime);
    if (r >= 0)
        return r;
    return (0,json_positions/* isJsonObject */.OW)(summary._wandb) ? number(summary._wandb.runtime) : Number.NaN;
}
function readWandbCsv(source, file, sink) {
    return readCsvExport(source, file, sink, ({ index, cell }) => {
        if (!index.has('Runtime'))
            sink.warn('no Runtime column: add it to the runs table before exporting, or no run has a run time');
        /** A non-negative figure of the first of `columns` present: NaN when blank; unreadable when it is not such a number. */
        const figure = (cells, ...columns) => {
            const column = columns.find((c) => index.has(c)) ?? columns[0];
            const text = cell(cells, column);
            const value = isBlank(text) ? Number.NaN : (0,bytes/* parseNumber */.$J)(text);
            return { column, text, value, unreadable: !isBlank(text) && !(value >= 0 && value < Infinity) };
        };
        return (cells, line) => {
            const name = cell(cells, 'Name');
            const created = cell(cells, 'Created');
            const tags = cell(cells, 'Tags');
            // Seconds and a count: a cell that says something else makes the line unreadable, not a run without them.
            const runtime = figure(cells, 'Runtime');
            const gpus = figure(cells, 'GPU Count', 'gpu_count');
            const bad = [runtime, gpus].find((f) => f.unreadable);
            if (bad) {
                sink.malformed(line, `not a number of ${bad === runtime ? 'seconds' : 'GPUs'}: "${bad.text}"`, bad.column);
                return;
            }
            sink.job({
                ...EMPTY_JOB,
                // W&B names repeat; the export has no run id: the name and the creation time tell runs apart
                key: `wandb:${name}@${created}`,
                id: name,
                name,
                ...wandb_stateOf(cell(cells, 'State') || null),
                startMs: parseTimeMs(created),
                elapsedS: runtime.value,
                gpus: gpus.value,
                gpuType: cell(cells, 'GPU Type', 'gpu_type') || null,
                user: cell(cells, 'User') || null,
                group: cell(cells, 'Group', 'Sweep') || null,
                tags: isBlank(tags) ? [] : tags.split(',').map((t) => t.trim()).filter(Boolean),
                line,
            });
        };
    });
}
/** Whether a JSON value is a dump of wandb.Api().runs(): a list of run objects (or { runs: [...] }). */
function wandbRunsOf(value) {
    const list = Array.isArray(value) ? value : (0,json_positions/* isJsonObject */.OW)(value) && Array.isArray(value.runs) ? value.runs : null;
    if (list === null || list.length === 0)
        return null;
    return list.every((r) => (0,json_positions/* isJsonObject */.OW)(r) && ('state' in r || 'summary' in r) && ('name' in r || 'id' in r)) ? list : null;
}
function readWandbJson(runs, file, sink) {
    runs.forEach((run, index) => {
        const line = index + 1;
        if (!(0,json_positions/* isJsonObject */.OW)(run)) {
            sink.malformed(line, 'not a run object', `[${index}]`);
            return;
        }
        const id = wandb_text(run.id) ?? wandb_text(run.name);
        if (id === null) {
            sink.malformed(line, 'a run needs an id or a name', `[${index}]`);
            return;
        }
        const { gpuType, gpus } = gpuOfMetadata(run.metadata);
        const runtime = number(run.runtime);
        sink.job({
            ...EMPTY_JOB,
            key: `wandb:${id}`,
            id,
            name: wandb_text(run.name) ?? id,
            ...wandb_stateOf(wandb_text(run.state)),
            startMs: parseTimeMs(wandb_text(run.created_at) ?? wandb_text(run.createdAt) ?? ''),
            elapsedS: runtime >= 0 ? runtime : runtimeOfSummary(run.summary),
            gpus,
            gpuType,
            user: wandb_text(run.user) ?? wandb_text(run.username) ?? ((0,json_positions/* isJsonObject */.OW)(run.user) ? wandb_text(run.user.username) : null),
            group: wandb_text(run.group),
            tags: Array.isArray(run.tags) ? run.tags.filter((t) => typeof t === 'string') : [],
            line,
        });
    });
    return runs.length;
}
/** A run directory's metadata (and summary): one run. `name` is the run directory's name. */
function readWandbRun(metadata, summary, name, sink) {
    const { gpuType, gpus } = gpuOfMetadata(metadata);
    const meta = (0,json_positions/* isJsonObject */.OW)(metadata) ? metadata : {};
    sink.job({
        ...EMPTY_JOB,
        key: `wandb-run:${name}`,
        id: name,
        name: wandb_text(meta.program)?.split('/').pop() ?? name,
        startMs: parseTimeMs(wandb_text(meta.startedAt) ?? ''),
        elapsedS: runtimeOfSummary(summary),
        gpus,
        gpuType,
        user: wandb_text(meta.username) ?? wandb_text(meta.email),
        line: 1,
    });
    return 1;
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/detect.ts
/**
 * Which ledger a file is, from its content: JSON by its structure (sacct --json, a W&B runs dump, a
 * W&B run's metadata or summary, an HF Trainer file), text by its first line (sacct's `|` columns,
 * an MLflow or a W&B CSV header). File names decide nothing, except which files of one run directory
 * belong together.
 */







/**
 * A text ledger's format from its first bytes; 'json' when it must be parsed to tell; null when
 * unknown. `whole`: the bytes are the whole file (see firstRecord).
 */
function detectTextLedger(head, delimiter = '|', whole = false) {
    const first = (0,csv_records/* firstRecord */.El)(head, whole);
    if (first.json)
        return 'json';
    if (looksLikeMlflow(first.cells))
        return 'mlflow';
    if (looksLikeWandbCsv(first.cells))
        return 'wandb';
    if (first.line.includes(delimiter))
        return 'sacct';
    return null;
}
/** A parsed JSON ledger's format; null when it is none of them. */
function detectJsonLedger(value) {
    if (isSacctJson(value))
        return 'sacct-json';
    if (wandbRunsOf(value) !== null)
        return 'wandb-json';
    if (isTrainerOutput(value))
        return 'hf-trainer';
    if ((0,json_positions/* isJsonObject */.OW)(value) && ('gpu_count' in value || 'startedAt' in value || '_runtime' in value || '_wandb' in value))
        return 'wandb-run';
    return null;
}
const WANDB_FILES = ['wandb-metadata.json', 'wandb-summary.json'];
/**
 * The run a Trainer or W&B run-directory file belongs to: its directory and the part of the name
 * before the standard file name (empty for files named as the tools name them), and the sibling paths.
 */
function runFiles(file, format) {
    const dir = external_node_path_default().posix.dirname(file);
    const base = external_node_path_default().posix.basename(file);
    const names = format === 'hf-trainer' ? TRAINER_FILES : WANDB_FILES;
    const own = names.find((n) => base.endsWith(n));
    if (own === undefined)
        return { key: file, name: base.replace(/\.json$/, ''), siblings: [file] };
    const prefix = base.slice(0, base.length - own.length);
    const key = external_node_path_default().posix.join(dir, prefix);
    // A W&B run directory is wandb/run-YYYYMMDD_HHMMSS-<id>/files/: name the run after it.
    const wandbRun = /(?:offline-)?run-\d{8}_\d{6}-[a-z0-9]+/.exec(`${dir}/${prefix}`)?.[0];
    const trimmed = prefix.replace(/[_\-.]+$/, '');
    const name = wandbRun ?? (trimmed || external_node_path_default().posix.basename(dir === '.' ? '' : dir) || own.replace(/\.json$/, ''));
    return { key, name, siblings: names.map((n) => external_node_path_default().posix.join(dir, prefix + n)) };
}
/**
 * Whether a file is a ledger rather than job metrics (for an artifact's files, which are sniffed):
 * text by its first line, JSON by its structure.
 */
async function isLedgerFile(reader, file, head) {
    const format = detectTextLedger(head);
    if (format !== 'json')
        return format !== null;
    const text = await reader.readText(file, MAX_SNIFFED_JSON_BYTES).catch(() => null);
    if (text === null)
        return false;
    try {
        return detectJsonLedger(JSON.parse(text)) !== null;
    }
    catch {
        return false;
    }
}
/** JSON files above this size are not parsed to tell ledgers from metrics (metrics JSON are small). */
const MAX_SNIFFED_JSON_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));

// EXTERNAL MODULE: ./src/inputs/ledgers/rules.ts
var rules = __webpack_require__(7083);
;// CONCATENATED MODULE: ./src/inputs/ledgers/sacct-text.ts
/**
 * Delimited ledgers: `sacct -P` / `-p` text with its header row, headerless dumps (`sacct -n`) whose
 * column list the manifest gives, and a lab's own layout of the same kind (the BigScience Jean Zay
 * logs: GPU counts per model, an energy column), described by `fields:`. Columns are found by name,
 * never by position; sacct's names are the default.
 *
 * Streamed line by line (LineSplitter): numbers and times are read from the bytes; only the text
 * fields the rules match on become strings. Job steps (123.batch, 123.extern, 123.0) are merged into
 * their job, never counted; the components of a heterogeneous job (123+0, 123+1) are added up into one
 * job; array tasks (123_4) are jobs of their own.
 */





/** sacct's column names for each field, best first (lower case; headers are matched case-insensitively). */
const SACCT_COLUMNS = {
    id: ['jobid'],
    rawId: ['jobidraw'],
    name: ['jobname'],
    state: ['state'],
    start: ['start'],
    end: ['end'],
    elapsed: ['elapsedraw', 'elapsed'],
    account: ['account'],
    partition: ['partition'],
    user: ['user'],
    group: [],
    tags: ['wckey'],
    tres: ['alloctres'],
    gres: ['allocgres'],
    nodes: ['nnodes'],
    energy: ['consumedenergyraw', 'consumedenergy'],
    gpuType: [],
    cluster: ['cluster'],
};
const NO_TAGS = [];
/** Whether buf[start, end) holds exactly `bytes` (a plain loop: Buffer.compare costs a native call). */
function sameBytes(bytes, buf, start, end) {
    if (bytes.length !== end - start)
        return false;
    for (let k = 0; k < bytes.length; k++)
        if (bytes[k] !== buf[start + k])
            return false;
    return true;
}
const ID = /^(\d+)(?:_(\d+|\[[^\]]*\]))?(?:\+(\d+))?(?:\.(.+))?$/;
function buildLayout(names, fields, file, line) {
    const lower = names.map((n) => n.trim().toLowerCase());
    const find = (name, field) => {
        const i = lower.indexOf(name.trim().toLowerCase());
        if (i < 0) {
            throw errors/* InputError */.dz.single({
                file,
                // line 0: the layout is the manifest's `columns:` list, not a line of the file
                ...(line > 0 ? { line } : {}),
                field: `fields.${field}`,
                message: `column "${name}" is not in the ${line === 0 ? '`columns:` list' : 'header'}`,
                hint: `columns: ${names.join(', ')}`,
            });
        }
        return i;
    };
    const pick = (field) => {
        const own = fields[field];
        if (typeof own === 'string')
            return find(own, field);
        for (const c of SACCT_COLUMNS[field]) {
            const i = lower.indexOf(c);
            if (i >= 0)
                return i;
        }
        return undefined;
    };
    const col = {};
    for (const f of ['id', 'rawId', 'name', 'state', 'start', 'end', 'account', 'partition', 'user', 'group', 'tres', 'gres', 'nodes', 'gpuType', 'cluster']) {
        const i = pick(f);
        if (i !== undefined)
            col[f] = i;
    }
    let elapsed = null;
    if (typeof fields.elapsed === 'object')
        elapsed = { index: find(fields.elapsed.column, 'elapsed'), unit: fields.elapsed.unit };
    else {
        const i = pick('elapsed');
        if (i !== undefined)
            elapsed = { index: i, unit: fields.elapsed === undefined ? (lower[i] === 'elapsedraw' ? 's' : 'slurm') : 'auto' };
    }
    let energy = null;
    if (typeof fields.energy === 'object')
        energy = { index: find(fields.energy.column, 'energy'), unit: fields.energy.unit, prefixed: false };
    else {
        const i = pick('energy');
        if (i !== undefined)
            energy = { index: i, unit: 'J', prefixed: lower[i] !== 'consumedenergyraw' };
    }
    let gpuCount = null;
    const gpuColumns = [];
    if (typeof fields.gpus === 'string')
        gpuCount = find(fields.gpus, 'gpus');
    else if (fields.gpus)
        for (const [name, gpu] of Object.entries(fields.gpus))
            gpuColumns.push({ index: find(name, `gpus.${name}`), gpu });
    const tagNames = fields.tags === undefined ? SACCT_COLUMNS.tags.filter((c) => lower.includes(c)) : typeof fields.tags === 'string' ? [fields.tags] : fields.tags;
    const tags = tagNames.map((t) => find(t, 'tags'));
    if (col.id === undefined) {
        throw errors/* InputError */.dz.single({
            file,
            line: Math.max(line, 1),
            field: 'JobID',
            message: `no job id column (JobID) in the ${line === 0 ? '`columns:` list' : 'header'}`,
            hint: line === 0 ? 'list the dump\'s --format columns in order' : 'a headerless dump (sacct -n) needs `columns:` in the manifest; a custom layout names its id column with `fields: { id: … }`',
        });
    }
    if (elapsed === null && (col.start === undefined || col.end === undefined)) {
        throw errors/* InputError */.dz.single({
            file,
            line: Math.max(line, 1),
            field: 'Elapsed',
            message: 'no run time: the ledger needs ElapsedRaw or Elapsed, or both Start and End',
            hint: 'sacct --format=JobID,JobName,State,ElapsedRaw,Start,End,AllocTRES,…',
        });
    }
    const used = [...Object.values(col), elapsed?.index ?? 0, energy?.index ?? 0, gpuCount ?? 0, ...gpuColumns.map((g) => g.index), ...tags];
    return { names, col, elapsed, energy, gpuCount, gpuColumns, tags, last: Math.max(...used) };
}
class DelimitedReader {
    file;
    options;
    sink;
    layout = null;
    delimiter;
    fs = new Int32Array(64);
    fe = new Int32Array(64);
    pending = null;
    lastJobId = '';
    lastPlainId = -1;
    tresMalformed = 0;
    tresMalformedLine = 0;
    otherGres = new Set();
    multiType = 0;
    scan = newTresScan();
    lastType = null;
    lastTypeName = '';
    /** The last states seen, as bytes, with their reading: a ledger has a handful of distinct states. */
    states = [];
    read;
    constructor(file, options, sink) {
        this.file = file;
        this.options = options;
        this.sink = sink;
        this.delimiter = (options.delimiter ?? '|').charCodeAt(0);
        const needed = options.needed;
        this.read = needed ? (f) => needed.has(f) : () => true;
        if (options.columns)
            this.layout = buildLayout(options.columns, options.fields ?? {}, file, 0);
    }
    onLine = (buf, start, end, line) => {
        while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9))
            end--;
        if (start === end)
            return;
        const n = this.split(buf, start, end);
        if (this.layout === null) {
            this.layout = buildLayout(this.cells(buf, n), this.options.fields ?? {}, this.file, line);
            return;
        }
        const layout = this.layout;
        const count = layout.names.length;
        if (n !== count && !(n === count + 1 && this.fs[count] === this.fe[count])) {
            // a header repeated (dumps concatenated) is skipped; anything else is a malformed line
            if (n === count && this.text(buf, layout.col.id).toLowerCase() === layout.names[layout.col.id].toLowerCase())
                return;
            this.flush();
            this.sink.malformed(line, `${n} fields where the ${this.options.columns ? '`columns:` list has' : 'header has'} ${count} (a "${String.fromCharCode(this.delimiter)}" inside a job name?)`);
            return;
        }
        this.row(buf, line);
    };
    /** Field boundaries of the line into fs/fe; returns the field count. */
    split(buf, start, end) {
        let n = 0;
        let from = start;
        const d = this.delimiter;
        for (;;) {
            let at = buf.indexOf(d, from);
            if (at < 0 || at > end)
                at = end;
            if (n === this.fs.length) {
                const grow = (a) => Int32Array.from({ length: a.length * 2 }, (_, k) => a[k] ?? 0);
                this.fs = grow(this.fs);
                this.fe = grow(this.fe);
            }
            this.fs[n] = from;
            this.fe[n] = at;
            n++;
            if (at === end)
                return n;
            from = at + 1;
        }
    }
    cells(buf, n) {
        return Array.from({ length: n }, (_, i) => buf.toString('utf8', this.fs[i], this.fe[i]).trim());
    }
    text(buf, i) {
        let s = this.fs[i];
        let e = this.fe[i];
        while (s < e && buf[s] === 32)
            s++;
        while (e > s && buf[e - 1] === 32)
            e--;
        return buf.toString('utf8', s, e);
    }
    opt(buf, i) {
        if (i === undefined)
            return null;
        const t = this.text(buf, i);
        return t === '' ? null : t;
    }
    /** The cell as a whole number when it is only digits (a plain job id), else -1. */
    plainNumber(buf, i) {
        let s = this.fs[i];
        let e = this.fe[i];
        while (s < e && buf[s] === 32)
            s++;
        while (e > s && buf[e - 1] === 32)
            e--;
        if (s === e || e - s > 15)
            return -1;
        let v = 0;
        for (let k = s; k < e; k++) {
            const c = buf[k];
            if (c < 48 || c > 57)
                return -1;
            v = v * 10 + (c - 48);
        }
        return v;
    }
    number(buf, i) {
        let s = this.fs[i];
        let e = this.fe[i];
        while (s < e && buf[s] === 32)
            s++;
        while (e > s && buf[e - 1] === 32)
            e--;
        return s === e ? Number.NaN : (0,bytes/* parseDecimal */.$Q)(buf, s, e);
    }
    time(buf, i) {
        if (i === undefined)
            return Number.NaN;
        const s = this.fs[i];
        const e = this.fe[i];
        const t = (0,bytes/* parseTimestampMs */.YD)(buf, s, e);
        if (!Number.isNaN(t) || e - s < 4)
            return t;
        return parseTimeMs(buf.toString('latin1', s, e)); // Unknown, None, or another ISO form
    }
    elapsed(buf) {
        const el = this.layout.elapsed;
        if (el === null)
            return Number.NaN;
        const s = this.fs[el.index];
        const e = this.fe[el.index];
        if (s === e)
            return Number.NaN;
        let unit = el.unit;
        if (unit === 'auto')
            unit = buf.indexOf(58, s) >= 0 && buf.indexOf(58, s) < e ? 'slurm' : 's';
        if (unit === 'slurm')
            return parseSlurmElapsedBytes(buf, s, e);
        const v = (0,bytes/* parseDecimal */.$Q)(buf, s, e);
        return unit === 'h' ? v * 3600 : unit === 'min' ? v * 60 : v;
    }
    row(buf, line) {
        const L = this.layout;
        const col = L.col;
        // Most ids are plain numbers: read from the bytes, no string; the other forms by the ID pattern.
        const plain = this.plainNumber(buf, col.id);
        const idText = plain >= 0 ? '' : this.text(buf, col.id);
        const m = plain >= 0 ? null : ID.exec(idText);
        if (m?.[4] !== undefined) {
            // a job step: part of the job line read just before it
            const parent = idText.slice(0, idText.length - m[4].length - 1);
            this.sink.step(line, parent !== (this.lastJobId || String(this.lastPlainId)));
            return;
        }
        this.lastJobId = idText;
        this.lastPlainId = plain;
        if (plain < 0 && idText === '') {
            this.flush();
            this.sink.malformed(line, 'empty job id', L.names[col.id]);
            return;
        }
        const elapsedS = this.elapsed(buf);
        if (L.elapsed !== null && Number.isNaN(elapsedS) && this.fs[L.elapsed.index] !== this.fe[L.elapsed.index]) {
            this.flush();
            this.sink.malformed(line, `cannot read the run time "${this.text(buf, L.elapsed.index)}"`, L.names[L.elapsed.index]);
            return;
        }
        const stateCol = col.state;
        let rawState = null;
        let state = null;
        if (stateCol !== undefined)
            [rawState, state] = this.state(buf, stateCol);
        // GPUs: AllocTRES (gres/gpu), legacy AllocGRES, or the layout's count column(s).
        let gpus = Number.NaN;
        let gpuType = null;
        let energyJ = Number.NaN;
        if (col.tres !== undefined) {
            const t = scanTres(buf, this.fs[col.tres], this.fe[col.tres], this.scan);
            gpus = t.gpus;
            if (t.typeStart >= 0)
                gpuType = this.typeName(buf, t.typeStart, t.typeEnd);
            if (t.types > 1)
                this.multiType++;
            energyJ = t.energyJ;
            if (t.malformed && this.tresMalformed++ === 0)
                this.tresMalformedLine = line;
            if (t.otherStart >= 0)
                this.otherGres.add(buf.toString('latin1', t.otherStart, t.otherEnd));
        }
        if (col.gres !== undefined && !(gpus > 0)) {
            const gres = parseAllocGres(this.text(buf, col.gres));
            if (gres.malformed.length && this.tresMalformed++ === 0)
                this.tresMalformedLine = line;
            if (gres.gpus > 0 || Number.isNaN(gpus)) {
                gpus = gres.gpus;
                if (gres.types.size > 1)
                    this.multiType++;
                gpuType = [...gres.types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
            }
        }
        if (L.gpuCount !== null)
            gpus = this.number(buf, L.gpuCount);
        if (L.gpuColumns.length) {
            gpus = 0;
            let most = 0;
            for (const g of L.gpuColumns) {
                const v = this.number(buf, g.index);
                if (v > 0) {
                    gpus += v;
                    if (v > most) {
                        most = v;
                        gpuType = g.gpu;
                    }
                }
            }
        }
        if (col.gpuType !== undefined)
            gpuType = this.opt(buf, col.gpuType) ?? gpuType;
        if (L.energy !== null) {
            const e = L.energy.prefixed ? parseSiNumber(this.text(buf, L.energy.index)) : this.number(buf, L.energy.index);
            if (e > 0)
                energyJ = energyToJoules(e, L.energy.unit);
        }
        // The key that counts a job once: JobIDRaw, else the JobID's number (a het job: its leader's).
        const het = m?.[3] !== undefined ? m[1] : null;
        const rawId = col.rawId !== undefined ? this.number(buf, col.rawId) : Number.NaN;
        let key = het !== null ? Number(het) : Number.isInteger(rawId) ? rawId : plain >= 0 ? plain : m && m[2] === undefined ? Number(m[1]) : idText;
        const cluster = this.opt(buf, col.cluster);
        if (cluster !== null)
            key = `${cluster}/${key}`;
        let tags = NO_TAGS;
        if (this.read('tags'))
            for (const t of L.tags) {
                const v = this.opt(buf, t);
                if (v !== null)
                    tags = [...tags, v];
            }
        const job = {
            key,
            id: plain >= 0 ? plain : het !== null ? Number(het) : m && m[2] === undefined && m[3] === undefined ? Number(m[1]) : idText,
            name: this.opt(buf, col.name) ?? '',
            state,
            rawState,
            startMs: this.time(buf, col.start),
            endMs: this.time(buf, col.end),
            elapsedS,
            gpus,
            nodes: col.nodes !== undefined ? this.number(buf, col.nodes) : Number.NaN,
            gpuSeconds: Number.NaN,
            gpuType,
            energyJ,
            account: this.read('account') ? this.opt(buf, col.account) : null,
            partition: this.read('partition') ? this.opt(buf, col.partition) : null,
            user: this.read('user') ? this.opt(buf, col.user) : null,
            group: this.read('group') ? this.opt(buf, col.group) : null,
            tags,
            flops: Number.NaN,
            steps: Number.NaN,
            maxSteps: Number.NaN,
            line,
        };
        const pending = this.pending;
        if (het !== null && pending?.het === het) {
            pending.job = mergeHetComponent(pending.job, job);
            return;
        }
        this.flush();
        this.pending = { job, het };
    }
    /** A state cell: its text and its reading, decoded once per distinct state. */
    state(buf, i) {
        let s = this.fs[i];
        let e = this.fe[i];
        while (s < e && buf[s] === 32)
            s++;
        while (e > s && buf[e - 1] === 32)
            e--;
        if (s === e)
            return [null, null];
        for (const c of this.states) {
            if (sameBytes(c.bytes, buf, s, e))
                return [c.raw, c.state];
        }
        const raw = buf.toString('utf8', s, e);
        const entry = { bytes: Buffer.from(buf.subarray(s, e)), raw, state: parseSlurmState(raw) };
        // "CANCELLED by <uid>" has one variant per user: keep the most recent few
        if (this.states.length >= 16)
            this.states.pop();
        this.states.unshift(entry);
        return [entry.raw, entry.state];
    }
    /** The GPU type's name, decoded once per distinct name (consecutive jobs mostly share it). */
    typeName(buf, start, end) {
        const last = this.lastType;
        if (last !== null && sameBytes(last, buf, start, end))
            return this.lastTypeName;
        this.lastType = Buffer.from(buf.subarray(start, end));
        this.lastTypeName = buf.toString('utf8', start, end);
        return this.lastTypeName;
    }
    flush() {
        if (this.pending)
            this.sink.job(this.pending.job);
        this.pending = null;
    }
    finish() {
        this.flush();
        if (this.layout === null)
            throw errors/* InputError */.dz.single({ file: this.file, message: 'empty ledger: no header and no job' });
        if (this.tresMalformed)
            this.sink.warn(`${this.tresMalformed} TRES entr${this.tresMalformed === 1 ? 'y' : 'ies'} could not be read (first at line ${this.tresMalformedLine}); their GPUs are not counted`);
        if (this.otherGres.size)
            this.sink.warn(`TRES ${[...this.otherGres].join(', ')} are not counted as GPUs`);
        if (this.multiType)
            this.sink.warn(`${this.multiType} job(s) had GPUs of several models: each is counted as its most numerous model`);
    }
}
/** Reads a delimited ledger into the sink; resolves to the number of lines. */
async function readDelimitedLedger(source, file, options, sink) {
    const reader = new DelimitedReader(file, options, sink);
    const lines = await (0,metrics_lines/* scanLines */.JH)(source, reader.onLine, { file, maxLineBytes: 1 << 20 });
    reader.finish();
    return lines;
}

;// CONCATENATED MODULE: ./src/inputs/ledgers/index.ts
/**
 * Ledgers: the records a lab already keeps (Slurm accounting, MLflow, W&B, HF Trainer outputs), read
 * from a tree (workspace, base commit, artifact) job by job, classified by the manifest's rules and
 * aggregated into groups. Each group becomes a run resolved by the same core as a manifest run, so
 * energy, emissions, water, budgets, the lifecycle split, JSON and diffs work unchanged; the anatomy
 * (src/model/anatomy.ts) keeps what only a ledger can tell: jobs, months, largest jobs, reconciliation.
 */
















/** JSON ledgers are read whole up to this size; text (sacct, MLflow and W&B CSV) is streamed, whatever its size. */
const MAX_LEDGER_JSON_BYTES = 256 * 1024 * 1024;
const SNIFF_BYTES = 4096;
/** Ledger warnings passed on as notes, at most. */
const MAX_NOTES = 20;
function entryOf(raw) {
    return typeof raw === 'string' ? { path: raw, format: 'auto' } : raw;
}
function contextOf(manifest, line, entry, rules, defaults) {
    const energyScope = entry.energyScope ?? 'server';
    return {
        manifest,
        line,
        entry,
        rules,
        defaultGpu: defaults?.hardware?.gpu,
        energyScope,
        // a local time is read as UTC, as the ledgers' own times are
        asOfMs: entry.asOf === undefined ? Number.NaN : (0,bytes/* parseIsoTimeMs */.GA)(entry.asOf),
        siteKey: [manifest, entry.region ?? '', entry.provider ?? '', energyScope].join('\u0001'),
    };
}
/** Every ledger entry of the manifests (and the extra ledgers, read as if listed in the first manifest). */
function plan(manifests, extra, tree, problems) {
    const planned = [];
    const rulesOf = new Map();
    const ruleSet = (p) => {
        if (!p)
            return new rules/* RuleSet */.xA([]);
        let r = rulesOf.get(p);
        if (!r)
            rulesOf.set(p, (r = new rules/* RuleSet */.xA(p.manifest.rules ?? [])));
        return r;
    };
    for (const p of manifests) {
        const dir = external_node_path_default().posix.dirname(p.file);
        (p.manifest.ledgers ?? []).forEach((raw, i) => {
            const entry = entryOf(raw);
            const paths = typeof entry.path === 'string' ? [entry.path] : entry.path;
            const outside = (0,inputs_paths/* pathsOutsideTree */.Cr)({ manifest: p, field: ['ledgers', i], line: 1, what: 'ledger path', tree }, paths);
            if (outside.length) {
                problems.push(...outside);
                return;
            }
            const where = (0,errors/* fieldProblem */.SL)(p, ['ledgers', i], 1, { message: '' });
            planned.push({
                context: contextOf(p.file, where.line, entry, ruleSet(p), p.manifest.defaults),
                patterns: paths.map((m) => (0,inputs_paths/* fromManifestDir */.Dw)(dir, m)),
                where,
            });
        });
    }
    if (extra.length) {
        const first = manifests[0];
        const entry = { path: [...extra], format: 'auto' };
        planned.push({
            context: contextOf(first?.file ?? '', 1, entry, ruleSet(first), first?.manifest.defaults),
            patterns: extra,
            where: { file: extra.join(', '), message: '' },
        });
    }
    return planned;
}
function unrecognised(file, detail) {
    return errors/* InputError */.dz.single({
        file,
        line: 1,
        message: `not a recognised ledger (${detail})`,
        hint: 'expected sacct -P text (with a header, or `columns:` in the manifest), sacct --json, an MLflow or W&B CSV export, a W&B runs JSON dump or run metadata, or HF Trainer outputs; or set `format:`',
    });
}
async function readJson(reader, file) {
    const text = await reader.readText(file, MAX_LEDGER_JSON_BYTES);
    return text === null ? null : (0,json_positions/* parseJson */.qF)(text, file);
}
/** Reads one ledger file into the accumulator (through `open`, once its format is known). */
async function readLedgerFile(reader, file, context, open, runsRead) {
    const entry = context.entry;
    const stream = await reader.openStream(file);
    if (!stream)
        throw errors/* InputError */.dz.single({ file, message: `ledger not found in the ${reader.label}` });
    const { head, whole, replay, release } = await (0,peek/* peekSource */.f)(stream, SNIFF_BYTES);
    try {
        let format = entry.format === 'auto' ? detectTextLedger(head, entry.delimiter ?? '|', whole) : entry.format;
        if (format === null && entry.columns)
            format = 'sacct';
        if (format === null)
            throw head.trim() === '' ? errors/* InputError */.dz.single({ file, message: 'empty ledger' }) : unrecognised(file, 'its first line is neither delimited nor a known CSV header');
        if (format === 'sacct') {
            const sink = open('sacct');
            const options = { delimiter: entry.delimiter, columns: entry.columns, fields: entry.fields, needed: context.rules.uses };
            sink.end(await readDelimitedLedger(replay(), file, options, sink));
            return;
        }
        if (format === 'mlflow' || format === 'wandb') {
            const sink = open(format);
            sink.end(await (format === 'mlflow' ? readMlflowCsv : readWandbCsv)(replay(), file, sink));
            return;
        }
        await release();
        const value = await readJson(reader, file);
        if (format === 'json')
            format = detectJsonLedger(value);
        if (format === null)
            throw unrecognised(file, 'a JSON file that is no known ledger');
        if (format === 'sacct-json') {
            const sink = open(format);
            if (!value || typeof value !== 'object' || !Array.isArray(value.jobs))
                throw unrecognised(file, 'no `jobs` list');
            sink.end(readSacctJson(value, file, sink));
        }
        else if (format === 'wandb-json') {
            const runs = wandbRunsOf(value);
            if (runs === null)
                throw unrecognised(file, 'not a list of W&B runs');
            const sink = open(format);
            sink.end(readWandbJson(runs, file, sink));
        }
        else if (format === 'hf-trainer' || format === 'wandb-run') {
            // One run per directory: its files are read together, whichever of them the pattern matched.
            const run = runFiles(file, format);
            if (runsRead.has(run.key))
                return;
            runsRead.add(run.key);
            // A sibling that cannot be read is left out, saying so (the run may still have its figures).
            const unreadable = [];
            const sibling = (s) => readJson(reader, s).catch((e) => {
                if (!(e instanceof errors/* InputError */.dz))
                    throw e;
                unreadable.push(...e.problems);
                return null;
            });
            const siblings = await Promise.all(run.siblings.map((s) => (s === file ? value : sibling(s))));
            const sink = open(format);
            for (const p of unreadable)
                sink.warn(`${(0,errors/* formatProblem */.Vw)(p)} (left out: the run is read from its other files)`);
            if (format === 'hf-trainer') {
                const [state, ...results] = siblings;
                sink.end(readTrainerRun({ state, results: results.filter((r) => r !== null) }, run.name, sink));
            }
            else {
                sink.end(readWandbRun(siblings[0], siblings[1], run.name, sink));
            }
        }
        else {
            throw unrecognised(file, `a JSON file where ${format} text was expected`);
        }
    }
    finally {
        await release();
    }
}
/** The run a group of jobs stands for: measured GPU-hours (and energy when metered) at the manifest's site. */
function groupRun(g, defaults, idPrefix) {
    const d = defaults ?? {};
    const e = g.context.entry;
    const site = e.region ?? e.provider;
    const id = `${idPrefix}ledger:${g.component}/${g.phase}/${g.status}/${g.gpu}${g.metered ? '/metered' : ''}${site ? `@${site}` : ''}`;
    const run = {
        id,
        name: id,
        kind: 'training',
        phase: g.phase,
        status: g.status,
        component: g.component,
        tags: ['ledger'],
        hardware: { ...d.hardware, gpu: g.gpu },
        gpuHours: g.gpuSeconds / 3600,
    };
    if (g.metered && g.context.energyScope !== 'none')
        Object.assign(run, { energyKwh: g.energyJ / 3.6e6, energyScope: g.context.energyScope });
    for (const k of ['region', 'provider', 'pue', 'gridIntensity', 'wue', 'electricityWater']) {
        const v = k === 'region' ? (e.region ?? d.region) : k === 'provider' ? (e.provider ?? d.provider) : d[k];
        if (v !== undefined)
            Object.assign(run, { [k]: v });
    }
    if (run.hardware)
        delete run.hardware.count;
    return run;
}
/**
 * Reads every ledger of the manifests (and `extra`), classifies their jobs and resolves each group
 * into a run. Throws one InputError with every problem found (files that cannot be read, paths that
 * leave the tree, patterns that match nothing in the head).
 */
async function loadLedgers(reader, manifests, options) {
    const problems = [];
    const planned = plan(manifests, options.extra ?? [], reader, problems);
    if (!planned.length) {
        if (problems.length)
            throw new errors/* InputError */.dz(problems);
        return { runs: [], anatomy: null, notes: [] };
    }
    const accumulator = new accumulate/* LedgerAccumulator */.mN();
    const read = new Set();
    const runsRead = new Set();
    for (const p of planned) {
        let files;
        try {
            files = await (0,inputs_paths/* expandPatterns */.qL)(reader, p.patterns, options.required);
        }
        catch (e) {
            if (!(e instanceof errors/* InputError */.dz))
                throw e;
            problems.push({ ...p.where, message: `no ledger in the ${reader.label} matches ${p.patterns.join(', ')}` });
            continue;
        }
        for (const file of files) {
            // A file matched by several entries is read once, with the first entry's settings.
            if (read.has(file))
                continue;
            read.add(file);
            try {
                await readLedgerFile(reader, file, p.context, (format) => accumulator.openFile(file, format, p.context), runsRead);
            }
            catch (e) {
                if (!(e instanceof errors/* InputError */.dz))
                    throw e;
                problems.push(...e.problems);
            }
        }
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    const account = accumulator.finish();
    const defaultsOf = new Map(manifests.map((m) => [m.file, m.manifest.defaults]));
    const withGroups = new Set(account.groups.map((g) => g.context.manifest));
    const runs = new Map();
    for (const g of account.groups) {
        const manifest = g.context.manifest;
        const run = groupRun(g, defaultsOf.get(manifest), withGroups.size > 1 ? `${manifest}:` : '');
        try {
            runs.set(g.key, (0,resolve/* resolveRun */.U)(run, { file: manifest, line: g.context.line, index: -1, provenance: (0,model_anatomy/* groupProvenance */.nG)(g) }));
        }
        catch (e) {
            if (!(e instanceof errors/* InputError */.dz))
                throw e;
            problems.push(...e.problems.map((p) => ({ ...p, field: `ledgers (${run.id})${p.field ? `: ${p.field.replace(/^runs\[-1\]\.?/, '')}` : ''}` })));
        }
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    const anatomy = (0,model_anatomy/* buildAnatomy */.S6)(account, runs);
    const notes = account.files.flatMap(fileNotes);
    // Each note becomes an annotation and a line of the comment: a bounded number of them.
    const shown = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), { file: notes[MAX_NOTES - 1].file, message: `… ${notes.length - MAX_NOTES + 1} more ledger warnings: see the anatomy's "Jobs read" details` }] : notes;
    return { runs: [...runs.values()], anatomy, notes: shown };
}
/** A file's warnings, and its malformed lines as a count with the first one located. */
function fileNotes(f) {
    const malformed = f.skipped.get('malformed');
    return [
        ...(malformed ? [{ file: f.file, message: `${malformed.jobs} line${malformed.jobs === 1 ? '' : 's'} that cannot be read, skipped (first at line ${malformed.line}: ${malformed.detail})` }] : []),
        ...f.warnings.toArray().map((message) => ({ file: f.file, message })),
    ];
}


/***/ })

};
