#!/usr/bin/env node
/**
 * HTTP requests one run of the bundled action costs on a pull request, against the loopback fake
 * GitHub of the e2e tests (test/e2e/support/fake-github.ts, compiled to build/): for the sticky
 * comment found on page 1, on page 2 of 150 comments, for a first comment, and for a re-run with an
 * unchanged report. Requests are counted by method and path from `fake.requests`.
 *
 *   node bench/comment-requests.mjs
 *
 * The workspace is a temp git repo holding examples/ (footprint.yml + metrics/): its first commit is
 * the PR's base, the working tree (2T → 2.2T pretraining tokens) the head, so the base is read with
 * git and every request counted is a comment request. One more scenario drops the base commit (a
 * default shallow checkout): the base files then come from the REST contents API, counted apart.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownTable } from './lib.mjs';
import { builtModule, ensureBuild, fmt, freshBundle, isMain, root } from './support.mjs';

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const MARKER = '<!-- ml-footprint-action -->';
const PR = 7;

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A temp repo: base commit = examples/ as is; working tree = head (one figure changed). */
function makeWorkspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-comments-'));
  cpSync(path.join(root, 'examples'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  const manifest = path.join(dir, 'footprint.yml');
  const head = readFileSync(manifest, 'utf8').replace('tokens: 2T', 'tokens: 2.2T');
  writeFileSync(manifest, head);
  return { dir, baseSha, headSha: 'f'.repeat(40), files: ['footprint.yml', ...['diverged-7b.metrics.json', 'eval-suite.nvidia-smi.csv', 'sft-chat.emissions.csv'].map((f) => `metrics/${f}`)] };
}

/** `GET /repos/o/r/issues/7/comments?page=2` → `GET issues/{n}/comments` (page noted apart; paths below /repos/{owner}/{repo}). */
function routeOf(r) {
  const p = r.path
    .replace(/^\/repos\/[^/]+\/[^/]+\//, '')
    .replace(/^\/repositories\/\d+\//, '')
    .replace(/issues\/comments\/\d+/, 'issues/comments/{id}')
    .replace(/issues\/\d+\//, 'issues/{n}/')
    .replace(/contents\/.+$/, 'contents/{path}');
  return `${r.method} ${p}`;
}

function summarise(requests) {
  const counts = new Map();
  for (const r of requests) {
    const k = routeOf(r) + (r.query.page && r.query.page !== '1' ? ` (page ${r.query.page})` : '');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join('; ');
}

export async function runCommentBench() {
  ensureBuild(['build/test/e2e/support/fake-github.js', 'build/test/e2e/support/run-action.js']);
  const dist = freshBundle();
  const { startFakeGitHub } = await builtModule('test/e2e/support/fake-github.js');
  const { runAction } = await builtModule('test/e2e/support/run-action.js');
  const ws = makeWorkspace();

  const ourComment = (fake, body = `${MARKER}\n<!-- nonce:1-1 -->\n## 🌱 ML training footprint\n\nAn older report.\n`) =>
    fake.addComment({ issue_number: PR, user: BOT, body, author_association: 'NONE' });

  const scenarios = [
    { label: 'first comment (3 other comments)', target: '2: list + create', seed: (f) => f.seedComments(3, { issue_number: PR }) },
    {
      label: 'update, comment on page 1 (4 comments)',
      target: '≤ 3',
      seed: (f) => {
        f.seedComments(2, { issue_number: PR });
        ourComment(f);
        f.seedComments(1, { issue_number: PR });
      },
    },
    {
      label: 'update, comment on page 2 (150 comments)',
      target: '≤ 3',
      seed: (f) => {
        f.seedComments(120, { issue_number: PR });
        ourComment(f);
        f.seedComments(29, { issue_number: PR });
      },
    },
    { label: 'first comment (150 other comments)', target: '3: 2 pages + create', seed: (f) => f.seedComments(150, { issue_number: PR }) },
    { label: 're-run, report unchanged (comment on page 1)', target: '1: list only', seed: (f) => f.seedComments(3, { issue_number: PR }), rerun: true },
    { label: 'update on page 1, shallow checkout (base via contents API)', target: '≤ 3 for the comment', seed: (f) => ourComment(f), shallow: true },
  ];

  const rows = [];
  const results = [];
  for (const s of scenarios) {
    const fake = await startFakeGitHub();
    try {
      fake.addPull({ number: PR, head: { sha: ws.headSha, ref: 'feature' }, base: { sha: s.shallow ? 'e'.repeat(40) : ws.baseSha, ref: 'main' } });
      if (s.shallow) for (const f of ws.files) fake.setFile('e'.repeat(40), f, git(ws.dir, 'show', `${ws.baseSha}:${f}`));
      s.seed(fake);
      const run = () =>
        runAction({
          entry: path.join(dist, 'index.js'),
          inputs: { manifests: 'footprint.yml' },
          event: fake.pullRequestEvent(PR),
          apiUrl: fake.url,
          workspace: ws.dir,
          actionYml: path.join(root, 'action.yml'),
          timeoutMs: 60_000,
        });
      let result = await run();
      if (s.rerun) {
        fake.clearRequests();
        result = await run();
      }
      if (result.exitCode !== 0 && !/budget/i.test(result.stdout)) throw new Error(`${s.label}: the action exited ${result.exitCode}\n${result.stdout}\n${result.stderr}`);
      const outcome = /PR comment: (\w+)/.exec(result.stdout)?.[1] ?? 'no comment';
      const ours = fake.commentsOn(PR).filter((c) => c.body.startsWith(MARKER));
      if (ours.length !== 1) throw new Error(`${s.label}: ${ours.length} sticky comments after the run`);
      const comment = fake.requests.filter((r) => !r.path.includes('/contents/'));
      const other = fake.requests.filter((r) => r.path.includes('/contents/'));
      const invalid = fake.requests.filter((r) => r.unexpected || !r.openapi.ok);
      if (invalid.length) throw new Error(`${s.label}: requests the fake did not expect: ${invalid.map((r) => `${r.method} ${r.url}`).join(', ')}`);
      results.push({ label: s.label, comment: comment.length, other: other.length, outcome });
      rows.push([s.label, comment.length, s.target, outcome, summarise(comment), other.length ? `${other.length} (${summarise(other)})` : '0', fmt(result.durationMs, 0)]);
    } finally {
      await fake.close();
    }
  }
  rmSync(ws.dir, { recursive: true, force: true });

  const update = results.filter((r) => r.label.startsWith('update'));
  const worst = Math.max(...update.map((r) => r.comment));
  return {
    title: 'GitHub requests per comment update',
    intro: `Target: ≤ 3 requests per update. Measured: ${update.map((r) => r.comment).join(', ')} for the update scenarios (worst ${worst}: ${worst <= 3 ? 'met' : 'not met'}).`,
    tables: [
      {
        caption: 'Bundled action on a `pull_request` event against the loopback fake GitHub; comment requests are every request except base-file reads; listing uses per_page=100.',
        table: markdownTable(['scenario', 'comment requests', 'expected', 'result', 'requests (method, path below /repos/{owner}/{repo})', 'contents API requests', 'run ms'], rows, ['l', 'r', 'l', 'l', 'l', 'l', 'r']),
      },
    ],
    data: { results },
  };
}

export function printResult(res) {
  console.log(`\n## ${res.title}\n\n${res.intro}\n`);
  for (const t of res.tables) console.log(`${t.caption}\n\n${t.table}\n`);
}

if (isMain(import.meta.url)) printResult(await runCommentBench());
