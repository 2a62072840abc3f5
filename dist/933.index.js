export const id = 933;
export const ids = [933];
export const modules = {

/***/ 65452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readCsvTable),
/* harmony export */   a: () => (/* binding */ cellReader)
/* harmony export */ });
/* harmony import */ var _metrics_codecarbon_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(762);
/**
 * The records of a CSV export (MLflow, W&B) with its header, RFC 4180 quoting included: a quoted cell
 * may hold commas and line breaks (W&B notes), so a record can span several lines.
 */

function readCsvTable(text) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    let header = null;
    const records = [];
    const malformed = [];
    const joiner = new _metrics_codecarbon_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvRecordJoiner */ .NK();
    lines.forEach((raw, i) => {
        const record = joiner.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw, i + 1);
        if (record === null)
            return;
        const values = record.cells.values;
        if (header === null)
            header = values.map((v) => v.trim());
        else if (values.length !== header.length)
            malformed.push({ line: record.line, message: `${values.length} cells where the header has ${header.length}` });
        else
            records.push({ cells: values, line: record.line });
    });
    if (joiner.pendingLine)
        malformed.push({ line: joiner.pendingLine, message: 'a quoted cell never closes (file cut off?)' });
    const index = new Map();
    (header ?? []).forEach((name, i) => {
        if (!index.has(name))
            index.set(name, i);
    });
    return { header: header ?? [], records, index, malformed };
}
/** A reader of one record's cells by column name (any of `names`, first found), trimmed; '' when absent. */
function cellReader(table) {
    return (cells, ...names) => {
        for (const n of names) {
            const i = table.index.get(n);
            if (i !== undefined)
                return cells[i].trim();
        }
        return '';
    };
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
/* harmony import */ var _metrics_codecarbon_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(762);
/* harmony import */ var _hf_trainer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38508);
/* harmony import */ var _mlflow_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33919);
/* harmony import */ var _sacct_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12657);
/* harmony import */ var _wandb_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42428);
/**
 * Which ledger a file is, from its content: JSON by its structure (sacct --json, a W&B runs dump, a
 * W&B run's metadata or summary, an HF Trainer file), text by its first line (sacct's `|` columns,
 * an MLflow or a W&B CSV header). File names decide nothing, except which files of one run directory
 * belong together.
 */






/** A text ledger's format from its first bytes; 'json' when it must be parsed to tell; null when unknown. */
function detectTextLedger(head, delimiter = '|') {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('{') || text.startsWith('['))
        return 'json';
    const nl = text.indexOf('\n');
    // A header wider than the bytes looked at (W&B exports have hundreds of columns): its complete cells.
    const first = nl < 0 ? text.slice(0, Math.max(0, text.lastIndexOf(','))) || text : text.slice(0, nl).replace(/\r$/, '');
    const cells = (0,_metrics_codecarbon_js__WEBPACK_IMPORTED_MODULE_1__/* .splitCsvRecord */ .iE)(first)?.values.map((v) => v.trim()) ?? [];
    if ((0,_mlflow_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeMlflow */ .L)(cells))
        return 'mlflow';
    if ((0,_wandb_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeWandbCsv */ .YL)(cells))
        return 'wandb';
    if (first.includes(delimiter))
        return 'sacct';
    return null;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A parsed JSON ledger's format; null when it is none of them. */
function detectJsonLedger(value) {
    if ((0,_sacct_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isSacctJson */ .Z)(value))
        return 'sacct-json';
    if ((0,_wandb_js__WEBPACK_IMPORTED_MODULE_5__/* .wandbRunsOf */ .OA)(value) !== null)
        return 'wandb-json';
    if ((0,_hf_trainer_js__WEBPACK_IMPORTED_MODULE_2__/* .isTrainerOutput */ .TY)(value))
        return 'hf-trainer';
    if (isObject(value) && ('gpu_count' in value || 'startedAt' in value || '_runtime' in value || '_wandb' in value))
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
    const names = format === 'hf-trainer' ? _hf_trainer_js__WEBPACK_IMPORTED_MODULE_2__/* .TRAINER_FILES */ .SD : WANDB_FILES;
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
/* unused harmony exports parseSlurmElapsed, parseTres */
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
/** scanTres on a string, as a plain object (tests, and ledgers read as text). */
function parseTres(text) {
    if (text === '')
        return NO_TRES;
    const buf = Buffer.from(text, 'utf8');
    const entries = text.split(',');
    const t = scanTres(buf, 0, buf.length, newTresScan());
    const types = new Map();
    const other = [];
    for (const entry of entries) {
        const [name = '', count = ''] = entry.split('=');
        if (name.startsWith('gres/gpu:'))
            types.set(name.slice(9), (types.get(name.slice(9)) ?? 0) + Number(count));
        else if (name.startsWith('gres/') && !['gres/gpu', 'gres/gpumem', 'gres/gpuutil'].includes(name))
            other.push(name);
    }
    return {
        gpus: t.gpus,
        types,
        energyJ: t.energyJ,
        otherGres: other,
        malformed: entries.filter((e) => e.trim() !== '' && (!e.includes('=') || (/^gres\/gpu(:|=)/.test(e) && !(Number(e.slice(e.indexOf('=') + 1)) >= 0)))),
    };
}
/**
 * Legacy AllocGRES as older sacct prints it: "gpu:2", "gpu:tesla:2", "gpu:a100:4(IDX:0-3)", several
 * comma-separated. Returns the same shape as parseTres (no energy).
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
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
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
    const m = ISO.exec(t);
    if (!m)
        return Number.NaN;
    const [, y, mo, d, hh = '0', mi = '0', ss = '0', frac = '', zone] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31 || Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 60)
        return Number.NaN;
    let ms = (((0,_metrics_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .daysFromCivil */ .Hd)(Number(y), month, day) * 24 + Number(hh)) * 60 + Number(mi)) * 60000 + Number(ss) * 1000;
    if (frac)
        ms += Number(`0.${frac}`) * 1000;
    if (zone && zone !== 'Z') {
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
    }
    return ms;
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

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);
/** The files of one run, by the name the Trainer gives them. */
const TRAINER_FILES = ['trainer_state.json', 'all_results.json', 'train_results.json', 'eval_results.json'];
/** Whether a parsed JSON value is one of the Trainer's files. */
function isTrainerOutput(value) {
    if (!isObject(value))
        return false;
    if (Array.isArray(value.log_history) && ('global_step' in value || 'max_steps' in value))
        return true;
    return Object.keys(value).some((k) => k === 'train_runtime' || k === 'total_flos' || k === 'eval_runtime');
}
/** One run from its trainer_state.json and results files; `name` is its directory (or file prefix). */
function readTrainerRun(files, name, sink) {
    const state = isObject(files.state) ? files.state : {};
    const results = files.results.filter(isObject);
    const history = Array.isArray(state.log_history) ? state.log_history.filter(isObject) : [];
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
function readMlflowCsv(text, file, sink) {
    const table = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsvTable */ .$)(text);
    const cell = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .cellReader */ .a)(table);
    for (const m of table.malformed)
        sink.malformed(m.line, m.message);
    // GPU indices of MLflow's system metrics (system/gpu_0_utilization_percentage, …)
    const gpuColumns = new Map();
    table.header.forEach((name, i) => {
        const m = /^(?:metrics\.)?system\/gpu_(\d+)_/.exec(name);
        if (m)
            gpuColumns.set(Number(m[1]), [...(gpuColumns.get(Number(m[1])) ?? []), i]);
    });
    const tagColumns = table.header.flatMap((name, i) => (/^(tags|params)\./.test(name) && !name.startsWith('tags.mlflow.') ? [{ name, i }] : []));
    let badStart = 0;
    let badStartLine = 0;
    for (const { cells, line } of table.records) {
        const runId = cell(cells, ...ID_COLUMNS);
        if (runId === '') {
            sink.malformed(line, 'no run id', ID_COLUMNS.join(' / '));
            continue;
        }
        const rawState = cell(cells, 'status', 'Status');
        const startText = cell(cells, 'start_time', 'Start Time');
        const startMs = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(startText);
        if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(startText) && Number.isNaN(startMs) && badStart++ === 0)
            badStartLine = line;
        const endMs = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(cell(cells, 'end_time'));
        const duration = cell(cells, 'Duration');
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
            endMs,
            elapsedS: duration !== '' ? (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUiDuration */ .Q_)(duration) : Number.NaN,
            gpus,
            user: cell(cells, 'tags.mlflow.user', 'mlflow.user', 'User', 'user_id') || null,
            group: cell(cells, 'experiment_id') || null,
            tags,
            line,
        });
    }
    if (badStart)
        sink.warn(`${badStart} start time(s) not in ISO form (first at line ${badStartLine}): those runs have no month`);
    return table.records.length;
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
/**
 * `sacct --json` (and `--yaml` read as JSON is not supported): the data_parser output of Slurm 21.08
 * (dbv0.0.37) to 25.x (v0.0.44), whose shape drifts between versions: `state.current` is a string up
 * to v0.0.39 and a list of flags from v0.0.40; optional numbers are plain, null, or
 * `{ set, infinite, number }`; TRES names are null or "" when empty. Steps are in each job's `steps`
 * and never counted; heterogeneous components (het.job_id) are added up into one job.
 */


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A number as data_parser writes it: plain, or { set, infinite, number }; NaN when unset. */
function num(v) {
    if (typeof v === 'number')
        return v;
    if (isObject(v))
        return v.set === false || v.infinite === true ? Number.NaN : num(v.number);
    return Number.NaN;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
/** `state.current`: "COMPLETED" (≤ v0.0.39) or ["COMPLETED"] / ["CANCELLED", "…flags"] (≥ v0.0.40). */
function stateOf(job) {
    const state = isObject(job.state) ? job.state.current : job.state;
    if (typeof state === 'string')
        return state;
    if (Array.isArray(state))
        return state.filter((s) => typeof s === 'string').join(' ') || null;
    return null;
}
/** Whether a value looks like sacct --json: `jobs` and a `meta` with the data_parser or Slurm version. */
function isSacctJson(value) {
    return isObject(value) && Array.isArray(value.jobs) && isObject(value.meta);
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
        if (!isObject(raw)) {
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
        const time = isObject(raw.time) ? raw.time : {};
        const start = num(time.start);
        const end = num(time.end);
        let gpus = 0;
        let gpuType = null;
        let typedMost = 0;
        let energyJ = Number.NaN;
        const tres = isObject(raw.tres) && Array.isArray(raw.tres.allocated) ? raw.tres.allocated : null;
        for (const t of tres ?? []) {
            if (!isObject(t))
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
        const array = isObject(raw.array) ? raw.array : {};
        const task = num(array.task_id);
        const het = isObject(raw.het) ? raw.het : {};
        const hetLeader = num(het.job_id);
        const hetOffset = num(het.job_offset);
        const isHet = hetLeader > 0 && Number.isInteger(hetOffset);
        const rawState = stateOf(raw);
        const wckey = isObject(raw.wckey) ? str(raw.wckey.wckey) : str(raw.wckey);
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
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17131);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7025);
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




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const number = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN);
function looksLikeWandbCsv(header) {
    return header.includes('Name') && (header.includes('State') || header.includes('Runtime') || header.includes('Created'));
}
function stateOf(raw) {
    return { state: raw === null ? null : (_data_ledgers_js__WEBPACK_IMPORTED_MODULE_0__/* .WANDB_STATES */ .e3[raw.toLowerCase()] ?? null), rawState: raw };
}
/** The GPU model and count a wandb-metadata.json records (old `gpu_devices` and new `gpu_nvidia` schemas). */
function gpuOfMetadata(meta) {
    if (!isObject(meta))
        return { gpuType: null, gpus: Number.NaN };
    const devices = Array.isArray(meta.gpu_nvidia) ? meta.gpu_nvidia : Array.isArray(meta.gpu_devices) ? meta.gpu_devices : [];
    const first = devices.map((d) => (isObject(d) ? text(d.name) : null)).find((n) => n !== null) ?? null;
    // wandb ≥ 0.18 writes `gpu` as a bracketed list: "[NVIDIA H100 NVL, NVIDIA H100 NVL, …]"
    const gpuField = text(meta.gpu)?.replace(/^\[|\]$/g, '').split(',')[0]?.trim() || null;
    const count = number(meta.gpu_count);
    return { gpuType: first ?? gpuField, gpus: count >= 0 ? count : devices.length || Number.NaN };
}
/** Run time of a run's summary: `_runtime` (seconds), else `_wandb.runtime`. */
function runtimeOfSummary(summary) {
    if (!isObject(summary))
        return Number.NaN;
    const r = number(summary._runtime);
    if (r >= 0)
        return r;
    return isObject(summary._wandb) ? number(summary._wandb.runtime) : Number.NaN;
}
function readWandbCsv(text_, file, sink) {
    const table = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsvTable */ .$)(text_);
    const cell = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .cellReader */ .a)(table);
    for (const m of table.malformed)
        sink.malformed(m.line, m.message);
    if (!table.index.has('Runtime'))
        sink.warn('no Runtime column: add it to the runs table before exporting, or no run has a run time');
    for (const { cells, line } of table.records) {
        const name = cell(cells, 'Name');
        const created = cell(cells, 'Created');
        const count = cell(cells, 'GPU Count', 'gpu_count');
        const tags = cell(cells, 'Tags');
        sink.job({
            ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JOB */ .I,
            // W&B names repeat; the export has no run id: the name and the creation time tell runs apart
            key: `wandb:${name}@${created}`,
            id: name,
            name,
            ...stateOf(cell(cells, 'State') || null),
            startMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(created),
            elapsedS: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(cell(cells, 'Runtime')) ? Number.NaN : Number(cell(cells, 'Runtime')),
            gpus: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(count) ? Number.NaN : Number(count),
            gpuType: cell(cells, 'GPU Type', 'gpu_type') || null,
            user: cell(cells, 'User') || null,
            group: cell(cells, 'Group', 'Sweep') || null,
            tags: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlank */ .z3)(tags) ? [] : tags.split(',').map((t) => t.trim()).filter(Boolean),
            line,
        });
    }
    return table.records.length;
}
/** Whether a JSON value is a dump of wandb.Api().runs(): a list of run objects (or { runs: [...] }). */
function wandbRunsOf(value) {
    const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.runs) ? value.runs : null;
    if (list === null || list.length === 0)
        return null;
    return list.every((r) => isObject(r) && ('state' in r || 'summary' in r) && ('name' in r || 'id' in r)) ? list : null;
}
function readWandbJson(runs, file, sink) {
    runs.forEach((run, index) => {
        const line = index + 1;
        if (!isObject(run)) {
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
            ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JOB */ .I,
            key: `wandb:${id}`,
            id,
            name: text(run.name) ?? id,
            ...stateOf(text(run.state)),
            startMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(text(run.created_at) ?? text(run.createdAt) ?? ''),
            elapsedS: runtime >= 0 ? runtime : runtimeOfSummary(run.summary),
            gpus,
            gpuType,
            user: text(run.user) ?? text(run.username) ?? (isObject(run.user) ? text(run.user.username) : null),
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
    const meta = isObject(metadata) ? metadata : {};
    sink.job({
        ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_JOB */ .I,
        key: `wandb-run:${name}`,
        id: name,
        name: text(meta.program)?.split('/').pop() ?? name,
        startMs: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimeMs */ .jR)(text(meta.startedAt) ?? ''),
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
