export const id = 933;
export const ids = [933];
export const modules = {

/***/ 65452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readCsvExport)
/* harmony export */ });
/* harmony import */ var _metrics_csv_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56648);
/* harmony import */ var _metrics_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96140);
/**
 * CSV exports (MLflow, W&B) streamed record by record with their header, RFC 4180 quoting included: a
 * quoted cell may hold commas and line breaks (W&B notes), so a record can span several lines. Lines
 * come from the same splitter as every other text input (byte-order mark, CRLF), records from the
 * same joiner as CodeCarbon's.
 */


function csvHeader(names) {
    const index = (0,_metrics_csv_records_js__WEBPACK_IMPORTED_MODULE_1__/* .columnIndex */ .PD)(names);
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
    const joiner = new _metrics_csv_records_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvRecordJoiner */ .NK();
    let header = null;
    let onRecord = () => undefined;
    let records = 0;
    for await (const { text, line } of (0,_metrics_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .readLines */ .Se)(source, { file })) {
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


/***/ }),

/***/ 55933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ detectTextLedger),
/* harmony export */   NW: () => (/* binding */ runFiles),
/* harmony export */   VG: () => (/* binding */ detectJsonLedger),
/* harmony export */   isLedgerFile: () => (/* binding */ isLedgerFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _metrics_csv_records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56648);
/* harmony import */ var _hf_trainer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38508);
/* harmony import */ var _mlflow_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33919);
/* harmony import */ var _sacct_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12657);
/* harmony import */ var _wandb_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42428);
/* harmony import */ var _metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48340);
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
    const first = (0,_metrics_csv_records_js__WEBPACK_IMPORTED_MODULE_6__/* .firstRecord */ .El)(head, whole);
    if (first.json)
        return 'json';
    if ((0,_mlflow_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeMlflow */ .L)(first.cells))
        return 'mlflow';
    if ((0,_wandb_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeWandbCsv */ .YL)(first.cells))
        return 'wandb';
    if (first.line.includes(delimiter))
        return 'sacct';
    return null;
}
/** A parsed JSON ledger's format; null when it is none of them. */
function detectJsonLedger(value) {
    if ((0,_sacct_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isSacctJson */ .Z)(value))
        return 'sacct-json';
    if ((0,_wandb_js__WEBPACK_IMPORTED_MODULE_4__/* .wandbRunsOf */ .OA)(value) !== null)
        return 'wandb-json';
    if ((0,_hf_trainer_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrainerOutput */ .TY)(value))
        return 'hf-trainer';
    if ((0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(value) && ('gpu_count' in value || 'startedAt' in value || '_runtime' in value || '_wandb' in value))
        return 'wandb-run';
    return null;
}
const WANDB_FILES = ['wandb-metadata.json', 'wandb-summary.json'];
/**
 * The run a Trainer or W&B run-directory file belongs to: its directory and the part of the name
 * before the standard file name (empty for files named as the tools name them), and the sibling paths.
 */
function runFiles(file, format) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file);
    const names = format === 'hf-trainer' ? _hf_trainer_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAINER_FILES */ .SD : WANDB_FILES;
    const own = names.find((n) => base.endsWith(n));
    if (own === undefined)
        return { key: file, name: base.replace(/\.json$/, ''), siblings: [file] };
    const prefix = base.slice(0, base.length - own.length);
    const key = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(dir, prefix);
    // A W&B run directory is wandb/run-YYYYMMDD_HHMMSS-<id>/files/: name the run after it.
    const wandbRun = /(?:offline-)?run-\d{8}_\d{6}-[a-z0-9]+/.exec(`${dir}/${prefix}`)?.[0];
    const trimmed = prefix.replace(/[_\-.]+$/, '');
    const name = wandbRun ?? (trimmed || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(dir === '.' ? '' : dir) || own.replace(/\.json$/, ''));
    return { key, name, siblings: names.map((n) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(dir, prefix + n)) };
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
const MAX_SNIFFED_JSON_BYTES = 64 * 1024 * 1024;


/***/ }),

/***/ 17131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ parseSiNumber),
/* harmony export */   Q_: () => (/* binding */ parseUiDuration),
/* harmony export */   Y5: () => (/* binding */ parseSlurmState),
/* harmony export */   YK: () => (/* binding */ energyToJoules),
/* harmony export */   gj: () => (/* binding */ parseAllocGres),
/* harmony export */   i3: () => (/* binding */ newTresScan),
/* harmony export */   jR: () => (/* binding */ parseTimeMs),
/* harmony export */   q_: () => (/* binding */ parseSlurmElapsedBytes),
/* harmony export */   wy: () => (/* binding */ scanTres),
/* harmony export */   z3: () => (/* binding */ isBlank)
/* harmony export */ });
/* unused harmony export parseSlurmElapsed */
/* harmony import */ var _data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65950);
/* harmony import */ var _metrics_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24780);
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
const KNOWN = new Set(_data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATES */ .RH);
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
                const count = (0,_metrics_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDecimal */ .$Q)(buf, eq + 1, comma);
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
            const v = (0,_metrics_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDecimal */ .$Q)(buf, eq + 1, comma);
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
    return (0,_metrics_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoTimeMs */ .GA)(t);
}
/** A cell of a tracker export that says nothing: empty, "-", "None", "null", "nan". */
function isBlank(text) {
    if (text === undefined || text === null)
        return true;
    const t = text.trim();
    return t === '' || t === '-' || t === 'None' || t === 'null' || t === 'NaN' || t === 'nan';
}


/***/ }),

/***/ 38508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SD: () => (/* binding */ TRAINER_FILES),
/* harmony export */   TY: () => (/* binding */ isTrainerOutput),
/* harmony export */   xR: () => (/* binding */ readTrainerRun)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7025);
/* harmony import */ var _metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48340);


const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);
/** The files of one run, by the name the Trainer gives them. */
const TRAINER_FILES = ['trainer_state.json', 'all_results.json', 'train_results.json', 'eval_results.json'];
/** Whether a parsed JSON value is one of the Trainer's files. */
function isTrainerOutput(value) {
    if (!(0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value))
        return false;
    if (Array.isArray(value.log_history) && ('global_step' in value || 'max_steps' in value))
        return true;
    return Object.keys(value).some((k) => k === 'train_runtime' || k === 'total_flos' || k === 'eval_runtime');
}
/** One run from its trainer_state.json and results files; `name` is its directory (or file prefix). */
function readTrainerRun(files, name, sink) {
    const state = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(files.state) ? files.state : {};
    const results = files.results.filter(_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW);
    const history = Array.isArray(state.log_history) ? state.log_history.filter(_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW) : [];
    const summary = [...history].reverse().find((h) => 'train_runtime' in h) ?? {};
    const first = (key) => [...results.map((r) => num(r[key])), num(summary[key]), num(state[key])].find((v) => !Number.isNaN(v)) ?? Number.NaN;
    const runtime = first('train_runtime');
    const flops = [num(state.total_flos), ...results.map((r) => num(r.total_flos)), num(summary.total_flos)].find((v) => v > 0) ?? Number.NaN;
    sink.job({
        ..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_JOB */ .I,
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


/***/ }),

/***/ 33919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ looksLikeMlflow),
/* harmony export */   i: () => (/* binding */ readMlflowCsv)
/* harmony export */ });
/* harmony import */ var _data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65950);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65452);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17131);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7025);
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
    const records = await (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsvExport */ .p)(source, file, sink, ({ names, cell }) => {
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
            const elapsedS = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(duration) ? Number.NaN : (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUiDuration */ .Q_)(duration);
            if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(duration) && Number.isNaN(elapsedS)) {
                sink.malformed(line, `not a duration as MLflow prints one (161ms, 7.6s, 1.2min, 2.5h, 1.1d): "${duration}"`, 'Duration');
                return;
            }
            const rawState = cell(cells, 'status', 'Status');
            const startText = cell(cells, 'start_time', 'Start Time');
            const startMs = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(startText);
            if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(startText) && Number.isNaN(startMs) && badStart++ === 0)
                badStartLine = line;
            let gpus = Number.NaN;
            if (gpuColumns.size) {
                gpus = 0;
                for (const cols of gpuColumns.values())
                    if (cols.some((i) => !(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(cells[i])))
                        gpus++;
            }
            const tags = [];
            for (const { name, i } of tagColumns) {
                const v = cells[i].trim();
                if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(v))
                    tags.push(`${name.startsWith('tags.') ? name.slice(5) : name}=${v}`);
            }
            sink.job({
                ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JOB */ .I,
                key: `mlflow:${runId}`,
                id: runId,
                name: cell(cells, 'tags.mlflow.runName', 'mlflow.runName', 'Name', 'name', 'run_name') || runId,
                state: rawState === '' ? null : (_data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__/* .MLFLOW_STATES */ .Hm[rawState.toUpperCase()] ?? null),
                rawState: rawState === '' ? null : rawState,
                startMs,
                endMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(cell(cells, 'end_time')),
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


/***/ }),

/***/ 12657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isSacctJson),
/* harmony export */   n: () => (/* binding */ readSacctJson)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17131);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7025);
/* harmony import */ var _metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48340);
/**
 * `sacct --json` (and `--yaml` read as JSON is not supported): the data_parser output of Slurm 21.08
 * (dbv0.0.37) to 25.x (v0.0.44), whose shape drifts between versions: `state.current` is a string up
 * to v0.0.39 and a list of flags from v0.0.40; optional numbers are plain, null, or
 * `{ set, infinite, number }`; TRES names are null or "" when empty. Steps are in each job's `steps`
 * and never counted; heterogeneous components (het.job_id) are added up into one job.
 */



/** A number as data_parser writes it: plain, or { set, infinite, number }; NaN when unset. */
function num(v) {
    if (typeof v === 'number')
        return v;
    if ((0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(v))
        return v.set === false || v.infinite === true ? Number.NaN : num(v.number);
    return Number.NaN;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
/** `state.current`: "COMPLETED" (≤ v0.0.39) or ["COMPLETED"] / ["CANCELLED", "…flags"] (≥ v0.0.40). */
function stateOf(job) {
    const state = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(job.state) ? job.state.current : job.state;
    if (typeof state === 'string')
        return state;
    if (Array.isArray(state))
        return state.filter((s) => typeof s === 'string').join(' ') || null;
    return null;
}
/** Whether a value looks like sacct --json: `jobs` and a `meta` with the data_parser or Slurm version. */
function isSacctJson(value) {
    return (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(value) && Array.isArray(value.jobs) && (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(value.meta);
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
        if (!(0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(raw)) {
            flush();
            sink.malformed(line, 'not a job object', `jobs[${index}]`);
            return;
        }
        const jobId = num(raw.job_id);
        if (!Number.isInteger(jobId)) {
            flush();
            sink.malformed(line, 'no job_id', `jobs[${index}].job_id`);
            return;
        }
        for (const _ of Array.isArray(raw.steps) ? raw.steps : [])
            sink.step(line, false);
        const time = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(raw.time) ? raw.time : {};
        const start = num(time.start);
        const end = num(time.end);
        let gpus = 0;
        let gpuType = null;
        let typedMost = 0;
        let energyJ = Number.NaN;
        const tres = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(raw.tres) && Array.isArray(raw.tres.allocated) ? raw.tres.allocated : null;
        for (const t of tres ?? []) {
            if (!(0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(t))
                continue;
            const count = num(t.count);
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
        const array = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(raw.array) ? raw.array : {};
        const task = num(array.task_id);
        const het = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(raw.het) ? raw.het : {};
        const hetLeader = num(het.job_id);
        const hetOffset = num(het.job_offset);
        const isHet = hetLeader > 0 && Number.isInteger(hetOffset);
        const rawState = stateOf(raw);
        const wckey = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(raw.wckey) ? str(raw.wckey.wckey) : str(raw.wckey);
        const cluster = str(raw.cluster);
        const job = {
            ..._types_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JOB */ .I,
            key: cluster !== null ? `${cluster}/${isHet ? hetLeader : jobId}` : isHet ? hetLeader : jobId,
            id: isHet ? String(hetLeader) : Number.isInteger(task) && num(array.job_id) > 0 ? `${num(array.job_id)}_${task}` : String(jobId),
            name: str(raw.name) ?? '',
            state: rawState === null ? null : (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSlurmState */ .Y5)(rawState),
            rawState,
            // time.start/end are UNIX seconds; 0 means unset (a job that has not started or ended)
            startMs: start > 0 ? start * 1000 : Number.NaN,
            endMs: end > 0 ? end * 1000 : Number.NaN,
            elapsedS: num(time.elapsed),
            gpus: tres === null ? Number.NaN : gpus,
            nodes: num(raw.allocation_nodes),
            gpuType,
            energyJ,
            account: str(raw.account),
            partition: str(raw.partition),
            user: str(raw.user),
            tags: wckey !== null ? [wckey] : [],
            line,
        };
        if (isHet && pending?.het === hetLeader) {
            pending.job = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeHetComponent */ .H)(pending.job, job);
            return;
        }
        flush();
        pending = { job, het: isHet ? hetLeader : -1 };
    });
    flush();
    return value.jobs.length;
}


/***/ }),

/***/ 7025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ mergeHetComponent),
/* harmony export */   I: () => (/* binding */ EMPTY_JOB)
/* harmony export */ });
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


/***/ }),

/***/ 42428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ readWandbJson),
/* harmony export */   OA: () => (/* binding */ wandbRunsOf),
/* harmony export */   YL: () => (/* binding */ looksLikeWandbCsv),
/* harmony export */   hQ: () => (/* binding */ readWandbCsv),
/* harmony export */   kP: () => (/* binding */ readWandbRun)
/* harmony export */ });
/* unused harmony exports gpuOfMetadata, runtimeOfSummary */
/* harmony import */ var _data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65950);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65452);
/* harmony import */ var _metrics_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24780);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17131);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7025);
/* harmony import */ var _metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48340);
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






const text = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const number = (v) => (typeof v === 'number' ? v : typeof v === 'string' ? (0,_metrics_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(v) : Number.NaN);
function looksLikeWandbCsv(header) {
    return header.includes('Name') && (header.includes('State') || header.includes('Runtime') || header.includes('Created'));
}
function stateOf(raw) {
    return { state: raw === null ? null : (_data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__/* .WANDB_STATES */ .e3[raw.toLowerCase()] ?? null), rawState: raw };
}
/** The GPU model and count a wandb-metadata.json records (old `gpu_devices` and new `gpu_nvidia` schemas). */
function gpuOfMetadata(meta) {
    if (!(0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(meta))
        return { gpuType: null, gpus: Number.NaN };
    const devices = Array.isArray(meta.gpu_nvidia) ? meta.gpu_nvidia : Array.isArray(meta.gpu_devices) ? meta.gpu_devices : [];
    const first = devices.map((d) => ((0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(d) ? text(d.name) : null)).find((n) => n !== null) ?? null;
    // wandb ≥ 0.18 writes `gpu` as a bracketed list: "[NVIDIA H100 NVL, NVIDIA H100 NVL, …]"
    const gpuField = text(meta.gpu)?.replace(/^\[|\]$/g, '').split(',')[0]?.trim() || null;
    const count = number(meta.gpu_count);
    return { gpuType: first ?? gpuField, gpus: count >= 0 ? count : devices.length || Number.NaN };
}
/** Run time of a run's summary: `_runtime` (seconds), else `_wandb.runtime`. */
function runtimeOfSummary(summary) {
    if (!(0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(summary))
        return Number.NaN;
    const r = number(summary._runtime);
    if (r >= 0)
        return r;
    return (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(summary._wandb) ? number(summary._wandb.runtime) : Number.NaN;
}
function readWandbCsv(source, file, sink) {
    return (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsvExport */ .p)(source, file, sink, ({ index, cell }) => {
        if (!index.has('Runtime'))
            sink.warn('no Runtime column: add it to the runs table before exporting, or no run has a run time');
        /** A non-negative figure of the first of `columns` present: NaN when blank; unreadable when it is not such a number. */
        const figure = (cells, ...columns) => {
            const column = columns.find((c) => index.has(c)) ?? columns[0];
            const text = cell(cells, column);
            const value = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .isBlank */ .z3)(text) ? Number.NaN : (0,_metrics_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(text);
            return { column, text, value, unreadable: !(0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .isBlank */ .z3)(text) && !(value >= 0 && value < Infinity) };
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
                ..._types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_JOB */ .I,
                // W&B names repeat; the export has no run id: the name and the creation time tell runs apart
                key: `wandb:${name}@${created}`,
                id: name,
                name,
                ...stateOf(cell(cells, 'State') || null),
                startMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimeMs */ .jR)(created),
                elapsedS: runtime.value,
                gpus: gpus.value,
                gpuType: cell(cells, 'GPU Type', 'gpu_type') || null,
                user: cell(cells, 'User') || null,
                group: cell(cells, 'Group', 'Sweep') || null,
                tags: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .isBlank */ .z3)(tags) ? [] : tags.split(',').map((t) => t.trim()).filter(Boolean),
                line,
            });
        };
    });
}
/** Whether a JSON value is a dump of wandb.Api().runs(): a list of run objects (or { runs: [...] }). */
function wandbRunsOf(value) {
    const list = Array.isArray(value) ? value : (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(value) && Array.isArray(value.runs) ? value.runs : null;
    if (list === null || list.length === 0)
        return null;
    return list.every((r) => (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(r) && ('state' in r || 'summary' in r) && ('name' in r || 'id' in r)) ? list : null;
}
function readWandbJson(runs, file, sink) {
    runs.forEach((run, index) => {
        const line = index + 1;
        if (!(0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(run)) {
            sink.malformed(line, 'not a run object', `[${index}]`);
            return;
        }
        const id = text(run.id) ?? text(run.name);
        if (id === null) {
            sink.malformed(line, 'a run needs an id or a name', `[${index}]`);
            return;
        }
        const { gpuType, gpus } = gpuOfMetadata(run.metadata);
        const runtime = number(run.runtime);
        sink.job({
            ..._types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_JOB */ .I,
            key: `wandb:${id}`,
            id,
            name: text(run.name) ?? id,
            ...stateOf(text(run.state)),
            startMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimeMs */ .jR)(text(run.created_at) ?? text(run.createdAt) ?? ''),
            elapsedS: runtime >= 0 ? runtime : runtimeOfSummary(run.summary),
            gpus,
            gpuType,
            user: text(run.user) ?? text(run.username) ?? ((0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(run.user) ? text(run.user.username) : null),
            group: text(run.group),
            tags: Array.isArray(run.tags) ? run.tags.filter((t) => typeof t === 'string') : [],
            line,
        });
    });
    return runs.length;
}
/** A run directory's metadata (and summary): one run. `name` is the run directory's name. */
function readWandbRun(metadata, summary, name, sink) {
    const { gpuType, gpus } = gpuOfMetadata(metadata);
    const meta = (0,_metrics_json_positions_js__WEBPACK_IMPORTED_MODULE_5__/* .isJsonObject */ .OW)(metadata) ? metadata : {};
    sink.job({
        ..._types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_JOB */ .I,
        key: `wandb-run:${name}`,
        id: name,
        name: text(meta.program)?.split('/').pop() ?? name,
        startMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimeMs */ .jR)(text(meta.startedAt) ?? ''),
        elapsedS: runtimeOfSummary(summary),
        gpus,
        gpuType,
        user: text(meta.username) ?? text(meta.email),
        line: 1,
    });
    return 1;
}


/***/ })

};
