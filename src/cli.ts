/**
 * The local CLI over the same core as the action: `report`, `diff`, `card` and `export` (see USAGE).
 * Unlike the action it reads manifests and metrics wherever its user points it
 * (`../other-repo/footprint.yml`). Exit codes: 0 ok, 1 a budget failed (with --fail-on-budget),
 * 2 bad input or usage, 3 an internal error.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError, formatProblem } from './inputs/errors.js';
import { loadBudgets } from './inputs/budgets.js';
import { loadState, type LoadedState } from './inputs/load.js';
import { WorkspaceReader } from './inputs/tree.js';
import { adviceEnabled, adviseDiff, adviceJson } from './model/advice.js';
import { budgetExitCode, evaluateBudgets } from './model/budget.js';
import { diffReports } from './model/diff.js';
import { applyMfuHistory, withMfuHistory } from './model/mfu-history.js';
import type { Report, RunReport } from './model/report.js';
import { boampsReport } from './outputs/boamps.js';
import { renderBudgetTable } from './outputs/budget-markdown.js';
import { runsCsv } from './outputs/csv.js';
import { diffJson, reportJson } from './outputs/json.js';
import { renderDiffMarkdown, renderReportMarkdown } from './outputs/markdown.js';
import { isTrainingRun, renderModelCard } from './outputs/model-card.js';

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly example: string;
  readonly details: string;
  readonly options: Options;
  readonly run: (values: Values, positionals: string[], cwd: string) => Promise<CliResult>;
}

// parseArgs' values, read with the option names of each command.
type Values = Record<string, string | boolean | string[] | undefined>;

interface CliResult {
  readonly code: number;
  readonly output: string;
}

const COMMON: Options = {
  metrics: { type: 'string', multiple: true, default: [] },
  ledger: { type: 'string', multiple: true, default: [] },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

class UsageError extends Error {}

const strings = (v: Values[string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

function readerAt(cwd: string): WorkspaceReader {
  // The user points at the files: no confinement to the current directory.
  return new WorkspaceReader(cwd, { confined: false });
}

/** The manifests given as positionals, their runs' MFU learnt from the report's measured runs. */
async function loadHead(values: Values, positionals: string[], cwd: string, what: string): Promise<LoadedState> {
  const ledgers = strings(values.ledger);
  if (!positionals.length && !ledgers.length) throw new UsageError(`${what} needs at least one manifest (or --ledger)`);
  const state = await loadState(readerAt(cwd), { manifests: positionals, metrics: strings(values.metrics), ledgers });
  return { ...state, report: withMfuHistory(state.report) };
}

function formatOf(values: Values, allowed: readonly string[]): string {
  const format = String(values.format);
  if (!allowed.includes(format)) throw new UsageError(`--format must be ${allowed.join(' or ')}, not "${format}"`);
  return format;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The runs a `--run` / `--component` selection names; every name must match. */
function selectRuns(report: Report, ids: readonly string[], components: readonly string[]): RunReport[] {
  const known = new Set(report.runs.map((r) => r.run.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`no run has the id ${unknown.map((u) => `"${u}"`).join(', ')} (runs: ${[...known].join(', ')})`);
  const knownComponents = new Set(report.runs.map((r) => r.run.component));
  const missing = components.filter((c) => !knownComponents.has(c));
  if (missing.length) throw new UsageError(`no run has the component ${missing.map((m) => `"${m}"`).join(', ')} (components: ${[...knownComponents].join(', ')})`);
  if (!ids.length && !components.length) return [...report.runs];
  return report.runs.filter((r) => ids.includes(r.run.id) || components.includes(r.run.component));
}

const COMMANDS: Record<string, Command> = {
  report: {
    summary: 'the footprint of one or more manifests',
    usage: 'ml-footprint report [--format markdown|json] [--metrics FILE]... [--ledger FILE]... [--no-advice] [--out FILE] <manifest>...',
    example: 'ml-footprint report examples/footprint.yml',
    details:
      'Every run with its GPU-hours, energy and emissions, all criteria, the lifecycle split, what-if advice and every assumption with its source. ' +
      "--ledger adds a job ledger (sacct -P text or --json, an MLflow or W&B export, HF Trainer outputs), read as if listed under the first manifest's " +
      '`ledgers:` and classified by its `rules:`; without a manifest every job is unclassified. The anatomy of the ledgers follows the lifecycle split ' +
      '(e.g. ml-footprint report examples/lab/footprint.yml).',
    options: { ...COMMON, format: { type: 'string', default: 'markdown' }, advice: { type: 'boolean', default: true } },
    async run(values, positionals, cwd) {
      const format = formatOf(values, ['markdown', 'json']);
      const state = await loadHead(values, positionals, cwd, 'report');
      const advice = adviceEnabled(state.manifests, values.advice !== false) ? adviseDiff(diffReports(null, state.report)) : [];
      const output =
        format === 'json'
          ? json({ ...reportJson(state.report), advice: adviceJson(advice) })
          : renderReportMarkdown(state.report, { warnings: state.notes, advice });
      return { code: 0, output };
    },
  },
  diff: {
    summary: 'compare a base and a head, as the PR comment does',
    usage:
      'ml-footprint diff --base <manifest> --head <manifest> [--format markdown|json] [--metrics FILE]... [--ledger FILE]...\n' +
      '                  [--budget-file FILE] [--fail-on-budget] [--full] [--no-advice] [--out FILE]',
    example: 'ml-footprint diff --base ../main/footprint.yml --head footprint.yml',
    details:
      'Prints the PR comment (--full: the job summary, with every run detailed). --metrics and --ledger apply to the head. ' +
      'Exits 1 when a budget fails and --fail-on-budget is given.',
    options: {
      ...COMMON,
      format: { type: 'string', default: 'markdown' },
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      'budget-file': { type: 'string' },
      'fail-on-budget': { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      advice: { type: 'boolean', default: true },
    },
    async run(values, _positionals, cwd) {
      const format = formatOf(values, ['markdown', 'json']);
      const bases = strings(values.base);
      const heads = strings(values.head);
      if (!bases.length || !heads.length) throw new UsageError('diff needs --base <manifest> and --head <manifest>');
      const reader = readerAt(cwd);
      const head = await loadState(reader, { manifests: heads, metrics: strings(values.metrics), ledgers: strings(values.ledger) });
      const base = await loadState(reader, { manifests: bases });
      const reports = applyMfuHistory(head.report, base.report);
      const diff = diffReports(reports.base, reports.head);
      const budgetFile = values['budget-file'];
      const budgets = await loadBudgets(reader, head.manifests, typeof budgetFile === 'string' ? budgetFile : undefined);
      const outcome = budgets.length ? evaluateBudgets(budgets, diff, { overridden: false }) : null;
      const code = outcome && values['fail-on-budget'] ? budgetExitCode(outcome) : 0;
      const advice = adviceEnabled(head.manifests, values.advice !== false) ? adviseDiff(diff) : [];
      if (format === 'json') return { code, output: json(diffJson(diff, { ...(outcome ? { budgets: outcome } : {}), advice: adviceJson(advice) })) };
      const output = renderDiffMarkdown(diff, {
        ...(outcome ? { budgetSection: renderBudgetTable(outcome), budgetHeadline: outcome.headline } : {}),
        warnings: [...head.notes, ...base.notes],
        advice,
        perRun: values.full ? 'all' : 'changed',
      });
      return { code, output };
    },
  },
  card: {
    summary: "Hugging Face model-card co2_eq_emissions metadata for a run or a component",
    usage: 'ml-footprint card [--run ID]... [--component NAME]... [--metrics FILE]... [--ledger FILE]... [--out FILE] <manifest>...',
    example: 'ml-footprint card --component chat-7b examples/footprint.yml',
    details:
      "Prints the `co2_eq_emissions` block (emissions in grams, source, training_type, geographical_location, hardware_used) " +
      "to paste into the YAML front matter of the model's README.md. It covers the training and fine-tuning runs selected " +
      '(every status: failed and ablation runs count); without --run or --component, all of them.',
    options: { ...COMMON, run: { type: 'string', multiple: true, default: [] }, component: { type: 'string', multiple: true, default: [] } },
    async run(values, positionals, cwd) {
      const state = await loadHead(values, positionals, cwd, 'card');
      const ids = strings(values.run);
      const components = strings(values.component);
      const selected = selectRuns(state.report, ids, components);
      const training = selected.filter(isTrainingRun);
      if (!training.length) throw new UsageError('a model card covers training and fine-tuning runs: none is selected');
      const skipped = selected.filter((r) => !isTrainingRun(r)).map((r) => r.run.id);
      if (ids.some((id) => skipped.includes(id))) throw new UsageError(`${skipped.join(', ')}: not a training or fine-tuning run`);
      const what = ids.length === 1 && !components.length ? `run ${ids[0]}` : components.length ? `component ${components.join(', ')}` : `${training.length} training runs`;
      return { code: 0, output: renderModelCard(training, `co2_eq_emissions of ${what}, from ml-footprint`) };
    },
  },
  export: {
    summary: 'runs as BoAmps reports (JSON) or as CSV for spreadsheets',
    usage: 'ml-footprint export --format boamps|csv [--run ID]... [--metrics FILE]... [--ledger FILE]... [--out FILE] <manifest>...',
    example: 'ml-footprint export --format boamps --run pretrain-7b examples/footprint.yml',
    details:
      'boamps: one BoAmps report (Boavizta, format 1.1.0) per run; one run gives one report object, several an array of them. ' +
      'csv: one row per run (RFC 4180), a header row naming each column with its unit.',
    options: { ...COMMON, format: { type: 'string' }, run: { type: 'string', multiple: true, default: [] } },
    async run(values, positionals, cwd) {
      if (values.format === undefined) throw new UsageError('export needs --format boamps or --format csv');
      const format = formatOf(values, ['boamps', 'csv']);
      const state = await loadHead(values, positionals, cwd, 'export');
      const runs = selectRuns(state.report, strings(values.run), []);
      if (format === 'csv') return { code: 0, output: runsCsv({ ...state.report, runs }) };
      const reports = runs.map((r) => boampsReport(r));
      return { code: 0, output: json(reports.length === 1 ? reports[0] : reports) };
    },
  },
};

export const USAGE = [
  'Usage: ml-footprint <command> [options] <manifest>...',
  '',
  'Commands:',
  ...Object.entries(COMMANDS).flatMap(([name, c]) => [`  ${name.padEnd(8)}${c.summary}`, `  ${''.padEnd(8)}e.g. ${c.example}`]),
  `  ${'help'.padEnd(8)}this help; \`ml-footprint <command> --help\` for one command`,
  '',
  'Manifests, metrics and ledgers may be globs, anywhere on disk; relative paths start at the current directory.',
  'Exit codes: 0 ok, 1 a budget failed (diff --fail-on-budget), 2 bad input or usage, 3 internal error.',
].join('\n');

function commandHelp(name: string, c: Command): string {
  return `Usage: ${c.usage}\n\n${name}: ${c.summary}.\n${c.details}\n\nExample:\n  ${c.example}`;
}

export async function runCli(argv: readonly string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('no command given');
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    return { code: 0, stdout: `${topic ? commandHelp(rest[0]!, topic) : USAGE}\n`, stderr: '' };
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"`);
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], allowPositionals: true, allowNegative: true, options: command.options }) as typeof parsed;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n\n${commandHelp(name, command)}`);
  }
  if (parsed.values.help) return { code: 0, stdout: `${commandHelp(name, command)}\n`, stderr: '' };
  const { code, output } = await command.run(parsed.values, parsed.positionals, cwd);
  const out = parsed.values.out;
  if (typeof out === 'string') {
    writeFileSync(path.resolve(cwd, out), output);
    return { code, stdout: '', stderr: '' };
  }
  return { code, stdout: output, stderr: '' };
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { code, stdout, stderr } = await runCli(argv);
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    return code;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`${e.problems.map((p) => `error: ${formatProblem(p)}`).join('\n')}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      const help = e.message.includes('\nUsage: ') ? '' : `\n\n${USAGE}`;
      process.stderr.write(`error: ${e.message}${help}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 3;
  }
}
