/**
 * README.md against what it documents, so that a document five people edit stays true: every action
 * input (with its default) and output of action.yml in its tables and nothing else; every manifest
 * field of docs/manifest.schema.json in the table of its level; every CLI flag; every catalogue id;
 * and the figures it types from the bundled examples, recomputed here.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import { GPUS } from '../../src/data/gpus.js';
import { PROVIDERS } from '../../src/data/providers.js';
import { SERVER_PROFILES } from '../../src/data/servers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (...parts: string[]) => readFileSync(path.join(ROOT, ...parts), 'utf8');
const README = read('README.md');

/** The rows of the README table whose header's first cell is `first`: cells, code marks kept. */
function table(first: string): string[][] {
  const lines = README.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  expect(start, `README has a table headed "${first}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.replace(/\\\|/g, '\u0000').split('|').slice(1, -1).map((c) => c.trim().replace(/\u0000/g, '|')));
  }
  return rows;
}

const firstCode = (cell: string) => /^`([^`]+)`/.exec(cell)?.[1];

describe('README.md documents action.yml', () => {
  const action = parse(read('action.yml')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };

  it('every input once, with its default, and no other', () => {
    const rows = table('input');
    expect(rows.map((r) => firstCode(r[0]!))).toEqual(Object.keys(action.inputs));
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = rows.find((r) => firstCode(r[0]!) === name)![1]!;
      expect(shown, name).toBe(input.default ? `\`${input.default}\`` : '');
    }
  });

  it('every output once, and no other', () => {
    expect(table('output').map((r) => firstCode(r[0]!))).toEqual(Object.keys(action.outputs));
  });
});

describe('README.md documents the manifest (docs/manifest.schema.json)', () => {
  type Node = { properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; $ref?: string };
  const schema = JSON.parse(read('docs/manifest.schema.json')) as Node & { $defs?: Record<string, Node> };
  const deref = (n: Node): Node => (n.$ref ? schema.$defs![n.$ref.split('/').pop()!]! : n);
  /** The property names of an object node, through unions, arrays and references. */
  function props(n: Node | undefined): Record<string, Node> {
    if (!n) return {};
    const d = deref(n);
    return { ...d.properties, ...Object.assign({}, ...(d.anyOf ?? []).map(props)), ...(d.items ? props(d.items) : {}) };
  }
  /** The names a table documents: the words of its first column and the code spans of every cell (`{ column, unit }`). */
  const words = (rows: string[][]) =>
    new Set(rows.flatMap((r) => [...(r[0]!.match(/[A-Za-z][\w-]*/g) ?? []), ...r.flatMap((c) => [...c.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.match(/[A-Za-z][\w-]*/g) ?? []))]));
  const RANGE_KEYS = new Set(['low', 'central', 'high']);
  /** Every property name under a node, nested objects included (ranges' low/central/high aside). */
  function names(n: Node, depth = 0): string[] {
    if (depth > 4) return [];
    return Object.entries(props(n)).flatMap(([k, v]) => (RANGE_KEYS.has(k) ? [] : [k, ...names(v, depth + 1)]));
  }
  const top = props(schema);

  it('top-level fields in their table', () => {
    const documented = words(table('top-level field'));
    for (const name of Object.keys(top)) expect(documented.has(name), name).toBe(true);
  });

  it('run fields (and defaults, which take the same fields) in the run table', () => {
    const documented = words(table('run field'));
    // Per-precision peaks are written as an example object in the row's meaning.
    const precisions = new Set(['fp8', 'bf16', 'fp16', 'tf32', 'fp32']);
    for (const name of names(top.runs!)) if (!precisions.has(name)) expect(documented.has(name), name).toBe(true);
    expect(names(top.defaults!).filter((n) => n !== 'id' && !names(top.runs!).includes(n))).toEqual([]);
  });

  it('ledger entry, rule and budget fields in their tables', () => {
    const ledger = words(table('ledger entry field'));
    for (const name of names(top.ledgers!)) expect(ledger.has(name), `ledger field ${name}`).toBe(true);
    const rules = words(table('rule field'));
    for (const name of names(top.rules!)) expect(rules.has(name), `rule field ${name}`).toBe(true);
    const budgets = words(table('budget field'));
    for (const name of names(top.budgets!)) expect(budgets.has(name), `budget field ${name}`).toBe(true);
  });
});

describe('README.md documents the CLI and the catalogue', () => {
  it('every flag of every command (each command\'s --help)', async () => {
    const cli = README.slice(README.indexOf('## CLI'), README.indexOf('### Exports'));
    const flags = table('flag').map((r) => r[0]!).join(' ');
    for (const command of ['report', 'diff', 'card', 'export']) {
      const usage = (await runCli([command, '--help'])).stdout.split('\n\n')[0]!;
      expect(cli, command).toContain(`node dist/cli.js ${command} `);
      for (const flag of usage.match(/--[a-z-]+/g)!) expect(flags, `${command} ${flag}`).toContain(flag);
    }
  });

  it('every GPU, server and provider id of the catalogue', () => {
    for (const { id } of [...GPUS, ...SERVER_PROFILES, ...PROVIDERS]) expect(README, id).toContain(`\`${id}\``);
  });
});

describe('figures README.md and docs/examples.md type, recomputed from the examples', () => {
  const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-readme-'));

  it("the comment's headline: examples/footprint.yml with 20 % more tokens and hours for its final run", async () => {
    const dir = tmp();
    cpSync(path.join(ROOT, 'examples/metrics'), path.join(dir, 'metrics'), { recursive: true });
    const head = read('examples/footprint.yml').replace('tokens: 2T', 'tokens: 2.4T').replace('hours: 420 ', 'hours: 504 ');
    writeFileSync(path.join(dir, 'footprint.yml'), head);
    const out = await runCli(['diff', '--base', 'examples/footprint.yml', '--head', path.join(dir, 'footprint.yml')], ROOT);
    const headline = out.stdout.split('\n')[2]!.replace(/\*\*/g, '');
    const quoted = /the headline, e\.g\. `([^`]+)`/.exec(README)![1]!.replace(' vs main', '');
    expect(headline).toBe(quoted);
  });

  it('"Why it changed" on the training-repo example with its global batch doubled', async () => {
    const dir = tmp();
    cpSync(path.join(ROOT, 'examples/training-repo'), dir, { recursive: true });
    const config = path.join(dir, 'configs/pretrain.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('global_batch_size: 512', 'global_batch_size: 1024'));
    const out = await runCli(['diff', '--base', 'examples/training-repo/footprint.yml', '--head', path.join(dir, 'footprint.yml')], ROOT);
    const why = out.stdout.slice(out.stdout.indexOf('**Why it changed**')).split('\n\n')[0]!.replace(/\([^()]*configs\//g, '(configs/');
    expect(README).toContain(`\`\`\`\n${why}\n\`\`\``);
  });

  it("the lab example: its final-training share (README) and its failed-runs budget (docs/examples.md)", async () => {
    const out = await runCli(['diff', '--base', 'examples/lab/footprint.yml', '--head', 'examples/lab/footprint.yml', '--format', 'json'], ROOT);
    const json = JSON.parse(out.stdout) as { budgets: { results: { name: string; used: number; state: string }[] } };
    const failed = json.budgets.results.find((r) => r.name === 'Failed runs')!;
    expect(read('docs/examples.md')).toContain(`at ${failed.used.toFixed(2)} % it ${failed.state}s`);
    const report = (await runCli(['report', 'examples/lab/footprint.yml'], ROOT)).stdout;
    const share = /\*\*Final training runs: ([\d.]+ %) of GPU time\*\*/.exec(report)![1]!;
    expect(README.replace(/\s+/g, ' ')).toContain(`**final training runs: ${share} of GPU time**`);
  });
});
