/**
 * End-to-end tests of the bundled action (`node dist/index.js`, spawned as the runner does) against
 * the loopback GitHub API of test/e2e/support. The bundle is built once, from the current sources,
 * into a temp directory (set ML_FOOTPRINT_E2E_DIST to an already built dist/ to skip that while
 * iterating on the tests).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha, startFakeGitHub, type FakeGitHub, type StoredComment } from './support/fake-github.js';
import { assertAllValid } from './support/openapi.js';
import { runAction, type Annotation, type RunActionResult } from './support/run-action.js';
import { makeZip } from '../support/zip.js';

const exec = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ACTION_YML = join(ROOT, 'action.yml');
const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const PR = 7;
const BASE_SHA = sha('base');
const HEAD_SHA = sha('head');
const MARKER = '<!-- ml-footprint-action -->';
/** runAction's fixed GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
const NONCE = '<!-- nonce:9100000001-1 -->';

// ---------------------------------------------------------------------------------------------
// Manifests

/** The base branch: one 1B pretraining run on 8 H100s in the US grid. */
const BASE_MANIFEST = `version: 1
defaults: { region: US }
runs:
  - id: pretrain-1b
    model: { parameters: 1B }
    tokens: 20B
    hardware: { gpu: h100-sxm, count: 8 }
`;

/** The PR: twice the tokens, plus a fine-tuning run with its own grid factor. */
const HEAD_MANIFEST = `version: 1
defaults: { region: US }
runs:
  - id: pretrain-1b
    model: { parameters: 1B }
    tokens: 40B
    hardware: { gpu: h100-sxm, count: 8 }
  - id: finetune-1b
    kind: fine-tuning
    model: { parameters: 1B, trainableParameters: 1B }
    tokens: 2B
    hardware: { gpu: h100-sxm, count: 8 }
    gridIntensity: 0.1
`;

/** examples/training-repo: a manifest whose figures come from a model config and two run configs. */
const TRAINING_REPO = join(ROOT, 'examples/training-repo');
const trainingRepo = (file: string) => readFileSync(join(TRAINING_REPO, file), 'utf8');
const TRAINING_FILES = ['footprint.yml', 'model/config.json', 'configs/pretrain.yaml', 'configs/sft.yaml'] as const;

/** A second change on the PR (more fine-tuning tokens). */
const HEAD_MANIFEST_V2 = HEAD_MANIFEST.replace('tokens: 2B', 'tokens: 5B');

// ---------------------------------------------------------------------------------------------
// Harness glue

let entry: string;
let bundleDir: string | undefined;

beforeAll(async () => {
  const prebuilt = process.env.ML_FOOTPRINT_E2E_DIST;
  if (prebuilt) {
    entry = join(resolve(prebuilt), 'index.js');
    return;
  }
  bundleDir = await mkdtemp(join(tmpdir(), 'ml-footprint-e2e-dist-'));
  await exec(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), join(bundleDir, 'dist')], { cwd: ROOT });
  entry = join(bundleDir, 'dist', 'index.js');
}, 120_000);

afterAll(async () => {
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/**
 * One test's fake GitHub, workspaces and runs, cleaned up when it ends. Tests run concurrently: the
 * action spends most of its time waiting (the throttling plugin spaces writes 1–3 s apart, retries
 * wait 1 s and more), so the suite takes about as long as its slowest test, not their sum.
 */
class Scope {
  private readonly cleanups: Array<() => Promise<void>> = [];

  async cleanup(): Promise<void> {
    for (const c of this.cleanups.splice(0).reverse()) await c();
  }

  /** A workspace (not a git repository) holding the given files. */
  async workspace(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'ml-footprint-ws-'));
    this.cleanups.push(() => rm(dir, { recursive: true, force: true }));
    for (const [name, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    return dir;
  }

  /** A fake GitHub with PR #7 whose base commit has `base` as footprint.yml. */
  async fakeGitHub(setup: FakeSetup = {}): Promise<FakeGitHub> {
    const fake = await startFakeGitHub();
    this.cleanups.push(() => fake.close());
    const baseSha = setup.baseSha ?? BASE_SHA;
    fake.addPull({
      number: PR,
      head: { sha: HEAD_SHA, ref: 'more-tokens', ...(setup.headRepository ? { repository: setup.headRepository } : {}) },
      base: { sha: baseSha, ref: 'main' },
      labels: setup.labels ?? [],
    });
    const base = setup.base === undefined ? BASE_MANIFEST : setup.base;
    if (base !== null) fake.setFile(baseSha, setup.basePath ?? 'footprint.yml', base);
    return fake;
  }

  /** Runs the bundled action on PR #7 (or `event`) and checks the token never shows in its output. */
  async run(fake: FakeGitHub, ws: string, opts: RunOptions = {}): Promise<RunActionResult> {
    const result = await runAction({
      entry,
      actionYml: ACTION_YML,
      inputs: { token: TOKEN, ...opts.inputs },
      event: opts.event ?? fake.pullRequestEvent(PR),
      apiUrl: fake.url,
      workspace: ws,
      keepTemp: true,
    });
    this.cleanups.push(() => rm(result.tempDir, { recursive: true, force: true }));
    expect(result.timedOut, result.stderr).toBe(false);
    expectNoTokenLeak(result);
    return result;
  }
}

/** A concurrent test with its own Scope. */
function e2e(name: string, fn: (t: Scope) => Promise<void>): void {
  it.concurrent(name, async ({ onTestFinished }) => {
    const t = new Scope();
    onTestFinished(() => t.cleanup());
    await fn(t);
  });
}

interface FakeSetup {
  /** footprint.yml at the base commit; null: no manifest there. Default BASE_MANIFEST. */
  base?: string | null;
  /** Where the base manifest is (default footprint.yml). */
  basePath?: string;
  /** The PR's base commit (default sha('base')). */
  baseSha?: string;
  labels?: string[];
  /** `owner/name` of the head repository: another one makes it a fork PR. */
  headRepository?: string;
}

/** A comment an earlier run of the action left on the PR. */
function seedOurComment(fake: FakeGitHub, marker = MARKER): StoredComment {
  return fake.addComment({
    issue_number: PR,
    user: 'github-actions[bot]',
    body: `${marker}\n<!-- nonce:9000000001-1 -->\n## 🌱 ML training footprint\n\nan older report\n`,
  });
}

interface RunOptions {
  inputs?: Record<string, string>;
  event?: { name: string; payload: object };
}

/**
 * The token appears only in `::add-mask::` (core.setSecret), which the runner consumes and never
 * shows; nowhere else in stdout or stderr.
 */
function expectNoTokenLeak(result: RunActionResult): void {
  const leaks = `${result.stdout}\n${result.stderr}`
    .split(/\r?\n/)
    .filter((l) => l.includes(TOKEN) && l !== `::add-mask::${TOKEN}`);
  expect(leaks).toEqual([]);
  expect(result.summary).not.toContain(TOKEN);
  expect(JSON.stringify(result.outputs)).not.toContain(TOKEN);
}

/** `METHOD operationId status` of every request, in order. */
function ops(fake: FakeGitHub): string[] {
  return fake.requests.map((r) => `${r.method} ${r.openapi.ok ? r.openapi.operationId : '?'} ${r.status}`);
}

function ours(fake: FakeGitHub, marker = MARKER): StoredComment[] {
  return fake.commentsOn(PR).filter((c) => c.body.startsWith(`${marker}\n`));
}

function annotations(result: RunActionResult, level: Annotation['level']): Annotation[] {
  return result.annotations.filter((a) => a.level === level);
}

/** The fields of the JSON report (src/outputs/json.ts) the tests look at. */
interface ReportFile {
  schemaVersion: number;
  head: {
    totals: { emissionsKg: { total: number }; energyKwh: number; gpuHours: { theoretical: number } };
    runs: Array<{ id: string; breakdown: { basis: string }; gpuHours: { measured: number | null } }>;
  };
  base: { totals: { emissionsKg: { total: number } }; runs: Array<{ id: string }> } | null;
  delta: { emissionsKg: number };
  runs: Array<{ id: string; change: string; previousId: string | null }>;
  budgets?: { status: string; results: Array<{ name: string; state: string; used: number | null }> };
  anatomyChange?: { files: Array<{ file: string; change: string; jobsAfter: number }>; finalShareBefore: number | null; finalShareAfter: number | null };
}

/** The anatomy of the report's head (src/model/anatomy.ts), as far as the tests look. */
interface AnatomyFile {
  jobs: { read: number; counted: number; skipped: number };
  files: Array<{ file: string; format: string; jobsRead: number; counted: number }>;
  totals: { gpuHours: number };
  finalTraining: { gpuHours: number; share: number };
}

/** The report at the `report-path` output (in the run's RUNNER_TEMP, kept until the test ends). */
function readReport(result: RunActionResult): ReportFile {
  const path = result.outputs['report-path']!;
  expect(existsSync(path), path).toBe(true);
  return JSON.parse(readFileSync(path, 'utf8')) as ReportFile;
}

/** `budgets:` appended to a manifest (after the runs, so run lines do not move). */
const withBudgets = (manifest: string, budgets: string) => `${manifest}budgets:\n${budgets}`;

/** 1-based line of the first line containing `text` (e.g. `- id: x`, where a run's annotations point). */
function lineOf(manifest: string, text: string): number {
  const i = manifest.split('\n').findIndex((l) => l.includes(text));
  expect(i, text).toBeGreaterThanOrEqual(0);
  return i + 1;
}

// ---------------------------------------------------------------------------------------------

// Every test (in every group) runs concurrently with the others: see Scope.
describe.concurrent('ml-footprint action, bundled, against a loopback GitHub', () => {
  describe('the bundled action on a pull request', () => {
    e2e('first run: posts one sticky comment with the delta vs the base, sets outputs, writes the summary and report', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);

      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      expect(fake.requests[0]!.path).toBe(`/repos/${fake.repo.full_name}/contents/footprint.yml`);
      expect(fake.requests[0]!.query).toEqual({ ref: BASE_SHA });
      expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

      const comments = fake.commentsOn(PR);
      expect(comments).toHaveLength(1);
      const body = comments[0]!.body;
      expect(body.split('\n').slice(0, 3)).toEqual([MARKER, NONCE, '## 🌱 ML training footprint']);
      expect(comments[0]!.user.login).toBe('github-actions[bot]');

      const report = readReport(result);
      expect(report.schemaVersion).toBe(1);
      expect(report.base).not.toBeNull();
      const headTotal = report.head.totals.emissionsKg.total;
      const baseTotal = report.base!.totals.emissionsKg.total;
      expect(headTotal).toBeGreaterThan(baseTotal);
      expect(report.runs.map((r) => [r.id, r.change])).toEqual([
        ['pretrain-1b', 'changed'],
        ['finetune-1b', 'added'],
      ]);

      // Headline: the delta and its ratio vs `main`, then the head total.
      const headline = body.split('\n')[4]!;
      expect(headline).toMatch(/^\*\*\+[\d.]+ kgCO2e\*\* \(\+[\d.]+ %\) vs `main` · [\d.]+ kgCO2e total$/);
      // The run table.
      expect(body).toContain('| Run | Change | GPUh (theoretical) | GPUh (measured) | Energy | Operational | Embodied | Δ emissions |');
      expect(body).toMatch(/^\| pretrain-1b \| changed \| [\d.]+ GPUh → [\d.]+ GPUh \|/m);
      expect(body).toMatch(/^\| finetune-1b \| 🆕 added \|/m);
      expect(body).toMatch(/^\| \*\*Total \(2 runs\)\*\* \|/m);

      // Outputs agree with the report file.
      const out = result.outputs;
      expect(Number(out['total-kgco2e'])).toBeCloseTo(headTotal, 6);
      expect(Number(out['delta-kgco2e'])).toBeCloseTo(headTotal - baseTotal, 6);
      expect(Number(out['delta-kgco2e'])).toBeCloseTo(report.delta.emissionsKg, 6);
      expect(Number(out['energy-kwh'])).toBeCloseTo(report.head.totals.energyKwh, 6);
      expect(Number(out['gpu-hours-theoretical'])).toBeCloseTo(report.head.totals.gpuHours.theoretical, 6);
      expect(Number(out['energy-kwh'])).toBeGreaterThan(0);
      expect(Number(out['gpu-hours-theoretical'])).toBeGreaterThan(0);
      expect(out['gpu-hours-measured']).toBe('');
      expect(out['budget-status']).toBe('ok');
      expect(out['comment-url']).toBe(`https://github.com/${fake.repo.full_name}/pull/${PR}#issuecomment-${comments[0]!.id}`);

      // The job summary has the same report as the comment.
      expect(result.summary).toContain('## 🌱 ML training footprint');
      expect(result.summary).toContain(headline);
      expect(result.summary).toMatch(/^\| finetune-1b \| 🆕 added \|/m);
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([]);
      assertAllValid(fake);
    });

    e2e('later runs: a change updates the same comment in place; no change makes no write', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const first = await t.run(fake, ws);
      expect(first.exitCode).toBe(0);
      const [created] = fake.commentsOn(PR);
      const firstBody = created!.body;

      await writeFile(join(ws, 'footprint.yml'), HEAD_MANIFEST_V2);
      fake.clearRequests();
      const second = await t.run(fake, ws);
      expect(second.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'PATCH issues/update-comment 200']);
      expect(fake.requests[2]!.path).toBe(`/repos/${fake.repo.full_name}/issues/comments/${created!.id}`);
      const afterUpdate = fake.commentsOn(PR);
      expect(afterUpdate).toHaveLength(1);
      expect(afterUpdate[0]!.id).toBe(created!.id);
      expect(afterUpdate[0]!.body).not.toBe(firstBody);
      expect(afterUpdate[0]!.body.startsWith(`${MARKER}\n${NONCE}\n`)).toBe(true);
      expect(Number(second.outputs['total-kgco2e'])).toBeGreaterThan(Number(first.outputs['total-kgco2e']));
      expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
      expect(second.stdout).toContain('PR comment: updated');

      const updatedBody = afterUpdate[0]!.body;
      const updatedAt = afterUpdate[0]!.updated_at;
      fake.clearRequests();
      const third = await t.run(fake, ws);
      expect(third.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200']);
      expect(fake.requests).toHaveLength(2);
      expect(fake.commentsOn(PR)).toHaveLength(1);
      expect(fake.commentsOn(PR)[0]).toMatchObject({ id: created!.id, body: updatedBody, updated_at: updatedAt });
      expect(third.stdout).toContain('PR comment: unchanged');
      expect(third.outputs['comment-url']).toBe(first.outputs['comment-url']);
      assertAllValid(fake);
    });

    e2e('no change against the base: comment-on-no-change=false posts nothing, the default says "no change"', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': BASE_MANIFEST });
      const quiet = await t.run(fake, ws, { inputs: { 'comment-on-no-change': 'false' } });
      expect(quiet.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200']);
      expect(fake.commentsOn(PR)).toHaveLength(0);
      expect(Number(quiet.outputs['delta-kgco2e'])).toBe(0);
      expect(quiet.outputs['comment-url']).toBeUndefined();
      expect(quiet.summary).toMatch(/^\| pretrain-1b \| unchanged \|/m);

      const loud = await t.run(fake, ws);
      expect(loud.exitCode).toBe(0);
      const [comment] = fake.commentsOn(PR);
      expect(fake.commentsOn(PR)).toHaveLength(1);
      expect(comment!.body).toContain('_No change in footprint against the base._');
      assertAllValid(fake);
    });

    e2e('reads the base with git when the workspace clone has the base commit (no contents request)', async (t) => {
      const ws = await t.workspace({ 'footprint.yml': BASE_MANIFEST });
      const git = (...args: string[]) =>
        exec('git', ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: ws });
      await git('init', '-q');
      await git('add', 'footprint.yml');
      await git('commit', '-q', '-m', 'base');
      const baseSha = (await git('rev-parse', 'HEAD')).stdout.trim();
      await writeFile(join(ws, 'footprint.yml'), HEAD_MANIFEST);
      await git('commit', '-q', '-am', 'head');

      // The API would serve a different base: it must not be asked.
      const fake = await t.fakeGitHub({ baseSha, base: HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET issues/list-comments 200', 'POST issues/create-comment 201']);
      expect(fake.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
      const report = readReport(result);
      expect(report.runs.map((r) => [r.id, r.change])).toEqual([
        ['pretrain-1b', 'changed'],
        ['finetune-1b', 'added'],
      ]);
      expect(Number(result.outputs['delta-kgco2e'])).toBeGreaterThan(0);
      expect(fake.commentsOn(PR)[0]!.body).toMatch(/^\| pretrain-1b \| changed \|/m);
      assertAllValid(fake);
    });

    e2e('working-directory: the base manifest is read below it through the contents API', async (t) => {
      const fake = await t.fakeGitHub({ basePath: 'training/footprint.yml' });
      const ws = await t.workspace({ 'training/footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'working-directory': 'training' } });
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      expect(decodeURIComponent(fake.requests[0]!.path)).toBe(`/repos/${fake.repo.full_name}/contents/training/footprint.yml`);
      expect(readReport(result).runs.map((r) => r.change)).toEqual(['changed', 'added']);
      assertAllValid(fake);
    });
  });

  describe('comment modes and keys', () => {
    e2e('recreate: deletes the old comment and posts a new one', async (t) => {
      const fake = await t.fakeGitHub();
      const old = seedOurComment(fake);
      fake.addComment({ issue_number: PR, user: 'reviewer', body: 'Why did the tokens double?' });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'comment-mode': 'recreate' } });
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'DELETE issues/delete-comment 204',
        'POST issues/create-comment 201',
      ]);
      expect(fake.requests[2]!.path).toBe(`/repos/${fake.repo.full_name}/issues/comments/${old.id}`);
      const left = fake.commentsOn(PR);
      expect(left.map((c) => c.user.login)).toEqual(['reviewer', 'github-actions[bot]']);
      expect(left[1]!.id).not.toBe(old.id);
      expect(left[1]!.body.startsWith(`${MARKER}\n${NONCE}\n`)).toBe(true);
      assertAllValid(fake);
    });

    e2e('hide-and-new: retires the old marker, minimises the old comment via GraphQL, posts a new one', async (t) => {
      const fake = await t.fakeGitHub();
      const old = seedOurComment(fake);
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'comment-mode': 'hide-and-new' } });
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'PATCH issues/update-comment 200',
        'POST graphql 200',
        'POST issues/create-comment 201',
      ]);
      const gql = fake.requests[3]!.body as { query: string; variables: { id: string } };
      expect(gql.query).toMatch(/minimizeComment/);
      expect(gql.variables.id).toBe(old.node_id);
      expect(old.minimized).toEqual({ reason: 'outdated' });
      expect(old.body.startsWith(`<!-- ml-footprint-action-hidden -->\n`)).toBe(true);
      expect(old.body).toContain('an older report');
      expect(ours(fake)).toHaveLength(1);
      expect(ours(fake)[0]!.id).not.toBe(old.id);
      expect(fake.commentsOn(PR)).toHaveLength(2);

      // The retired comment is never picked up again: an update edits the new one only.
      await writeFile(join(ws, 'footprint.yml'), HEAD_MANIFEST_V2);
      fake.clearRequests();
      const next = await t.run(fake, ws);
      expect(next.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'PATCH issues/update-comment 200']);
      expect(fake.requests[2]!.path).toMatch(new RegExp(`/issues/comments/${ours(fake)[0]!.id}$`));
      expect(old.body).toContain('an older report');

      // Not even by a use of the action whose comment-key happens to be "hidden".
      fake.clearRequests();
      const keyed = await t.run(fake, ws, { inputs: { 'comment-key': 'hidden' } });
      expect(keyed.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      expect(old.body).toContain('an older report');
      expect(ours(fake, '<!-- ml-footprint-action:hidden -->')).toHaveLength(1);
      assertAllValid(fake);
    });

    e2e('delete: removes every comment of ours and posts none; others are left alone', async (t) => {
      const fake = await t.fakeGitHub();
      seedOurComment(fake);
      const other = fake.addComment({ issue_number: PR, user: 'reviewer', body: `LGTM, see ${MARKER}` });
      seedOurComment(fake);
      const keyed = seedOurComment(fake, '<!-- ml-footprint-action:eval -->');
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'comment-mode': 'delete' } });
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'DELETE issues/delete-comment 204',
        'DELETE issues/delete-comment 204',
      ]);
      expect(fake.commentsOn(PR).map((c) => c.id)).toEqual([other.id, keyed.id]);
      expect(result.outputs['comment-url']).toBeUndefined();
      expect(result.summary).toContain('## 🌱 ML training footprint');
      assertAllValid(fake);
    });

    e2e('off: no comment request at all', async (t) => {
      const fake = await t.fakeGitHub();
      const old = seedOurComment(fake);
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'comment-mode': 'off' } });
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200']);
      expect(fake.commentsOn(PR)).toEqual([old]);
      expect(old.body).toContain('an older report');
      expect(result.outputs['comment-url']).toBeUndefined();
      expect(Number(result.outputs['delta-kgco2e'])).toBeGreaterThan(0);
      expect(result.summary).toContain('## 🌱 ML training footprint');
      assertAllValid(fake);
    });

    e2e('comment-key keeps the comments of two uses of the action apart', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      expect((await t.run(fake, ws, { inputs: { 'comment-key': 'train' } })).exitCode).toBe(0);
      expect((await t.run(fake, ws, { inputs: { 'comment-key': 'eval' } })).exitCode).toBe(0);
      const train = ours(fake, '<!-- ml-footprint-action:train -->');
      const evalc = ours(fake, '<!-- ml-footprint-action:eval -->');
      expect(train).toHaveLength(1);
      expect(evalc).toHaveLength(1);
      expect(fake.commentsOn(PR)).toHaveLength(2);
      const evalBody = evalc[0]!.body;

      await writeFile(join(ws, 'footprint.yml'), HEAD_MANIFEST_V2);
      fake.clearRequests();
      expect((await t.run(fake, ws, { inputs: { 'comment-key': 'train' } })).exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'PATCH issues/update-comment 200']);
      expect(fake.requests[2]!.path).toMatch(new RegExp(`/issues/comments/${train[0]!.id}$`));
      expect(fake.commentsOn(PR)).toHaveLength(2);
      expect(evalc[0]!.body).toBe(evalBody);
      // The unkeyed marker matches neither.
      expect(ours(fake)).toHaveLength(0);
      assertAllValid(fake);
    });

    e2e('finds its comment on page 2 behind 150 comments from other users and updates it', async (t) => {
      const fake = await t.fakeGitHub();
      fake.seedComments(150, { issue_number: PR });
      const old = seedOurComment(fake);
      fake.seedComments(3, { issue_number: PR });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'GET issues/list-comments 200',
        'PATCH issues/update-comment 200',
      ]);
      expect(fake.requests[1]!.query).toMatchObject({ per_page: '100' });
      // The second page through GitHub's Link header (`/repositories/{id}/...?page=2`).
      expect(fake.requests[2]!.path).toBe(`/repositories/${fake.repo.id}/issues/${PR}/comments`);
      expect(fake.requests[2]!.query).toMatchObject({ page: '2', per_page: '100' });
      expect(fake.requests[3]!.path).toBe(`/repos/${fake.repo.full_name}/issues/comments/${old.id}`);
      expect(fake.commentsOn(PR)).toHaveLength(154);
      expect(ours(fake).map((c) => c.id)).toEqual([old.id]);
      expect(old.body.startsWith(`${MARKER}\n${NONCE}\n## 🌱 ML training footprint`)).toBe(true);
      assertAllValid(fake);
    });
  });

  describe('races and limits', () => {
    e2e('two runs raced and each posted a comment: the next update keeps the oldest and deletes the other', async (t) => {
      const fake = await t.fakeGitHub();
      const first = seedOurComment(fake);
      fake.addComment({ issue_number: PR, user: 'reviewer', body: 'Two reports?' });
      const second = seedOurComment(fake);
      // A person's look-alike is never deleted.
      const lookalike = fake.addComment({ issue_number: PR, user: 'mallory', body: `${MARKER}\nmine` });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'PATCH issues/update-comment 200',
        'DELETE issues/delete-comment 204',
      ]);
      expect(fake.requests[2]!.path).toBe(`/repos/${fake.repo.full_name}/issues/comments/${first.id}`);
      expect(fake.requests[3]!.path).toBe(`/repos/${fake.repo.full_name}/issues/comments/${second.id}`);
      expect(ours(fake).map((c) => c.id)).toEqual([first.id, lookalike.id]);
      expect(fake.commentsOn(PR).find((c) => c.id === first.id)!.body).toContain('| finetune-1b | 🆕 added |');
      expect(result.stdout).toContain('Removed 1 duplicate comment of this report (kept the oldest).');
      expect(result.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${first.id}$`));
      assertAllValid(fake);
    });

    e2e('two concurrent runs without a concurrency group, then one more: the PR holds one comment', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const [a, b] = await Promise.all([t.run(fake, ws), t.run(fake, ws)]);
      expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
      const afterRace = ours(fake).map((c) => c.id);
      expect(afterRace.length).toBeGreaterThanOrEqual(1);
      await writeFile(join(ws, 'footprint.yml'), HEAD_MANIFEST_V2);
      const healed = await t.run(fake, ws);
      expect(healed.exitCode, healed.stderr).toBe(0);
      expect(ours(fake).map((c) => c.id)).toEqual([Math.min(...afterRace)]);
      assertAllValid(fake);
    });

    e2e('at most 10 error annotations a step: the rest are counted and listed in the summary', async (t) => {
      // 14 runs, each with an unknown field: 14 located problems, and the step's own failure.
      const runs = Array.from({ length: 14 }, (_, i) => `  - id: run-${i}\n    gpuHours: 10\n    hardware: { gpu: h100-sxm }\n    colour: blue\n`).join('');
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': `version: 1\nruns:\n${runs}` });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(1);
      const errors = annotations(result, 'error');
      expect(errors).toHaveLength(10);
      expect(errors.filter((a) => a.file === 'footprint.yml')).toHaveLength(9);
      expect(errors.at(-1)!.message).toMatch(/^14 problem\(s\) in the footprint inputs:/);
      expect(result.summary).toContain('### More annotations');
      expect(result.summary).toContain('5 errors more are folded here');
      expect(result.summary).toMatch(/^error: footprint\.yml:\d+: runs\[13\]\.colour: unknown field "colour"/m);
      assertAllValid(fake);
    });

    e2e('report-formats: CSV, BoAmps and model-card files next to the JSON report', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'report-formats': 'csv, boamps\nmodel-card' } });
      expect(result.exitCode, result.stderr).toBe(0);
      const dir = dirname(result.outputs['report-path']!);
      const csv = readFileSync(join(dir, 'ml-footprint-report.csv'), 'utf8').split('\r\n');
      expect(csv[0]).toMatch(/^id,name,kind,/);
      expect(csv.filter(Boolean)).toHaveLength(3);
      const boamps = JSON.parse(readFileSync(join(dir, 'ml-footprint-boamps', 'finetune-1b.json'), 'utf8'));
      expect(boamps.task).toMatchObject({ taskStage: 'finetuning' });
      expect(readFileSync(join(dir, 'ml-footprint-model-cards', 'unspecified.yml'), 'utf8')).toMatch(/^co2_eq_emissions:\n {2}emissions: [\d.]+$/m);
      assertAllValid(fake);
    });

    e2e('advice: on by default in the comment, off with the input', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST.replace('defaults: { region: US }', 'defaults: { region: aws:us-east-1 }') });
      const on = await t.run(fake, ws, { inputs: { 'comment-mode': 'off' } });
      expect(on.summary).toMatch(/^- \*\*pretrain-1b\*\* in `aws:eu-north-1`: \*\*−[\d.]+ kgCO2e\*\*/m);
      expect(readReport(on)).toHaveProperty('advice');
      const off = await t.run(fake, ws, { inputs: { 'comment-mode': 'off', advice: 'false' } });
      expect(off.summary).not.toContain('What if');
      assertAllValid(fake);
    });
  });

  describe('GitHub failures', () => {
    const createPath = new RegExp(`/issues/${PR}/comments$`);

    e2e('a 502 on the create (nothing stored), then success: exactly one comment', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'POST', path: createPath, status: 502 });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'POST issues/create-comment 502',
        'GET issues/list-comments 200',
        'POST issues/create-comment 201',
      ]);
      expect(fake.commentsOn(PR)).toHaveLength(1);
      expect(result.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${fake.commentsOn(PR)[0]!.id}$`));
      assertAllValid(fake);
    });

    e2e('a 502 returned after the comment was stored: found by its nonce, not posted twice', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'POST', path: createPath, status: 502, after: true });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'POST issues/create-comment 502',
        'GET issues/list-comments 200',
      ]);
      expect(fake.requests[2]!.handledStatus).toBe(201);
      const comments = fake.commentsOn(PR);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body.startsWith(`${MARKER}\n${NONCE}\n`)).toBe(true);
      expect(result.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comments[0]!.id}$`));
      expect(result.stdout).toContain('PR comment: created');
      assertAllValid(fake);
    });

    e2e('network resets: on the create after it landed (recovered by the nonce) and on a read (retried)', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'GET', path: /\/contents\//, reset: true });
      fake.failNext({ method: 'POST', path: createPath, reset: true, after: true });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 0',
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'POST issues/create-comment 0',
        'GET issues/list-comments 200',
      ]);
      expect(fake.requests.filter((r) => r.injected === 'reset')).toHaveLength(2);
      expect(fake.commentsOn(PR)).toHaveLength(1);
      // The base was read after all.
      expect(readReport(result).runs.map((r) => r.change)).toEqual(['changed', 'added']);
      assertAllValid(fake);
    });

    e2e('a 403 secondary rate limit with retry-after is waited out and retried', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'POST', path: createPath, rateLimit: 'secondary', resetInSeconds: 1 });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'POST issues/create-comment 403',
        'POST issues/create-comment 201',
      ]);
      const [limited, retried] = fake.requests.slice(2);
      expect(limited!.responseHeaders?.['retry-after']).toBe('1');
      expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(900);
      expect(fake.commentsOn(PR)).toHaveLength(1);
      expect(annotations(result, 'warning').map((a) => a.message)).toEqual([
        expect.stringMatching(/secondary rate limit hit on POST .*; retrying in 1 s/),
      ]);
      assertAllValid(fake);
    });

    e2e('a 403 primary rate limit with a reset time is waited out and retried', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'GET', path: /\/issues\/\d+\/comments$/, rateLimit: 'primary', resetInSeconds: 0 });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual([
        'GET repos/get-content 200',
        'GET issues/list-comments 403',
        'GET issues/list-comments 200',
        'POST issues/create-comment 201',
      ]);
      expect(fake.requests[1]!.responseHeaders?.['x-ratelimit-remaining']).toBe('0');
      expect(fake.commentsOn(PR)).toHaveLength(1);
      expect(annotations(result, 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/primary rate limit hit on GET /)]);
      assertAllValid(fake);
    });

    e2e('a rate limit too long to wait for: no retry, a warning, the step still passes with the summary', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'POST', path: createPath, rateLimit: 'secondary', resetInSeconds: 900 });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 403']);
      expect(fake.commentsOn(PR)).toHaveLength(0);
      const warnings = annotations(result, 'warning').map((a) => a.message);
      expect(warnings).toContainEqual(expect.stringMatching(/not retrying \(reset in 900 s\)/));
      expect(warnings).toContainEqual(expect.stringMatching(/^Could not post the PR comment: .*The report is in the job summary\.$/));
      expect(result.summary).toContain('## 🌱 ML training footprint');
      assertAllValid(fake);
    });

    e2e('fork PR with a read-only token: the step passes, a warning explains, the summary has the report', async (t) => {
      const fake = await t.fakeGitHub({ headRepository: 'contributor/ml-training' });
      fake.forbidWrites();
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 403']);
      expect(fake.requests[2]!.injected).toBe('forbidden');
      expect(fake.commentsOn(PR)).toHaveLength(0);
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning').map((a) => a.message)).toEqual([
        'Could not post the PR comment: the token of a pull request from a fork cannot write comments. The report is in the job summary.',
      ]);
      expect(result.summary).toContain('## 🌱 ML training footprint');
      expect(result.summary).toMatch(/^\| finetune-1b \| 🆕 added \|/m);
      expect(Number(result.outputs['delta-kgco2e'])).toBeGreaterThan(0);
      expect(result.outputs['comment-url']).toBeUndefined();
      assertAllValid(fake);
    });
  });

  describe('base and head contents', () => {
    e2e('no manifest at the base (404): every run is added, with a note, and the step passes', async (t) => {
      const fake = await t.fakeGitHub({ base: null });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 404', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body).toContain('> No manifest at the base (main): every run is new.');
      expect(body).toMatch(/^\| pretrain-1b \| 🆕 added \|/m);
      expect(body).toMatch(/^\| finetune-1b \| 🆕 added \|/m);
      const report = readReport(result);
      expect(report.runs.map((r) => r.change)).toEqual(['added', 'added']);
      expect(Number(result.outputs['delta-kgco2e'])).toBeCloseTo(Number(result.outputs['total-kgco2e']), 6);
      expect(annotations(result, 'error')).toEqual([]);
      assertAllValid(fake);
    });

    e2e('a base the token cannot read (403): a warning, the head alone, the step passes', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'GET', path: /\/contents\//, status: 403 });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 403', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      expect(annotations(result, 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/^Could not read the base commit \(403 .*showing the head only\.$/)]);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body).toContain('> The base (main) could not be read; showing the head only.');
      expect(body.split('\n')[4]).toMatch(/^\*\*[\d.]+ kgCO2e\*\* total$/);
      expect(result.outputs['delta-kgco2e']).toBe('');
      expect(readReport(result).base).toBeNull();
      assertAllValid(fake);
    });

    e2e('an invalid base manifest: a note, the head alone, the step passes', async (t) => {
      const fake = await t.fakeGitHub({ base: BASE_MANIFEST.replace('h100-sxm', 'h100-sxm6') });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(annotations(result, 'error')).toEqual([]);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body).toMatch(/^> The base \(main\) manifests could not be evaluated \(1 problem\(s\), first: footprint\.yml:\d+.*Unknown GPU "h100-sxm6".*\); showing the head only\.$/m);
      expect(result.outputs['delta-kgco2e']).toBe('');
      assertAllValid(fake);
    });

    e2e('a manifest too large for one comment: the comment is shortened under GitHub\'s limit, the summary is whole', async (t) => {
      const runs = Array.from(
        { length: 400 },
        (_, i) => `  - id: sweep-${String(i).padStart(3, '0')}\n    status: exploration\n    model: { parameters: ${100 + i}M }\n    tokens: 2B\n    hardware: { gpu: h100-sxm, count: 8 }\n`,
      ).join('');
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': `${HEAD_MANIFEST}${runs}` });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body.startsWith(`${MARKER}\n${NONCE}\n`)).toBe(true);
      expect(body).toContain('Shortened to fit a GitHub comment');
      expect(body).toContain(`(https://github.com/${fake.repo.full_name}/actions/runs/9100000001)`);
      expect(result.summary.length).toBeGreaterThan(65_536);
      expect(result.summary).toContain('| sweep-399 | 🆕 added |');
      assertAllValid(fake);
    });

    e2e('a run renamed with previousId, and a run removed', async (t) => {
      const base = `${BASE_MANIFEST}  - id: ablation-lr
    status: ablation
    model: { parameters: 100M }
    tokens: 5B
    hardware: { gpu: h100-sxm, count: 1 }
`;
      const head = `version: 1
defaults: { region: US }
runs:
  - id: pretrain-1b-v2
    previousId: pretrain-1b
    model: { parameters: 1B }
    tokens: 30B
    hardware: { gpu: h100-sxm, count: 8 }
`;
      const fake = await t.fakeGitHub({ base });
      const ws = await t.workspace({ 'footprint.yml': head });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      const report = readReport(result);
      expect(report.runs.map((r) => [r.id, r.change, r.previousId])).toEqual([
        ['pretrain-1b-v2', 'renamed', 'pretrain-1b'],
        ['ablation-lr', 'removed', null],
      ]);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body).toMatch(/^\| pretrain-1b → pretrain-1b-v2 \| ✏️ renamed \| [\d.]+ GPUh → [\d.]+ GPUh \|/m);
      expect(body).toMatch(/^\| ablation-lr \| 🗑️ removed \| ~~[\d.]+ GPUh~~ \|/m);
      expect(body).not.toMatch(/🆕 added/);
      assertAllValid(fake);
    });

    e2e('an invalid manifest fails the step with error annotations at file and line, and posts no comment', async (t) => {
      const bad = `version: 1
defaults: { region: US }
runs:
  - id: pretrain-1b
    model: { parameters: 1B }
    tokens: lots
    hardware: { gpu: h100-sxm, count: 8 }
  - id: finetune-1b
    kind: finetuning
    model: { parameters: 1B }
    tokens: 2B
    hardware: { gpu: h100-sxm, count: 8 }
`;
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': bad });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(1);
      expect(fake.requests).toEqual([]);
      expect(fake.commentsOn(PR)).toHaveLength(0);
      const located = annotations(result, 'error').filter((a) => a.file !== undefined);
      expect(located).toEqual([
        expect.objectContaining({ file: 'footprint.yml', line: 6, col: 13, title: 'ML footprint: invalid input', message: expect.stringMatching(/^runs\[0\]\.tokens: /) }),
        expect.objectContaining({ file: 'footprint.yml', line: 9, col: 11, message: expect.stringMatching(/^runs\[1\]\.kind: .*fine-tuning/) }),
      ]);
      // And the failure itself (core.setFailed).
      expect(annotations(result, 'error').filter((a) => a.file === undefined).map((a) => a.message)).toEqual([
        expect.stringMatching(/^2 problem\(s\) in the footprint inputs:/),
      ]);
      expect(result.outputs['budget-status']).toBe('fail');
      expect(result.summary).toContain('ML training footprint: invalid input');
      expect(result.summary).toContain('footprint.yml:6:13');
      assertAllValid(fake);
    });

    e2e('problem annotations point at the file from the repository root under working-directory', async (t) => {
      const bad = BASE_MANIFEST.replace('tokens: 20B', 'tokens: lots');
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'training/footprint.yml': bad });
      const result = await t.run(fake, ws, { inputs: { 'working-directory': 'training' } });
      expect(result.exitCode).toBe(1);
      expect(annotations(result, 'error').filter((a) => a.file !== undefined)).toEqual([
        expect.objectContaining({ file: 'training/footprint.yml', line: 6 }),
      ]);
      assertAllValid(fake);
    });
  });

  describe('budgets', () => {
    const total = (levels: string) => `  - name: Programme total
    metric: emissions
${levels}    approvers: ["@octo-org/ml-platform"]
`;

    e2e('a failed budget fails the step with an annotation on the largest contributor, after commenting', async (t) => {
      const manifest = withBudgets(HEAD_MANIFEST, total('    warn: 50\n    fail: 60\n'));
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': manifest });
      // override-label is set, but the PR does not carry the label.
      const result = await t.run(fake, ws, { inputs: { 'override-label': 'footprint-override' } });
      expect(result.exitCode).toBe(1);
      expect(result.outputs['budget-status']).toBe('fail');
      const errors = annotations(result, 'error');
      const budgetError = errors.find((a) => a.title === 'ML footprint budget: Programme total');
      expect(budgetError).toMatchObject({ file: 'footprint.yml', line: lineOf(manifest, '- id: pretrain-1b') });
      expect(budgetError!.message).toMatch(/^Budget "Programme total" failed: central emissions [\d.]+ kgCO2e > 60 kgCO2e; largest contributors: pretrain-1b/);
      // The step's failure message names it too.
      expect(errors.filter((a) => a.file === undefined).map((a) => a.message)).toEqual([expect.stringMatching(/Budget "Programme total" failed/)]);

      expect(ops(fake)).toEqual(['GET repos/get-content 200', 'GET issues/list-comments 200', 'POST issues/create-comment 201']);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body.split('\n')[4]).toMatch(/ · budget \d+ % used ❌$/);
      expect(body).toContain('### Budgets');
      expect(body).toMatch(/^\| Programme total \| central \| [\d.]+ kgCO2e \| warn 50 kgCO2e · fail 60 kgCO2e \| \d+ % \| ❌ fail \| pretrain-1b/m);
      expect(body).not.toContain('Override used');
      expect(readReport(result).budgets).toMatchObject({ status: 'fail' });
      assertAllValid(fake);
    });

    e2e('the override label turns the failure into a warning, and the comment records it', async (t) => {
      const manifest = withBudgets(HEAD_MANIFEST, total('    warn: 50\n    fail: 60\n'));
      const fake = await t.fakeGitHub({ labels: ['footprint-override'] });
      const ws = await t.workspace({ 'footprint.yml': manifest });
      const result = await t.run(fake, ws, { inputs: { 'override-label': 'footprint-override' } });
      expect(result.exitCode).toBe(0);
      expect(result.outputs['budget-status']).toBe('warn');
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([
        expect.objectContaining({
          title: 'ML footprint budget: Programme total',
          file: 'footprint.yml',
          line: lineOf(manifest, '- id: pretrain-1b'),
          message: expect.stringMatching(/failed: .*\(overridden by label\)$/),
        }),
      ]);
      const body = fake.commentsOn(PR)[0]!.body;
      expect(body).toContain('**Override used**');
      expect(body).toContain('Approvers: `@octo-org/ml-platform`');
      expect(body.split('\n')[4]).toMatch(/budget \d+ % used ❌ \(override\)$/);
      assertAllValid(fake);
    });

    e2e('a warn-level budget: a warning annotation, the step passes', async (t) => {
      const manifest = withBudgets(HEAD_MANIFEST, total('    warn: 50\n    fail: 500\n'));
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': manifest });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(0);
      expect(result.outputs['budget-status']).toBe('warn');
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([
        expect.objectContaining({
          title: 'ML footprint budget: Programme total',
          file: 'footprint.yml',
          line: lineOf(manifest, '- id: pretrain-1b'),
          message: expect.stringMatching(/^Budget "Programme total" warned: central emissions [\d.]+ kgCO2e > 50 kgCO2e/),
        }),
      ]);
      expect(fake.commentsOn(PR)[0]!.body).toMatch(/^\| Programme total \| .* \| ⚠️ warn \|/m);
      assertAllValid(fake);
    });

    e2e('an increase-percent budget is checked against the base branch', async (t) => {
      const manifest = withBudgets(HEAD_MANIFEST, `  - name: Growth
    metric: emissions
    limit: increase-percent
    warn: 10
    fail: 50
`);
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': manifest });
      const result = await t.run(fake, ws);
      expect(result.exitCode).toBe(1);
      expect(result.outputs['budget-status']).toBe('fail');
      const report = readReport(result);
      const percent = (report.delta.emissionsKg / report.base!.totals.emissionsKg.total) * 100;
      expect(percent).toBeGreaterThan(50);
      const error = annotations(result, 'error').find((a) => a.title === 'ML footprint budget: Growth');
      expect(error).toMatchObject({ file: 'footprint.yml', line: lineOf(manifest, '- id: pretrain-1b') });
      expect(error!.message).toMatch(/^Budget "Growth" failed: central emissions \+[\d.]+ % > 50 %/);
      expect(fake.commentsOn(PR)[0]!.body).toMatch(/^\| Growth \| central \| \+[\d.]+ % \| warn 10 % · fail 50 % \| \d+ % \| ❌ fail \|/m);
      assertAllValid(fake);
    });
  });

  describe('other events and secrets', () => {
    e2e('push: no base, no comment, no request to GitHub; the summary is written', async (t) => {
      const manifest = withBudgets(HEAD_MANIFEST, `  - name: Growth
    metric: emissions
    limit: increase-percent
    fail: 50
`);
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': manifest });
      const result = await t.run(fake, ws, {
        event: { name: 'push', payload: { ref: 'refs/heads/main', after: HEAD_SHA, repository: { full_name: fake.repo.full_name } } },
      });
      expect(result.exitCode).toBe(0);
      expect(fake.requests).toEqual([]);
      expect(fake.comments).toEqual([]);
      expect(result.summary).toContain('## 🌱 ML training footprint');
      expect(result.summary).toMatch(/^\*\*[\d.]+ kgCO2e\*\* total · budget ok$/m);
      expect(result.summary).toMatch(/^\| Growth \| .* \| ➖ skipped \| .*no base branch state/m);
      expect(result.outputs['delta-kgco2e']).toBe('');
      expect(Number(result.outputs['total-kgco2e'])).toBeGreaterThan(0);
      expect(result.outputs['budget-status']).toBe('ok');
      expect(result.outputs['comment-url']).toBeUndefined();
      expect(readReport(result).base).toBeNull();
      expect(result.annotations).toEqual([]);
      assertAllValid(fake);
    });

    e2e('never prints the token, even with debug logging and failing requests', async (t) => {
      const fake = await t.fakeGitHub();
      fake.failNext({ method: 'POST', path: new RegExp(`/issues/${PR}/comments$`), status: 502, body: { message: 'Server Error' } });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await runAction({
        entry,
        actionYml: ACTION_YML,
        inputs: { token: TOKEN },
        event: fake.pullRequestEvent(PR),
        apiUrl: fake.url,
        workspace: ws,
        env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' },
      });
      expect(result.exitCode).toBe(0);
      expect(fake.commentsOn(PR)).toHaveLength(1);
      // Registered as a secret with the runner, and sent only in the authorization header.
      expect(result.stdout.split('\n')).toContain(`::add-mask::${TOKEN}`);
      expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
      expectNoTokenLeak(result);

      // The default token (`${{ github.token }}` in action.yml) is handled the same way.
      await writeFile(join(ws, 'footprint.yml'), HEAD_MANIFEST_V2);
      const withDefault = await runAction({
        entry,
        actionYml: ACTION_YML,
        githubToken: TOKEN,
        inputs: {},
        event: fake.pullRequestEvent(PR),
        apiUrl: fake.url,
        workspace: ws,
      });
      expect(withDefault.exitCode).toBe(0);
      expect(ops(fake).at(-1)).toBe('PATCH issues/update-comment 200');
      expect(fake.requests.at(-1)!.authorization).toBe(`token ${TOKEN}`);
      expectNoTokenLeak(withDefault);
      assertAllValid(fake);
    });
  });

  describe('workflow_run, merge queue, artifacts and the base tree', () => {
    const metricsJson = JSON.stringify({ runId: 'pretrain-1b', gpuCount: 8, hours: 3, energyKwh: 15 });

    /** A workflow_run event of the training workflow that ran for PR #7's head commit. */
    function workflowRunEvent(fake: FakeGitHub, runId: number, prs: number[], owner = 'octo-org') {
      return {
        name: 'workflow_run',
        payload: {
          action: 'completed',
          workflow_run: {
            id: runId,
            event: 'pull_request',
            head_sha: HEAD_SHA,
            head_branch: 'more-tokens',
            head_repository: { owner: { login: owner } },
            pull_requests: prs.map((number) => ({ number })),
          },
          repository: { full_name: fake.repo.full_name },
        },
      };
    }

    e2e('workflow_run: the PR is looked up, the artifact\'s manifest and metrics are read, one comment', async (t) => {
      const fake = await t.fakeGitHub();
      const run = fake.addWorkflowRun({ workflow: 'train.yml', head_sha: HEAD_SHA, head_branch: 'more-tokens', event: 'pull_request' });
      fake.addArtifact({ runId: run.id, name: 'training-metrics', zip: makeZip({ 'footprint.yml': HEAD_MANIFEST, 'pretrain-1b.metrics.json': metricsJson }) });
      // The report workflow checks out the default branch: its footprint.yml is the base's.
      const ws = await t.workspace({ 'footprint.yml': BASE_MANIFEST });
      const result = await t.run(fake, ws, {
        event: workflowRunEvent(fake, run.id, [PR]),
        inputs: { artifact: 'training-metrics', 'artifact-run-id': String(run.id) },
      });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(ops(fake)).toContain('GET pulls/get 200');
      const comments = ours(fake);
      expect(comments).toHaveLength(1);
      // The head is the artifact's manifest (two runs), the measured energy its metrics file's.
      expect(comments[0]!.body).toMatch(/\| finetune-1b \| 🆕 added \|/);
      const report = readReport(result);
      const pretrain = report.head.runs.find((r) => r.id === 'pretrain-1b');
      expect(pretrain?.breakdown.basis).toBe('measured-energy');
      expect(pretrain?.gpuHours.measured).toBe(24);
      expect(report.base?.runs).toHaveLength(1);
      assertAllValid(fake);
    });

    e2e('ledgers shipped in the artifact: the manifest\'s and the `ledgers` input\'s, classified, budgeted, in the comment', async (t) => {
      const fake = await t.fakeGitHub();
      const run = fake.addWorkflowRun({ workflow: 'train.yml', head_sha: HEAD_SHA, head_branch: 'more-tokens', event: 'pull_request' });
      const manifest = `${HEAD_MANIFEST}ledgers:
  - path: ledgers/*.sacct.txt
rules:
  - { name: "final-*", state: [COMPLETED, TIMEOUT], component: lm, phase: pretraining, status: final }
  - { name: "abl-*", component: lm, phase: pretraining, status: ablation }
budgets:
  - { name: Failed runs, metric: gpu-hours, limit: share, status: failed, warn: 10, fail: 50 }
`;
      const sacct = [
        'JobID|JobIDRaw|JobName|State|Start|End|ElapsedRaw|AllocTRES|ConsumedEnergyRaw',
        '11|11|final-7b|TIMEOUT|2025-01-01T00:00:00|2025-01-02T00:00:00|86400|gres/gpu:h100=64,gres/gpu=64|',
        '11.batch|11.batch|batch|CANCELLED|2025-01-01T00:00:00|2025-01-02T00:00:00|86400|gres/gpu:h100=8,gres/gpu=8|',
        '12_1|13|abl-lr|COMPLETED|2025-01-03T00:00:00|2025-01-03T04:00:00|14400|gres/gpu:h100=16,gres/gpu=16|',
        '12_2|14|abl-lr|FAILED|2025-01-03T00:00:00|2025-01-03T02:00:00|7200|gres/gpu:h100=16,gres/gpu=16|',
        '15|15|dataprep|COMPLETED|2025-01-04T00:00:00|2025-01-04T01:00:00|3600|cpu=32,node=1|',
        '',
      ].join('\n');
      // The `ledgers` input: a sacct --json dump (its JSON must not be taken for job metrics).
      const json = JSON.stringify({
        meta: { plugin: { data_parser: 'data_parser/v0.0.40' } },
        jobs: [{ job_id: 21, name: 'final-7b', state: { current: ['COMPLETED'] }, time: { elapsed: 36000, start: 1736121600, end: 1736157600 }, tres: { allocated: [{ type: 'gres', name: 'gpu', count: 64 }, { type: 'gres', name: 'gpu:h100', count: 64 }] } }],
      });
      fake.addArtifact({
        runId: run.id,
        name: 'training-metrics',
        zip: makeZip({ 'footprint.yml': manifest, 'ledgers/cluster.sacct.txt': sacct, 'extra/jobs.json': json, 'pretrain-1b.metrics.json': metricsJson }),
      });
      const ws = await t.workspace({ 'footprint.yml': BASE_MANIFEST });
      const result = await t.run(fake, ws, {
        event: workflowRunEvent(fake, run.id, [PR]),
        inputs: { artifact: 'training-metrics', 'artifact-run-id': String(run.id), ledgers: 'extra/*.json' },
      });
      expect(result.exitCode, result.stderr).toBe(0);
      const report = readReport(result) as ReportFile & { head: { anatomy: AnatomyFile } };
      const anatomy = report.head.anatomy;
      // 64 × 24 h + 16 × 4 h + 16 × 2 h + 64 × 10 h; the CPU job skipped, the batch step merged
      expect(anatomy.jobs).toEqual({ read: 5, counted: 4, skipped: 1 });
      expect(anatomy.files.map((f) => [f.file, f.format])).toEqual([
        ['ledgers/cluster.sacct.txt', 'sacct'],
        ['extra/jobs.json', 'sacct-json'],
      ]);
      expect(anatomy.totals.gpuHours).toBe(1536 + 64 + 32 + 640);
      expect(anatomy.finalTraining.gpuHours).toBe(1536 + 640);
      // the share is of every run: the manifest's two runs and the ledgers' groups
      const used = (report.head.runs as unknown as Array<{ breakdown: { gpuHoursUsed: number } }>).reduce((a, r) => a + r.breakdown.gpuHoursUsed, 0);
      expect(used).toBeGreaterThan(2272);
      const [failed] = report.budgets!.results;
      expect(failed).toMatchObject({ name: 'Failed runs', state: 'ok' });
      expect(failed!.used).toBeCloseTo((32 / used) * 100, 9);
      expect(report.anatomyChange?.files.map((f) => [f.file, f.change])).toEqual([
        ['extra/jobs.json', 'added'],
        ['ledgers/cluster.sacct.txt', 'added'],
      ]);
      // the manifest's own run still gets the artifact's metrics JSON
      expect(report.head.runs.find((r) => r.id === 'pretrain-1b')?.breakdown.basis).toBe('measured-energy');
      const body = ours(fake)[0]!.body;
      // the lead under the changed runs, the tables folded
      expect(body).toContain('<summary>🧬 Lifecycle anatomy (ledgers): 5 jobs</summary>');
      expect(body).toMatch(/\*\*Final training runs: 95\.\d % of GPU time\*\*/);
      expect(body).toContain('Ledgers since `main`: `extra/jobs.json` new (+640 GPUh) · `ledgers/cluster.sacct.txt` new (+1.63 k GPUh)');
      expect(body).toMatch(/\| ledger:lm\/pretraining\/final\/h100-sxm \| 🆕 added \|/);
      assertAllValid(fake);
    });

    e2e('workflow_run of a fork PR (no PR in the payload): found by head owner:branch and commit', async (t) => {
      const fake = await t.fakeGitHub({ headRepository: 'someone/ml-training' });
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { event: workflowRunEvent(fake, 4242, [], 'someone') });
      expect(result.exitCode, result.stderr).toBe(0);
      const list = fake.requests.find((r) => r.openapi.ok && r.openapi.operationId === 'pulls/list');
      expect(list?.query).toMatchObject({ head: 'someone:more-tokens', state: 'open' });
      expect(ours(fake)).toHaveLength(1);
      expect(result.outputs['delta-kgco2e']).not.toBe('');
      assertAllValid(fake);
    });

    e2e('merge queue: the PR number comes from the queue branch, its override label applies, no comment', async (t) => {
      const fake = await t.fakeGitHub({ labels: ['carbon-override'] });
      const ws = await t.workspace({ 'footprint.yml': `${HEAD_MANIFEST}budgets:\n  - { name: Cap, metric: gpu-hours, fail: 1 }\n` });
      const queueSha = sha('queue');
      const result = await t.run(fake, ws, {
        event: {
          name: 'merge_group',
          payload: {
            action: 'checks_requested',
            merge_group: { base_sha: BASE_SHA, base_ref: 'refs/heads/main', head_sha: queueSha, head_ref: `refs/heads/gh-readonly-queue/main/pr-${PR}-${BASE_SHA}` },
          },
        },
        inputs: { 'override-label': 'carbon-override' },
      });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.outputs['budget-status']).toBe('warn');
      expect(ops(fake)).toContain('GET pulls/get 200');
      expect(fake.commentsOn(PR)).toHaveLength(0);
      expect(result.summary).toContain('Override used');
      assertAllValid(fake);
    });

    e2e('a person\'s comment starting with the marker is not taken for ours', async (t) => {
      const fake = await t.fakeGitHub();
      const impostor = fake.addComment({ issue_number: PR, user: 'mallory', body: `${MARKER}\nmy own text` });
      const mine = seedOurComment(fake);
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(fake.commentsOn(PR).find((c) => c.id === impostor.id)?.body).toBe(`${MARKER}\nmy own text`);
      expect(fake.commentsOn(PR).find((c) => c.id === mine.id)?.body).toContain('| finetune-1b | 🆕 added |');
      expect(fake.commentsOn(PR)).toHaveLength(2);
      assertAllValid(fake);
    });

    e2e('recreate with no change and comment-on-no-change false: the old comment is refreshed in place, nothing new', async (t) => {
      const fake = await t.fakeGitHub({ base: HEAD_MANIFEST });
      const old = seedOurComment(fake);
      const ws = await t.workspace({ 'footprint.yml': HEAD_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { 'comment-mode': 'recreate', 'comment-on-no-change': 'false' } });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(ops(fake).filter((o) => !o.startsWith('GET'))).toEqual(['PATCH issues/update-comment 200']);
      expect(fake.commentsOn(PR).map((c) => c.id)).toEqual([old.id]);
      expect(fake.commentsOn(PR)[0]!.body).toContain('No change in footprint');
      assertAllValid(fake);
    });

    e2e('fail-on-budget false: a failed budget is reported as such, as a warning, and the step passes', async (t) => {
      const fake = await t.fakeGitHub();
      const ws = await t.workspace({ 'footprint.yml': `${HEAD_MANIFEST}budgets:\n  - { name: Cap, metric: gpu-hours, fail: 1 }\n` });
      const result = await t.run(fake, ws, { inputs: { 'fail-on-budget': 'false' } });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.outputs['budget-status']).toBe('fail');
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning').map((a) => a.message)).toContainEqual(
        expect.stringMatching(/^Budget "Cap" failed: .* \(fail-on-budget is off\)$/),
      );
      expect(ours(fake)[0]!.body).toContain('❌ fail');
      assertAllValid(fake);
    });

    e2e('a PR that edits only a run config: both sides read their own configs, and the comment names the value that moved the footprint', async (t) => {
      const fake = await t.fakeGitHub({ base: trainingRepo('footprint.yml') });
      for (const f of TRAINING_FILES.slice(1)) fake.setFile(BASE_SHA, f, trainingRepo(f));
      const pretrain = trainingRepo('configs/pretrain.yaml');
      const edited = pretrain.replace('global_batch_size: 512', 'global_batch_size: 1024');
      expect(edited).not.toBe(pretrain);
      const ws = await t.workspace({ ...Object.fromEntries(TRAINING_FILES.map((f) => [f, trainingRepo(f)])), 'configs/pretrain.yaml': edited });
      const result = await t.run(fake, ws);
      expect(result.exitCode, result.stderr).toBe(0);

      // The base's manifest and configs come from the base commit, through the contents API.
      const read = fake.requests.filter((r) => r.openapi.ok && r.openapi.operationId === 'repos/get-content');
      expect(read.map((r) => decodeURIComponent(r.path).split('/contents/')[1]).sort()).toEqual(['configs/pretrain.yaml', 'configs/sft.yaml', 'footprint.yml', 'model/config.json']);
      expect(read.every((r) => r.query.ref === BASE_SHA)).toBe(true);

      const report = readReport(result) as ReportFile & { runs: Array<{ id: string; attribution: { contributions: Array<{ fields: Array<{ key: string; line: number; base: unknown; head: unknown }>; deltaEmissionsKg: number }>; remainderEmissionsKg: number } | null }> };
      expect(report.runs.map((r) => [r.id, r.change])).toEqual([
        ['pretrain-1b', 'changed'],
        ['sft-1b', 'unchanged'],
      ]);
      const pretrainRun = report.runs[0]!;
      const line = pretrain.split('\n').findIndex((l) => l.includes('global_batch_size:')) + 1;
      expect(pretrainRun.attribution!.contributions).toEqual([
        { fields: [{ config: 'training', key: 'model.global_batch_size', file: 'configs/pretrain.yaml', line, base: 512, head: 1024 }], deltaEmissionsKg: expect.any(Number) },
      ]);
      // Twice the batch is twice D: the whole change, and the base's emissions once more.
      expect(pretrainRun.attribution!.contributions[0]!.deltaEmissionsKg).toBeCloseTo(report.delta.emissionsKg, 6);
      expect(Math.abs(pretrainRun.attribution!.remainderEmissionsKg)).toBeLessThan(1e-6);

      const body = ours(fake)[0]!.body;
      expect(body).toMatch(/^\| pretrain-1b \| changed \|/m);
      expect(body).toContain('**Why it changed** (each config value alone, set on the base):');
      expect(body).toMatch(new RegExp(`^  - \`model\\.global_batch_size\` 512 → 1024 \\(configs/pretrain\\.yaml:${line}\\): \\+[\\d.]+ kgCO2e$`, 'm'));
      // The sources of the figures are in the details: the config, its line and key.
      expect(body).toMatch(/\| Global batch size \| 1,024 samples \| configs\/pretrain\.yaml:\d+ \(model\.global&#95;batch&#95;size\) \|/);
      assertAllValid(fake);
    });

    e2e('a caveat about a config read is a warning annotation on the manifest naming it, titled for input files', async (t) => {
      const fake = await t.fakeGitHub({ base: trainingRepo('footprint.yml') });
      for (const f of TRAINING_FILES.slice(1)) fake.setFile(BASE_SHA, f, trainingRepo(f));
      const pretrain = trainingRepo('configs/pretrain.yaml');
      const ramped = pretrain.replace('  global_batch_size: 512\n', '  global_batch_size: 512\n  rampup_batch_size: [32, 32, 1000000]\n');
      expect(ramped).not.toBe(pretrain);
      const ws = await t.workspace({ ...Object.fromEntries(TRAINING_FILES.map((f) => [f, trainingRepo(f)])), 'configs/pretrain.yaml': ramped });
      const result = await t.run(fake, ws, { inputs: { 'comment-mode': 'off' } });
      expect(result.exitCode, result.stderr).toBe(0);
      const line = ramped.split('\n').findIndex((l) => l.includes('rampup_batch_size:')) + 1;
      expect(annotations(result, 'warning')).toEqual([
        expect.objectContaining({
          title: 'ML footprint: input files',
          file: 'footprint.yml',
          message: expect.stringMatching(new RegExp(`^footprint\\.yml: configs/pretrain\\.yaml:${line}: the batch size ramps up`)),
        }),
      ]);
      assertAllValid(fake);
    });

    e2e('a glob pattern: the base tree is listed, so a manifest moved in the PR shows as moved', async (t) => {
      const fake = await t.fakeGitHub({ basePath: 'old/footprint.yml' });
      const ws = await t.workspace({ 'new/footprint.yml': BASE_MANIFEST });
      const result = await t.run(fake, ws, { inputs: { manifests: '**/footprint.yml' } });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(ops(fake)).toEqual([
        'GET git/get-tree 200',
        'GET repos/get-content 200',
        'GET issues/list-comments 200',
        'POST issues/create-comment 201',
      ]);
      const body = ours(fake)[0]!.body;
      expect(body).toContain('Manifests: `old/footprint.yml` → `new/footprint.yml` moved');
      expect(body).toMatch(/\| pretrain-1b \| unchanged \|/);
      assertAllValid(fake);
    });
  });
});
