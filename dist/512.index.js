export const id = 512;
export const ids = [512];
export const modules = {

/***/ 21512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_LEDGER_JSON_BYTES: () => (/* binding */ MAX_LEDGER_JSON_BYTES),
  loadLedgers: () => (/* binding */ loadLedgers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/anatomy.ts
var model_anatomy = __webpack_require__(7276);
// EXTERNAL MODULE: ./src/model/resolve.ts + 1 modules
var resolve = __webpack_require__(19171);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(91318);
// EXTERNAL MODULE: ./src/inputs/metrics/bytes.ts
var bytes = __webpack_require__(24780);
// EXTERNAL MODULE: ./src/inputs/metrics/json-positions.ts
var json_positions = __webpack_require__(48340);
// EXTERNAL MODULE: ./src/inputs/metrics/peek.ts
var peek = __webpack_require__(55424);
// EXTERNAL MODULE: ./src/inputs/paths.ts
var inputs_paths = __webpack_require__(27981);
// EXTERNAL MODULE: ./src/inputs/ledgers/accumulate.ts
var accumulate = __webpack_require__(35080);
// EXTERNAL MODULE: ./src/inputs/ledgers/detect.ts
var detect = __webpack_require__(55933);
// EXTERNAL MODULE: ./src/inputs/ledgers/hf-trainer.ts
var hf_trainer = __webpack_require__(38508);
// EXTERNAL MODULE: ./src/inputs/ledgers/mlflow.ts
var mlflow = __webpack_require__(33919);
// EXTERNAL MODULE: ./src/inputs/ledgers/rules.ts
var rules = __webpack_require__(67083);
// EXTERNAL MODULE: ./src/inputs/ledgers/sacct-json.ts
var sacct_json = __webpack_require__(12657);
// EXTERNAL MODULE: ./src/inputs/metrics/lines.ts
var metrics_lines = __webpack_require__(96140);
// EXTERNAL MODULE: ./src/inputs/ledgers/fields.ts
var fields = __webpack_require__(17131);
// EXTERNAL MODULE: ./src/inputs/ledgers/types.ts
var types = __webpack_require__(7025);
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
    scan = (0,fields/* newTresScan */.i3)();
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
        return (0,fields/* parseTimeMs */.jR)(buf.toString('latin1', s, e)); // Unknown, None, or another ISO form
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
            return (0,fields/* parseSlurmElapsedBytes */.q_)(buf, s, e);
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
            const t = (0,fields/* scanTres */.wy)(buf, this.fs[col.tres], this.fe[col.tres], this.scan);
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
            const gres = (0,fields/* parseAllocGres */.gj)(this.text(buf, col.gres));
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
            const e = L.energy.prefixed ? (0,fields/* parseSiNumber */.Fe)(this.text(buf, L.energy.index)) : this.number(buf, L.energy.index);
            if (e > 0)
                energyJ = (0,fields/* energyToJoules */.YK)(e, L.energy.unit);
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
            pending.job = (0,types/* mergeHetComponent */.H)(pending.job, job);
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
        const entry = { bytes: Buffer.from(buf.subarray(s, e)), raw, state: (0,fields/* parseSlurmState */.Y5)(raw) };
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

// EXTERNAL MODULE: ./src/inputs/ledgers/wandb.ts
var wandb = __webpack_require__(42428);
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
        let format = entry.format === 'auto' ? (0,detect/* detectTextLedger */.A1)(head, entry.delimiter ?? '|', whole) : entry.format;
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
            sink.end(await (format === 'mlflow' ? mlflow/* readMlflowCsv */.i : wandb/* readWandbCsv */.hQ)(replay(), file, sink));
            return;
        }
        await release();
        const value = await readJson(reader, file);
        if (format === 'json')
            format = (0,detect/* detectJsonLedger */.VG)(value);
        if (format === null)
            throw unrecognised(file, 'a JSON file that is no known ledger');
        if (format === 'sacct-json') {
            const sink = open(format);
            if (!value || typeof value !== 'object' || !Array.isArray(value.jobs))
                throw unrecognised(file, 'no `jobs` list');
            sink.end((0,sacct_json/* readSacctJson */.n)(value, file, sink));
        }
        else if (format === 'wandb-json') {
            const runs = (0,wandb/* wandbRunsOf */.OA)(value);
            if (runs === null)
                throw unrecognised(file, 'not a list of W&B runs');
            const sink = open(format);
            sink.end((0,wandb/* readWandbJson */.JQ)(runs, file, sink));
        }
        else if (format === 'hf-trainer' || format === 'wandb-run') {
            // One run per directory: its files are read together, whichever of them the pattern matched.
            const run = (0,detect/* runFiles */.NW)(file, format);
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
                sink.end((0,hf_trainer/* readTrainerRun */.xR)({ state, results: results.filter((r) => r !== null) }, run.name, sink));
            }
            else {
                sink.end((0,wandb/* readWandbRun */.kP)(siblings[0], siblings[1], run.name, sink));
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
