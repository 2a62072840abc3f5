/**
 * Megatron-LM (and Megatron-DeepSpeed) launch scripts: the `--flag value` arguments a shell script
 * passes to pretrain_gpt.py, wherever they are written (bash arrays, quoted strings with `\`
 * continuations, plain command lines), with the shell variables they use resolved when the script
 * assigns them a literal. A value the script cannot give without running (`$1`, `$(cmd)`, an
 * environment variable) is kept as unresolved, with the reason, never guessed.
 *
 * This is a reader of what is written, not a shell: `if` branches are not evaluated (a flag given in
 * two branches with different values is reported), and the last assignment of a variable counts.
 */
import type { ConfigEntry, FlatConfig } from './document.js';

/** Flags read from a script and how many values follow each (0: a switch). */
export const MEGATRON_FLAGS: Readonly<Record<string, number>> = {
  '--num-layers': 1,
  '--hidden-size': 1,
  '--ffn-hidden-size': 1,
  '--num-attention-heads': 1,
  '--num-query-groups': 1,
  '--group-query-attention': 0,
  '--kv-channels': 1,
  '--seq-length': 1,
  '--max-position-embeddings': 1,
  '--position-embedding-type': 1,
  '--no-position-embedding': 0,
  '--normalization': 1,
  '--swiglu': 0,
  '--untie-embeddings-and-output-weights': 0,
  '--disable-bias-linear': 0,
  '--embed-layernorm': 0,
  '--vocab-size': 1,
  '--pad-vocab-size-to': 1,
  '--make-vocab-size-divisible-by': 1,
  '--tokenizer-type': 1,
  '--tokenizer-model': 1,
  '--tokenizer-name-or-path': 1,
  '--num-experts': 1,
  '--moe-router-topk': 1,
  '--moe-ffn-hidden-size': 1,
  '--moe-shared-expert-intermediate-size': 1,
  '--micro-batch-size': 1,
  '--global-batch-size': 1,
  '--rampup-batch-size': 3,
  '--train-iters': 1,
  '--train-samples': 1,
  '--tensor-model-parallel-size': 1,
  '--pipeline-model-parallel-size': 1,
  '--context-parallel-size': 1,
  '--expert-model-parallel-size': 1,
  // torchrun / torch.distributed.launch: the world size.
  '--nproc_per_node': 1,
  '--nnodes': 1,
};

interface Word {
  readonly text: string;
  readonly line: number;
}

/** Words of the script outside comments, quotes removed, each with its line. */
function words(text: string): Word[] {
  const out: Word[] = [];
  let line = 1;
  let current = '';
  let start = 1;
  let quote: '"' | "'" | null = null;
  const flush = () => {
    if (current) out.push({ text: current, line: start });
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      flush();
      line++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
      else if (/\s/.test(c)) flush(); // a quoted list of arguments is split when it is used unquoted
      else {
        if (!current) start = line;
        current += c;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '#' && !current) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') continue; // line continuation
    if (/\s/.test(c) || c === '(' || c === ')' || c === ';') {
      flush();
      continue;
    }
    if (!current) start = line;
    current += c;
  }
  flush();
  return out;
}

interface Assignment {
  readonly value: string;
  readonly line: number;
}

/** `NAME=value` assignments at the start of a line (`export` allowed); arrays and command output are left out. */
function assignments(text: string): Map<string, Assignment> {
  const found = new Map<string, Assignment>();
  text.split('\n').forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(raw);
    if (!m) return;
    let value = m[2]!.trim();
    if (value.startsWith('(') && !value.startsWith('$((')) return;
    if (value.startsWith('"')) value = value.slice(1, value.indexOf('"', 1) < 0 ? undefined : value.indexOf('"', 1));
    else if (value.startsWith("'")) value = value.slice(1, value.indexOf("'", 1) < 0 ? undefined : value.indexOf("'", 1));
    else value = value.replace(/\s+#.*$/, '').trim();
    found.set(m[1]!, { value, line: i + 1 });
  });
  // SLURM: the node count of `#SBATCH --nodes=N` is what $SLURM_NNODES holds in the job.
  text.split('\n').forEach((raw, i) => {
    const nodes = /^#SBATCH\s+(?:--nodes[= ]|-N\s*)(\d+)\b/.exec(raw);
    if (nodes) for (const name of ['SLURM_NNODES', 'SLURM_JOB_NUM_NODES']) found.set(name, { value: nodes[1]!, line: i + 1 });
  });
  return found;
}

/** Integer arithmetic of `$(( ... ))` once its variables are literals: digits, + - * / and parentheses. */
function arithmetic(expr: string): string | null {
  if (!/^[\d\s+\-*/()]+$/.test(expr)) return null;
  const tokens = expr.match(/\d+|[+\-*/()]/g) ?? [];
  let pos = 0;
  const factor = (): number => {
    const t = tokens[pos++];
    if (t === '(') {
      const v = sum();
      pos++;
      return v;
    }
    if (t === '-') return -factor();
    return Number(t);
  };
  const product = (): number => {
    let v = factor();
    while (tokens[pos] === '*' || tokens[pos] === '/') v = tokens[pos++] === '*' ? v * factor() : Math.trunc(v / factor());
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[pos] === '+' || tokens[pos] === '-') v = tokens[pos++] === '+' ? v + product() : v - product();
    return v;
  };
  const v = sum();
  return pos === tokens.length && Number.isFinite(v) ? String(v) : null;
}

type Resolved = { value: string; line: number | null; via: string | null } | { unresolved: string };

/** Expands `$NAME`, `${NAME}`, `${NAME:-default}` and `$((...))` in a word, from the script's own assignments. */
/** The longest expansion read: a figure is a few characters, anything longer is not one. */
const MAX_EXPANSION = 4096;

/** Variables already expanded (each once: `A=$B$B` with `B=$C$C`… stays linear). */
type Expanded = Map<string, Resolved>;

function resolve(word: string, vars: Map<string, Assignment>, depth = 0, expanded: Expanded = new Map()): Resolved {
  if (depth > 10) return { unresolved: 'variables refer to each other too deeply' };
  let line: number | null = null;
  let via: string | null = null;
  let failure: string | null = null;
  const lookup = (name: string, written: string | undefined): string => {
    const a = vars.get(name);
    // ${NAME:-"default"}: the default as the shell reads it, without its quotes.
    const fallback = written?.replace(/^(["'])(.*)\1$/, '$2');
    if (/^\d+$/.test(name)) {
      if (fallback !== undefined) return fallback;
      failure ??= `$${name} is an argument given to the script when it is run`;
      return '';
    }
    if (!a) {
      if (fallback !== undefined) return fallback;
      failure ??= `$${name} is not assigned a literal in the script (an environment variable?)`;
      return '';
    }
    let inner = expanded.get(name);
    if (!inner) {
      inner = resolve(a.value, vars, depth + 1, expanded);
      expanded.set(name, inner);
    }
    if ('unresolved' in inner) {
      if (fallback !== undefined) return fallback;
      failure ??= `$${name} (line ${a.line}): ${inner.unresolved}`;
      return '';
    }
    line ??= inner.line ?? a.line;
    via ??= name;
    return inner.value;
  };
  let out = word.replace(/\$\(\((.*?)\)\)/g, (_m, expr: string) => {
    const inner = resolve(expr, vars, depth + 1, expanded);
    const v = 'unresolved' in inner ? null : arithmetic(inner.value);
    if (v === null) failure ??= `$((${expr})) cannot be computed from literals`;
    return v ?? '';
  });
  if (/\$\(/.test(out) || /`/.test(out)) return { unresolved: `${word} is the output of a command` };
  out = out.replace(/\$\{([A-Za-z_0-9]+)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*|\d)/g, (_m, braced: string | undefined, fallback: string | undefined, bare: string | undefined) =>
    lookup((braced ?? bare)!, fallback),
  );
  if (failure) return { unresolved: failure };
  if (out.length > MAX_EXPANSION) return { unresolved: `${word} expands to more than ${MAX_EXPANSION} characters` };
  return { value: out, line, via };
}

/**
 * The flags of MEGATRON_FLAGS a script passes, as a FlatConfig keyed by flag ("--global-batch-size").
 * A flag given more than once with different values keeps the last, and the conflict is in `notes`.
 */
export function readMegatronScript(text: string, file: string): { flat: FlatConfig; notes: string[] } {
  const vars = assignments(text);
  const expanded: Expanded = new Map();
  const ws = words(text);
  const entries = new Map<string, ConfigEntry>();
  const seen = new Map<string, { value: string; line: number }[]>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const eq = w.text.indexOf('=');
    const name = eq > 0 && w.text.startsWith('--') ? w.text.slice(0, eq) : w.text;
    const arity = MEGATRON_FLAGS[name];
    if (arity === undefined) continue;
    const raw = eq > 0 && name !== w.text ? [w.text.slice(eq + 1)] : ws.slice(i + 1, i + 1 + arity).map((x) => x.text);
    if (raw.some((v) => v.startsWith('--')) || raw.length < arity) {
      entries.set(name, { value: null, line: w.line, unresolved: `${name} needs ${arity} value${arity === 1 ? '' : 's'}` });
      continue;
    }
    if (arity === 0) {
      entries.set(name, { value: true, line: w.line });
      continue;
    }
    const values: string[] = [];
    let line = w.line;
    let via: string | undefined;
    let unresolved: string | undefined;
    for (const r of raw) {
      const v = resolve(r, vars, 0, expanded);
      if ('unresolved' in v) {
        unresolved = `not a literal: ${v.unresolved}`;
        break;
      }
      values.push(v.value);
      if (v.line !== null && values.length === 1) line = v.line;
      if (v.via !== null && values.length === 1) via = v.via;
    }
    const value = unresolved ? null : arity === 1 ? values[0]! : values;
    const list = seen.get(name) ?? [];
    list.push({ value: JSON.stringify(value), line: w.line });
    seen.set(name, list);
    entries.set(name, { value, line, ...(unresolved ? { unresolved } : {}), ...(via ? { via } : {}) });
  }
  const notes: string[] = [];
  for (const [name, list] of seen) {
    const distinct = new Set(list.map((x) => x.value));
    if (distinct.size > 1) {
      notes.push(`${file}: ${name} is given ${list.length} times with different values (lines ${list.map((x) => x.line).join(', ')}); the last one is read`);
    }
  }
  return { flat: { file, entries }, notes };
}

/** Whether a text looks like a Megatron-LM launch: it calls pretrain_*.py or passes its core flags. */
export function looksLikeMegatronScript(text: string): boolean {
  if (/pretrain_\w+\.py/.test(text)) return true;
  const core = ['--num-layers', '--hidden-size', '--global-batch-size', '--micro-batch-size', '--seq-length', '--train-iters', '--train-samples'];
  return core.filter((f) => text.includes(f)).length >= 3;
}
