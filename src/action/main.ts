/**
 * The action: read inputs → load head (and base) → diff → budgets → summary, outputs, annotations,
 * report file → the sticky comment. Thin wiring: every decision lives in the modules it calls.
 * The GitHub client and the artifact client are imported only when needed (cold start).
 */
import * as core from './runner.js';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBudgets } from '../inputs/budgets.js';
import { InputError, formatProblem, type InputProblem } from '../inputs/errors.js';
import { GitReader } from '../inputs/git-reader.js';
import { formatNote, loadState, type LoadedState } from '../inputs/load.js';
import { OverlayReader, WorkspaceReader, type TreeReader } from '../inputs/tree.js';
import { adviceEnabled, adviceJson, adviseDiff } from '../model/advice.js';
import { evaluateBudgets, type BudgetOutcome } from '../model/budget.js';
import { diffReports, type ReportDiff } from '../model/diff.js';
import { applyMfuHistory } from '../model/mfu-history.js';
import { budgetHeadline, budgetMessage, renderBudgetTable } from '../outputs/budget-markdown.js';
import { diffJson } from '../outputs/json.js';
import { invalidInputMarkdown, problemLines } from '../outputs/problems-markdown.js';
import type { DiffRenderOptions } from '../outputs/markdown.js';
import type { GitHubClient } from '../github/client.js';
import { Annotations } from './annotations.js';
import { artifactMeasurements } from './artifact-files.js';
import { readContext, type RunContext } from './context.js';
import { fitComment, fitSummary } from './fit.js';
import { readInputs, type ActionInputs } from './inputs.js';

/**
 * Annotations name files from the repository root; the inputs' paths are relative to working-directory
 * (`prefix`, the working directory relative to the workspace).
 */
const fromRoot = (prefix: string, file: string) => (prefix ? path.posix.join(prefix, file) : file);

function annotateProblems(annotations: Annotations, problems: readonly InputProblem[], prefix: string): void {
  for (const p of problems) {
    annotations.error(`${p.field ? `${p.field}: ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`, {
      title: 'ML footprint: invalid input',
      file: fromRoot(prefix, p.file),
      ...(p.line !== undefined ? { startLine: p.line } : {}),
      ...(p.column !== undefined ? { startColumn: p.column } : {}),
    });
  }
}

class Lazy {
  private client: Promise<GitHubClient> | undefined;
  constructor(
    private readonly token: string,
    private readonly annotations: Annotations,
  ) {}
  github(): Promise<GitHubClient> {
    if (!this.token) return Promise.reject(new Error('no token: set the `token` input'));
    this.client ??= import('../github/client.js').then((m) =>
      m.createClient(this.token, { warning: (s) => this.annotations.warning(s), debug: (s) => core.debug(s) }),
    );
    return this.client;
  }
}

async function baseState(inputs: ActionInputs, ctx: RunContext, lazy: Lazy, headFiles: string[], annotations: Annotations): Promise<{ state: LoadedState | null; note: string | null }> {
  if (!ctx.base) return { state: null, note: null };
  const root = path.resolve(ctx.workspace, inputs.workingDirectory);
  try {
    let reader: TreeReader;
    if (await GitReader.hasCommit(root, ctx.base.sha)) {
      reader = new GitReader(root, ctx.base.sha);
    } else {
      const { ContentsApiReader } = await import('../github/contents-reader.js');
      const prefix = path.relative(ctx.workspace, root);
      reader = new ContentsApiReader(await lazy.github(), ctx.owner, ctx.repo, ctx.base.sha, headFiles.map((f) => path.posix.join(prefix, f)));
      if (prefix) reader = withPrefix(reader, prefix);
    }
    const state = await loadState(reader, { manifests: inputs.manifests, metrics: inputs.metrics, ledgers: inputs.ledgers, requireMatches: false });
    const note = state.manifests.length ? null : `No manifest at the base (${ctx.base.ref}): every run is new.`;
    return { state, note };
  } catch (e) {
    if (e instanceof InputError) {
      return { state: null, note: `The base (${ctx.base.ref}) manifests could not be evaluated (${e.problems.length} problem(s), first: ${formatProblem(e.problems[0]!)}); showing the head only.` };
    }
    const status = (e as { status?: number }).status;
    annotations.warning(`Could not read the base commit (${status ?? ''} ${(e as Error).message}); showing the head only.`);
    return { state: null, note: `The base (${ctx.base.ref}) could not be read; showing the head only.` };
  }
}

/** The REST contents API addresses files from the repository root; the loader works below working-directory. */
function withPrefix(reader: TreeReader, prefix: string): TreeReader {
  const add = (p: string) => path.posix.join(prefix, p);
  const strip = (p: string) => path.posix.relative(prefix, p);
  return {
    label: reader.label,
    expand: async (patterns) => (await reader.expand(patterns.map((p) => (p.startsWith('!') ? `!${add(p.slice(1))}` : add(p))))).map(strip),
    readText: (p, max) => reader.readText(add(p), max),
    openStream: (p) => reader.openStream(add(p)),
  };
}

function writeOutputs(diff: ReportDiff, outcome: BudgetOutcome | null, reportPath: string): void {
  const t = diff.head.totals;
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(Number(v.toPrecision(10))));
  core.setOutput('total-kgco2e', num(t.impacts.gwp.total.value?.central ?? t.impacts.gwp.operational.value?.central));
  core.setOutput('delta-kgco2e', num(diff.base ? diff.deltaKg.central : null));
  core.setOutput('energy-kwh', num(t.energyKwh.central));
  core.setOutput('gpu-hours-theoretical', num(t.gpuHours.theoretical?.central));
  core.setOutput('gpu-hours-measured', num(t.gpuHours.measured));
  core.setOutput('budget-status', outcome?.status ?? 'ok');
  core.setOutput('report-path', reportPath);
}

/** Annotates warned and failed budgets; returns the failures that fail the step. */
function annotateBudgets(annotations: Annotations, outcome: BudgetOutcome, prefix: string, failStep: boolean): string[] {
  const failures: string[] = [];
  for (const r of outcome.results) {
    if (r.state !== 'warn' && r.state !== 'fail') continue;
    const message = budgetMessage(r);
    const top = r.contributors[0];
    const props = { title: `ML footprint budget: ${r.name}`, ...(top ? { file: fromRoot(prefix, top.file), startLine: top.line } : {}) };
    if (r.state === 'fail' && !outcome.overridden && failStep) {
      annotations.error(message, props);
      failures.push(message);
    } else {
      const why = r.state !== 'fail' ? '' : outcome.overridden ? ' (overridden by label)' : ' (fail-on-budget is off)';
      annotations.warning(`${message}${why}`, props);
    }
  }
  return failures;
}

/** Completes the context of events that point at a PR without carrying it (workflow_run, merge queue). */
async function withPendingPullRequest(ctx: RunContext, lazy: Lazy, annotations: Annotations): Promise<RunContext> {
  const pending = ctx.pendingPr;
  if (!pending) return ctx;
  try {
    const { findPullRequest } = await import('../github/pull-request.js');
    const found = await findPullRequest(await lazy.github(), ctx.owner, ctx.repo, pending);
    if (!found) {
      core.info(`No open pull request found for ${pending.event} at ${pending.headSha.slice(0, 7)}: reporting without a diff.`);
      return ctx;
    }
    return { ...ctx, pr: found.pr, base: ctx.base ?? found.base };
  } catch (e) {
    annotations.warning(`Could not look up the pull request of this ${pending.event} run (${(e as Error).message}); reporting without it.`);
    return ctx;
  }
}

export async function run(): Promise<void> {
  const annotations = new Annotations();
  try {
    await report(annotations);
  } finally {
    const folded = annotations.foldedSummary();
    if (folded) await core.summary.addRaw(folded).write();
  }
}

async function report(annotations: Annotations): Promise<void> {
  const inputs = readInputs();
  const lazy = new Lazy(inputs.token, annotations);
  const ctx = await withPendingPullRequest(readContext(), lazy, annotations);
  const root = path.resolve(ctx.workspace, inputs.workingDirectory);
  const prefix = path.relative(ctx.workspace, root).split(path.sep).join('/');
  const workspace = new WorkspaceReader(root);

  let head: LoadedState;
  try {
    const artifact = await artifactMeasurements(inputs, ctx);
    // Manifests shipped in the artifact are read as if checked out (the artifact wins on a clash).
    head = await loadState(artifact.manifests ? new OverlayReader([artifact.manifests, workspace]) : workspace, {
      manifests: inputs.manifests,
      metrics: inputs.metrics,
      ledgers: inputs.ledgers,
      measurements: artifact.measurements,
    });
  } catch (e) {
    if (e instanceof InputError) {
      annotateProblems(annotations, e.problems, prefix);
      await core.summary.addRaw(invalidInputMarkdown(e.problems)).write();
      core.setOutput('budget-status', 'fail');
      core.setFailed(`${e.problems.length} problem(s) in the footprint inputs:\n${problemLines(e.problems).join('\n')}`);
      return;
    }
    throw e;
  }
  // Notes about the files read: metrics gaps, the configs' caveats, ledger warnings.
  for (const n of head.notes) annotations.warning(formatNote(n), { title: 'ML footprint: input files', file: fromRoot(prefix, n.file) });

  const headFiles = head.manifests.map((m) => m.file);
  const base = await baseState(inputs, ctx, lazy, headFiles, annotations);
  const reports = applyMfuHistory(head.report, base.state?.report ?? null);
  const diff = diffReports(reports.base, reports.head);

  const budgets = await loadBudgets(workspace, head.manifests, inputs.budgetFile || undefined).catch((e) => {
    if (e instanceof InputError) annotateProblems(annotations, e.problems, prefix);
    throw e;
  });
  const overridden = !!inputs.overrideLabel && !!ctx.pr?.labels.includes(inputs.overrideLabel);
  const outcome = budgets.length ? evaluateBudgets(budgets, diff, { overridden }) : null;

  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
  const actionRepo = process.env.GITHUB_ACTION_REPOSITORY;
  const methodUrl =
    inputs.methodUrl ||
    (actionRepo ? `${ctx.serverUrl}/${actionRepo}/blob/${process.env.GITHUB_ACTION_REF || 'main'}/docs/METHODOLOGY.md` : undefined);
  // Advice is computed by the core but never enters the budgets evaluated above.
  const advice = adviceEnabled(head.manifests, inputs.advice) ? adviseDiff(diff) : [];
  const renderOpts: DiffRenderOptions = {
    ...(ctx.base ? { baseRef: ctx.base.ref } : {}),
    ...(methodUrl ? { methodUrl } : {}),
    ...(outcome ? { budgetSection: renderBudgetTable(outcome), budgetHeadline: budgetHeadline(outcome) } : {}),
    notes: base.note ? [base.note] : [],
    warnings: [...head.notes, ...(base.state?.notes ?? [])],
    advice,
    fullReportUrl: runUrl,
  };
  const summaryBody = fitSummary(diff, renderOpts);

  const reportDir = process.env.RUNNER_TEMP ?? os.tmpdir();
  const reportPath = path.join(reportDir, 'ml-footprint-report.json');
  writeFileSync(reportPath, `${JSON.stringify(diffJson(diff, { ...(outcome ? { budgets: outcome } : {}), advice: adviceJson(advice) }), null, 2)}\n`);
  // The exporters are loaded only when asked for: most runs write the JSON report alone (cold start).
  const extraFormats = inputs.reportFormats.filter((f) => f !== 'json');
  const reportFiles = [reportPath, ...(extraFormats.length ? (await import('./report-files.js')).writeReportFiles(diff.head, extraFormats, reportDir) : [])];
  writeOutputs(diff, outcome, reportPath);
  await core.summary.addRaw(summaryBody, true).write();

  if (inputs.uploadReport) {
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().uploadArtifact(inputs.reportArtifactName, reportFiles, reportDir);
    } catch (e) {
      annotations.warning(`Could not upload the report artifact: ${(e as Error).message}`);
    }
  }

  if (ctx.pr?.commentable && inputs.commentMode !== 'off') {
    const noChange = diff.base !== null && diff.runs.every((r) => r.change === 'unchanged');
    const body = fitComment(diff, renderOpts);
    try {
      const { upsertStickyComment } = await import('../github/comment.js');
      const result = await upsertStickyComment(
        await lazy.github(),
        { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pr.number },
        noChange ? `${body}\n_No change in footprint against the base._\n` : body,
        {
          key: inputs.commentKey,
          mode: inputs.commentMode,
          nonce: `${ctx.runId}-${ctx.runAttempt}`,
          createIfMissing: !noChange || inputs.commentOnNoChange,
          log: { info: (m) => core.info(m), warning: (m) => annotations.warning(m) },
        },
      );
      core.info(`PR comment: ${result.action}${result.url ? ` (${result.url})` : ''}.`);
      if (result.url) core.setOutput('comment-url', result.url);
    } catch (e) {
      const status = (e as { status?: number }).status;
      const why =
        status === 403 || status === 404
          ? ctx.pr.fromFork
            ? 'the token of a pull request from a fork cannot write comments'
            : 'the token cannot write comments (grant `pull-requests: write`)'
          : `GitHub answered ${status ?? 'with an error'}: ${(e as Error).message}`;
      annotations.warning(`Could not post the PR comment: ${why}. The report is in the job summary.`);
    }
  }

  if (outcome) {
    const failures = annotateBudgets(annotations, outcome, prefix, inputs.failOnBudget);
    if (failures.length) core.setFailed(failures.join('\n'));
  }
}
