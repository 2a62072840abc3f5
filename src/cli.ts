/**
 * The local CLI over the same core as the action:
 *   ml-footprint report [--format markdown|json] [--metrics FILE]... <manifest>...
 *   ml-footprint diff --base <manifest> --head <manifest> [--format markdown|json] [--fail-on-budget]
 * Exit codes: 0 ok, 1 a budget failed (with --fail-on-budget), 2 bad input or usage.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, formatProblem } from './inputs/errors.js';
import { loadState } from './inputs/load.js';
import { WorkspaceReader } from './inputs/tree.js';
import { diffReports } from './model/diff.js';
import { applyMfuHistory, withMfuHistory } from './model/mfu-history.js';
import { loadBudgets } from './inputs/budgets.js';
import { budgetExitCode, evaluateBudgets } from './model/budget.js';
import { renderBudgetTable } from './outputs/budget-markdown.js';
import { diffJson, reportJson } from './outputs/json.js';
import { notesMarkdown, renderDiffMarkdown, renderReportMarkdown } from './outputs/markdown.js';

const USAGE = `Usage:
  ml-footprint report [--format markdown|json] [--metrics FILE]... [--out FILE] <manifest>...
  ml-footprint diff --base <manifest> --head <manifest> [--format markdown|json]
                    [--budget-file FILE] [--fail-on-budget] [--out FILE]

Manifests and metrics may be globs. Paths are relative to the current directory.
Exit codes: 0 ok, 1 a budget failed (with --fail-on-budget), 2 bad input or usage.`;

class UsageError extends Error {}

export async function runCli(argv: readonly string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'markdown' },
      metrics: { type: 'string', multiple: true, default: [] },
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      'budget-file': { type: 'string' },
      'fail-on-budget': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || command === 'help' || command === '--help' || command === '-h') {
    return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  }
  if (values.format !== 'markdown' && values.format !== 'json') throw new UsageError(`--format must be markdown or json, not "${values.format}"`);
  const reader = new WorkspaceReader(cwd);
  let output: string;
  let code = 0;
  if (command === 'report') {
    if (!positionals.length) throw new UsageError('report needs at least one manifest');
    const state = await loadState(reader, { manifests: positionals, metrics: values.metrics });
    const report = withMfuHistory(state.report);
    output =
      values.format === 'json' ? `${JSON.stringify(reportJson(report), null, 2)}\n` : renderReportMarkdown(report) + notesSection(state.notes);
  } else if (command === 'diff') {
    if (!values.base?.length || !values.head?.length) throw new UsageError('diff needs --base <manifest> and --head <manifest>');
    const head = await loadState(reader, { manifests: values.head, metrics: values.metrics });
    const base = await loadState(reader, { manifests: values.base });
    const reports = applyMfuHistory(head.report, base.report);
    const diff = diffReports(reports.base, reports.head);
    const budgets = await loadBudgets(reader, head.manifests, values['budget-file']);
    const outcome = budgets.length ? evaluateBudgets(budgets, diff, { overridden: false }) : null;
    if (outcome && values['fail-on-budget']) code = budgetExitCode(outcome);
    if (values.format === 'json') {
      output = `${JSON.stringify(diffJson(diff, outcome ? { budgets: outcome } : {}), null, 2)}\n`;
    } else {
      output = renderDiffMarkdown(diff, {
        ...(outcome ? { budgetSection: renderBudgetTable(outcome), budgetHeadline: outcome.headline } : {}),
      });
      output += notesSection([...head.notes, ...base.notes]);
    }
  } else {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (values.out) {
    writeFileSync(path.resolve(cwd, values.out), output);
    return { code, stdout: '', stderr: '' };
  }
  return { code, stdout: output, stderr: '' };
}

function notesSection(notes: readonly string[]): string {
  return notes.length ? `\n${notesMarkdown(notes)}\n` : '';
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
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`error: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 3;
  }
}
