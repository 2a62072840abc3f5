/**
 * Tests of the e2e harness itself: the fake GitHub, the OpenAPI validator and runAction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { startFakeGitHub, sha, type FakeGitHub } from './support/fake-github.js';
import { assertAllValid, validateAgainstOpenApi, validateResponseAgainstOpenApi } from './support/openapi.js';
import { inputEnvName, parseFileCommand, parseWorkflowCommands, runAction } from './support/run-action.js';
import { makeZip } from '../support/zip.js';

const TOKEN = 'ghs_harnessTestToken0000000000000000000';
/** file:// URL of a dependency (ESM-only packages have no `require` entry), for generated entry scripts. */
const moduleUrl = (name: string) => import.meta.resolve(name);

type Octokit = ReturnType<typeof getOctokit>;

function parseLink(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part.trim());
    if (m) out[m[2]!] = m[1]!;
  }
  return out;
}

/** Every JSON response the fake sent validates against GitHub's documented response schema. */
function expectResponsesMatchSchemas(fake: FakeGitHub): void {
  for (const r of fake.requests) {
    if (!r.openapi.ok || r.status === 0 || r.openapi.operationId === 'graphql' || r.openapi.operationId.startsWith('blob-')) continue;
    const ct = r.responseHeaders?.['content-type'] ?? '';
    if (!ct.startsWith('application/json') || r.responseBody === undefined || r.status >= 400) continue;
    const v = validateResponseAgainstOpenApi(r.openapi.operationId, r.status, r.responseBody);
    expect(v, `${r.method} ${r.url} → ${r.status}`).toEqual({ ok: true });
  }
}

describe('fake GitHub', () => {
  let fake: FakeGitHub;
  let octokit: Octokit;

  beforeEach(async () => {
    fake = await startFakeGitHub();
    octokit = getOctokit(TOKEN, { baseUrl: fake.url });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('listens on loopback and sends GitHub-style headers', async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${fake.url}/repos/${fake.repo.full_name}/issues/1/comments`, { headers: { authorization: `token ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource', 'x-github-request-id']) {
      expect(res.headers.get(h), h).toBeTruthy();
    }
    expect(res.headers.get('x-ratelimit-resource')).toBe('core');
    expect(fake.requests[0]!.authorization).toBe(`token ${TOKEN}`);
  });

  it('paginates 150 comments with per_page=100 and correct Link headers', async () => {
    fake.seedComments(150, { issue_number: 7 });
    fake.seedComments(3, { issue_number: 8 });
    const path = `/repos/${fake.repo.full_name}/issues/7/comments`;

    const first = await fetch(`${fake.url}${path}?per_page=100`);
    const page1 = (await first.json()) as Array<{ id: number; user: { login: string; type: string } }>;
    expect(page1).toHaveLength(100);
    const links1 = parseLink(first.headers.get('link'));
    expect(Object.keys(links1).sort()).toEqual(['last', 'next']);
    expect(links1.next!.startsWith(`${fake.url}/`)).toBe(true);
    expect(new URL(links1.next!).searchParams.get('page')).toBe('2');
    expect(new URL(links1.next!).searchParams.get('per_page')).toBe('100');
    expect(links1.last).toBe(links1.next);
    // GitHub points Link URLs at /repositories/{id}/...; the fake does too and serves them.
    expect(new URL(links1.next!).pathname).toBe(`/repositories/${fake.repo.id}/issues/7/comments`);

    const second = await fetch(links1.next!);
    const page2 = (await second.json()) as Array<{ id: number }>;
    expect(page2).toHaveLength(50);
    const links2 = parseLink(second.headers.get('link'));
    expect(Object.keys(links2).sort()).toEqual(['first', 'prev']);
    expect(new URL(links2.prev!).searchParams.get('page')).toBe('1');
    expect(new URL(links2.first!).searchParams.get('page')).toBe('1');

    // Default per_page is 30 (5 pages), max is 100.
    const def = await fetch(`${fake.url}${path}?page=2`);
    expect(((await def.json()) as unknown[]).length).toBe(30);
    const links3 = parseLink(def.headers.get('link'));
    expect(Object.keys(links3).sort()).toEqual(['first', 'last', 'next', 'prev']);
    expect(new URL(links3.last!).searchParams.get('page')).toBe('5');
    const big = await fetch(`${fake.url}${path}?per_page=500`);
    expect(((await big.json()) as unknown[]).length).toBe(100);
    // A single page has no Link header.
    const small = await fetch(`${fake.url}/repos/${fake.repo.full_name}/issues/8/comments`);
    expect(small.headers.get('link')).toBeNull();

    // A real client: octokit.paginate follows the Link headers.
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: fake.repo.owner,
      repo: fake.repo.name,
      issue_number: 7,
      per_page: 100,
    });
    expect(all).toHaveLength(150);
    expect(new Set(all.map((c) => c.id)).size).toBe(150);
    expect(all.map((c) => c.id)).toEqual([...all.map((c) => c.id)].sort((a, b) => a - b));
    expect(all.every((c) => c.user?.type === 'User' && c.user.login.startsWith('user-'))).toBe(true);

    assertAllValid(fake);
    expectResponsesMatchSchemas(fake);
  });

  it('creates, updates and deletes a comment through getOctokit', async () => {
    const { owner, name: repo } = fake.repo;
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: '<!-- ml-footprint -->\nhello' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${fake.url}/repos/${owner}/${repo}/issues/comments/${created.data.id}`);
    expect(created.data).toMatchObject({
      body: '<!-- ml-footprint -->\nhello',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/${owner}/${repo}/issues/7#issuecomment-${created.data.id}`,
    });
    expect(created.data.node_id).toMatch(/^IC_/);
    expect(fake.commentsOn(7)).toHaveLength(1);

    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'v2' });
    expect(updated.data.body).toBe('v2');
    expect(fake.comments[0]!.body).toBe('v2');

    const got = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id });
    expect(got.data.body).toBe('v2');

    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    expect(fake.comments).toHaveLength(0);

    const gone = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id }).catch((e: unknown) => e);
    expect(gone).toMatchObject({ status: 404, response: { data: { message: 'Not Found', status: '404' } } });
    expect((gone as { response: { data: { documentation_url: string } } }).response.data.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);

    // Validation errors like GitHub's.
    const tooLong = await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x'.repeat(65537) }).catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ status: 422 });
    // Unknown repository → 404 (not "unexpected": the route exists).
    const otherRepo = await octokit.rest.issues.listComments({ owner: 'nobody', repo: 'nothing', issue_number: 1 }).catch((e: unknown) => e);
    expect(otherRepo).toMatchObject({ status: 404 });

    assertAllValid(fake);
    expectResponsesMatchSchemas(fake);
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'GET 200',
      'DELETE 204',
      'GET 404',
      'POST 422',
      'GET 404',
    ]);
  });

  it('failNext: 502 then success, times, regex paths and rate-limit answers', async () => {
    const { owner, name: repo } = fake.repo;
    fake.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502 });
    const failed = await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'a' }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ status: 502 });
    expect(fake.comments).toHaveLength(0);
    const ok = await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'a' });
    expect(ok.status).toBe(201);

    fake.failNext({ path: `/repos/${owner}/${repo}/issues/1/comments`, times: 2, status: 500 });
    const list = () => octokit.rest.issues.listComments({ owner, repo, issue_number: 1 }).then((r) => r.status, (e: { status: number }) => e.status);
    expect([await list(), await list(), await list()]).toEqual([500, 500, 200]);

    fake.failNext({ rateLimit: 'primary', resetInSeconds: 30 });
    const limited = await fetch(`${fake.url}/repos/${owner}/${repo}/pulls/1`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 20);
    expect(((await limited.json()) as { message: string }).message).toMatch(/API rate limit exceeded/);

    fake.failNext({ rateLimit: 'secondary', status: 429, resetInSeconds: 7 });
    const secondary = await fetch(`${fake.url}/repos/${owner}/${repo}/pulls/1`);
    expect(secondary.status).toBe(429);
    expect(secondary.headers.get('retry-after')).toBe('7');

    fake.failNext({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' }, body: { message: 'custom' } });
    const custom = await fetch(`${fake.url}/repos/${owner}/${repo}/pulls/1`);
    expect(custom.headers.get('x-ratelimit-reset')).toBe('1700000000');
    expect(await custom.json()).toEqual({ message: 'custom' });

    expect(fake.requests.filter((r) => r.injected === 'fail').map((r) => r.status)).toEqual([502, 500, 500, 403, 429, 403]);
  });

  it('failNext reset destroys the socket, then the next request succeeds', async () => {
    const { owner, name: repo } = fake.repo;
    fake.failNext({ method: 'GET', reset: true });
    const err = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as { status?: number }).status).toBe(500); // octokit maps network errors to 500
    expect(String((err as Error).message)).toMatch(/fetch failed|socket|other side closed|ECONNRESET/i);
    expect(fake.requests[0]).toMatchObject({ injected: 'reset', status: 0 });
    const ok = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(ok.status).toBe(200);
  });

  it('forbidWrites plays a fork PR token: reads work, REST and GraphQL writes get 403', async () => {
    const { owner, name: repo } = fake.repo;
    const existing = fake.addComment({ issue_number: 3, body: 'old' });
    fake.forbidWrites();
    const read = await octokit.rest.issues.listComments({ owner, repo, issue_number: 3 });
    expect(read.data).toHaveLength(1);
    const denied = await octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: 'x' }).catch((e: unknown) => e);
    expect(denied).toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration', status: '403' }, headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' } },
    });
    const deniedPatch = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: 'x' }).catch((e: unknown) => e);
    expect(deniedPatch).toMatchObject({ status: 403 });
    const gql = await octokit
      .graphql(`mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }`, { id: existing.node_id })
      .catch((e: unknown) => e);
    expect(gql).toMatchObject({ name: 'GraphqlResponseError', errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
    expect(fake.comments[0]).toMatchObject({ body: 'old', minimized: null });

    fake.allowWrites();
    expect((await octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: 'x' })).status).toBe(201);

    fake.forbidWrites({ status: 404, message: 'Not Found' });
    expect(await octokit.rest.issues.deleteComment({ owner, repo, comment_id: existing.id }).catch((e: { status: number }) => e.status)).toBe(404);
    assertAllValid(fake);
  });

  it('minimizeComment via octokit.graphql (variables and inline literals)', async () => {
    const a = fake.addComment({ issue_number: 9, user: 'github-actions[bot]' });
    const b = fake.addComment({ issue_number: 9, user: 'github-actions[bot]' });
    const result = await octokit.graphql<{ minimizeComment: { minimizedComment: { isMinimized: boolean; minimizedReason: string } } }>(
      `mutation Minimize($input: MinimizeCommentInput!) {
        minimizeComment(input: $input) { minimizedComment { isMinimized minimizedReason } }
      }`,
      { input: { subjectId: a.node_id, classifier: 'OUTDATED' } },
    );
    expect(result.minimizeComment.minimizedComment).toMatchObject({ isMinimized: true, minimizedReason: 'outdated' });
    expect(a.minimized).toEqual({ reason: 'outdated' });

    const aliased = await octokit.graphql<Record<string, unknown>>(
      `mutation { hide: minimizeComment(input: {subjectId: "${b.node_id}", classifier: OUTDATED}) { clientMutationId } }`,
    );
    expect(aliased).toHaveProperty('hide');
    expect(b.minimized).toEqual({ reason: 'outdated' });

    // REST shows it too (`minimized` on issue comments).
    const rest = await octokit.rest.issues.getComment({ owner: fake.repo.owner, repo: fake.repo.name, comment_id: b.id });
    expect((rest.data as { minimized?: unknown }).minimized).toEqual({ reason: 'outdated' });

    const badEnum = await octokit
      .graphql(`mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OLD}) { clientMutationId } }`, { id: a.node_id })
      .catch((e: unknown) => e);
    expect(badEnum).toMatchObject({ name: 'GraphqlResponseError' });
    expect(String((badEnum as Error).message)).toMatch(/classifier/);

    const unknownNode = await octokit
      .graphql(`mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { clientMutationId } }`, { id: 'IC_nope' })
      .catch((e: unknown) => e);
    expect(unknownNode).toMatchObject({ errors: [{ type: 'NOT_FOUND' }] });

    const other = await octokit.graphql(`query { viewer { login } }`).catch((e: unknown) => e);
    expect(other).toMatchObject({ name: 'GraphqlResponseError' });
    expect(fake.unexpected).toHaveLength(1);
    expect(fake.requests.every((r) => r.openapi.ok)).toBe(true);
    expect(fake.requests.filter((r) => r.path === '/graphql')).toHaveLength(5);
    expect(fake.requests[0]!.responseHeaders?.['x-ratelimit-resource']).toBe('graphql');

    // GraphQL always requires a token.
    const anon = await fetch(`${fake.url}/graphql`, { method: 'POST', body: JSON.stringify({ query: 'mutation { x }' }), headers: { 'content-type': 'application/json' } });
    expect(anon.status).toBe(401);
  });

  it('requireToken answers 401 without authorization; tokens map users', async () => {
    const strict = await startFakeGitHub({ requireToken: true, tokens: { [TOKEN]: 'ml-footprint-bot[bot]' } });
    try {
      const anon = await fetch(`${strict.url}/repos/${strict.repo.full_name}/pulls/1`);
      expect(anon.status).toBe(401);
      expect(await anon.json()).toMatchObject({ message: 'Requires authentication', status: '401' });
      const bad = await getOctokit('ghs_wrong', { baseUrl: strict.url }).rest.pulls.get({ owner: strict.repo.owner, repo: strict.repo.name, pull_number: 1 }).catch((e: { status: number }) => e.status);
      expect(bad).toBe(401);
      const c = await getOctokit(TOKEN, { baseUrl: strict.url }).rest.issues.createComment({ owner: strict.repo.owner, repo: strict.repo.name, issue_number: 1, body: 'hi' });
      expect(c.data.user).toMatchObject({ login: 'ml-footprint-bot[bot]', type: 'Bot' });
    } finally {
      await strict.close();
    }
  });

  it('serves contents (base64 JSON, raw media types, directories, 404 body)', async () => {
    const { owner, name: repo } = fake.repo;
    const head = sha('head');
    const yaml = 'model: llama\ngpus: 8\n';
    fake.setFile(head, 'ml/footprint.yml', yaml);
    fake.setFile(head, 'ml/other.yml', 'x: 1\n');
    fake.setFile('main', 'ml/footprint.yml', 'model: old\n');

    const res = await octokit.rest.repos.getContent({ owner, repo, path: 'ml/footprint.yml', ref: head });
    const file = res.data as { type: string; encoding: string; content: string; path: string; sha: string; size: number };
    expect(file).toMatchObject({ type: 'file', encoding: 'base64', path: 'ml/footprint.yml', size: yaml.length });
    expect(Buffer.from(file.content, 'base64').toString()).toBe(yaml);
    expect(file.sha).toMatch(/^[0-9a-f]{40}$/);

    const noRef = await octokit.rest.repos.getContent({ owner, repo, path: 'ml/footprint.yml' });
    expect(Buffer.from((noRef.data as { content: string }).content, 'base64').toString()).toBe('model: old\n');

    for (const mediaType of ['raw', 'raw+json']) {
      const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path: 'ml/footprint.yml',
        ref: head,
        headers: { accept: `application/vnd.github.${mediaType}` },
      });
      expect(raw.data as unknown).toBe(yaml);
    }

    const dir = await octokit.rest.repos.getContent({ owner, repo, path: 'ml', ref: head });
    expect((dir.data as Array<{ name: string; type: string }>).map((e) => `${e.type}:${e.name}`)).toEqual(['file:footprint.yml', 'file:other.yml']);

    const missing = await fetch(`${fake.url}/repos/${owner}/${repo}/contents/nope.yml?ref=${head}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '404',
    });
    assertAllValid(fake);
    expectResponsesMatchSchemas(fake);
  });

  it('serves pulls, labels and builds a pull_request event payload', async () => {
    const fork = fake.addRepo({ full_name: 'contributor/ml-training', fork: true });
    fake.addPull({
      number: 12,
      head: { sha: sha('h'), ref: 'tune-lr', repository: fork.full_name },
      base: { sha: sha('b') },
      labels: ['ml-footprint', 'gpu'],
      user: 'contributor',
    });
    const { owner, name: repo } = fake.repo;
    const pr = await octokit.rest.pulls.get({ owner, repo, pull_number: 12 });
    expect(pr.data).toMatchObject({
      number: 12,
      head: { sha: sha('h'), ref: 'tune-lr', repo: { full_name: 'contributor/ml-training', fork: true } },
      base: { sha: sha('b'), ref: 'main', repo: { full_name: fake.repo.full_name, fork: false } },
      user: { login: 'contributor' },
    });
    expect(pr.data.labels.map((l) => l.name)).toEqual(['ml-footprint', 'gpu']);
    const labels = await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 12 });
    expect(labels.data.map((l) => l.name)).toEqual(['ml-footprint', 'gpu']);
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 99 }).catch((e: { status: number }) => e.status))).toBe(404);

    const event = fake.pullRequestEvent(12);
    expect(event.name).toBe('pull_request');
    expect(event.payload).toMatchObject({ action: 'synchronize', number: 12, repository: { full_name: fake.repo.full_name } });
    assertAllValid(fake);
    expectResponsesMatchSchemas(fake);
  });

  it('serves workflow runs, run artifacts and the artifact download redirect', async () => {
    const { owner, name: repo } = fake.repo;
    const old = fake.addWorkflowRun({ workflow: 'train.yml', head_sha: sha('old'), head_branch: 'main', created_at: '2025-01-01T00:00:00Z' });
    const latest = fake.addWorkflowRun({ workflow: 'train.yml', head_sha: sha('new'), head_branch: 'main', created_at: '2025-02-01T00:00:00Z' });
    fake.addWorkflowRun({ workflow: 'train.yml', head_sha: sha('fail'), head_branch: 'main', conclusion: 'failure', created_at: '2025-03-01T00:00:00Z' });
    fake.addWorkflowRun({ workflow: 'train.yml', head_sha: sha('pr'), head_branch: 'feature', event: 'pull_request', created_at: '2025-03-02T00:00:00Z' });
    const zip = makeZip({ 'footprint.json': '{"kgco2e": 12.5}' });
    const art = fake.addArtifact({ runId: latest.id, name: 'footprint', zip });
    fake.addArtifact({ runId: latest.id, name: 'logs', zip: makeZip({ 'a.txt': 'a' }) });
    fake.addArtifact({ runId: old.id, name: 'footprint', zip: makeZip({ 'footprint.json': '{}' }), expired: true });

    const runs = await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'train.yml', branch: 'main', status: 'success', per_page: 1 });
    expect(runs.data.total_count).toBe(2);
    expect(runs.data.workflow_runs.map((r) => r.id)).toEqual([latest.id]);
    expect(parseLink(runs.headers.link).next).toBeTruthy();
    const byNumericId = await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: latest.workflow_id, head_sha: sha('old') });
    expect(byNumericId.data.workflow_runs.map((r) => r.id)).toEqual([old.id]);
    const completed = await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'train.yml', status: 'completed' });
    expect(completed.data.total_count).toBe(4);
    expect(await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'nope.yml' }).catch((e: { status: number }) => e.status)).toBe(404);

    const arts = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: latest.id, name: 'footprint' });
    expect(arts.data.total_count).toBe(1);
    expect(arts.data.artifacts[0]).toMatchObject({ id: art.id, name: 'footprint', size_in_bytes: zip.length, expired: false });
    expect((await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: latest.id })).data.total_count).toBe(2);

    // Exactly like @actions/artifact: manual redirect, then an unauthenticated GET of the blob URL.
    const dl = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: art.id, archive_format: 'zip', request: { redirect: 'manual' } });
    expect(dl.status).toBe(302);
    const location = dl.headers.location!;
    expect(location.startsWith(`${fake.url}/`)).toBe(true);
    const blob = await fetch(location);
    expect(blob.headers.get('content-type')).toBe('application/zip');
    expect(Buffer.from(await blob.arrayBuffer()).equals(zip)).toBe(true);

    const expired = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: art.id + 2, archive_format: 'zip', request: { redirect: 'manual' } }).catch((e: { status: number }) => e.status);
    expect(expired).toBe(410);

    assertAllValid(fake);
    expectResponsesMatchSchemas(fake);

    // Sending the token to blob storage is flagged.
    await fetch(location, { headers: { authorization: `token ${TOKEN}` } });
    expect(() => assertAllValid(fake)).toThrow(/pre-signed blob-storage URL/);
  });

  it('records unknown routes as unexpected 404s', async () => {
    const res = await fetch(`${fake.url}/repos/${fake.repo.full_name}/releases/latest`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: 'Not Found', status: '404' });
    expect(fake.unexpected.map((r) => r.path)).toEqual([`/repos/${fake.repo.full_name}/releases/latest`]);
    expect(fake.requests[0]!.openapi).toEqual({ ok: true, operationId: 'repos/get-latest-release' });
    expect(() => assertAllValid(fake)).toThrow(/unexpected: the fake has no route/);
    expect(() => assertAllValid(fake, { allowUnexpected: true })).not.toThrow();
  });
});

describe('OpenAPI validator', () => {
  const h = { 'content-type': 'application/json; charset=utf-8' };

  it('accepts valid requests and names the operation', () => {
    expect(validateAgainstOpenApi({ method: 'POST', path: '/repos/o/r/issues/7/comments', query: {}, headers: h, body: { body: 'x' } })).toEqual({
      operationId: 'issues/create-comment',
    });
    expect(validateAgainstOpenApi({ method: 'GET', path: '/repos/o/r/issues/comments/123', query: {}, headers: {}, body: undefined })).toEqual({
      operationId: 'issues/get-comment',
    });
    expect(validateAgainstOpenApi({ method: 'GET', path: '/repos/o/r/contents/a%2Fb%2Fc.yml', query: { ref: sha('x') }, headers: {}, body: undefined })).toEqual({
      operationId: 'repos/get-content',
    });
    expect(validateAgainstOpenApi({ method: 'GET', path: '/repos/o/r/actions/workflows/train.yml/runs', query: { status: 'success', branch: 'main', per_page: '5' }, headers: {}, body: undefined })).toEqual({
      operationId: 'actions/list-workflow-runs',
    });
    expect(validateAgainstOpenApi({ method: 'POST', path: '/graphql', query: {}, headers: h, body: { query: 'mutation { x }', variables: {} } })).toEqual({ operationId: 'graphql' });
  });

  it('rejects hand-made bad requests with readable errors', () => {
    const bad = (req: Parameters<typeof validateAgainstOpenApi>[0]) => {
      const v = validateAgainstOpenApi(req);
      expect(v).toHaveProperty('error');
      return (v as { error: string }).error;
    };
    expect(bad({ method: 'POST', path: '/repos/o/r/issues/7/comments', query: {}, headers: h, body: { bodyy: 'x' } })).toMatch(/must have required property 'body'/);
    expect(bad({ method: 'POST', path: '/repos/o/r/issues/7/comments', query: {}, headers: h, body: { body: 'x', bodyy: 'y' } })).toMatch(/unknown property 'bodyy'/);
    expect(bad({ method: 'POST', path: '/repos/o/r/issues/7/comments', query: {}, headers: h, body: undefined })).toMatch(/request body is required/);
    expect(bad({ method: 'PATCH', path: '/repos/o/r/issues/comments/1', query: {}, headers: h, body: { body: 42 } })).toMatch(/body\.body must be string/);
    expect(bad({ method: 'GET', path: '/repos/o/r/actions/workflows/train.yml/runs', query: { status: 'succeeded' }, headers: {}, body: undefined })).toMatch(/'status' must be one of/);
    expect(bad({ method: 'GET', path: '/repos/o/r/issues/seven/comments', query: {}, headers: {}, body: undefined })).toMatch(/'issue_number' must be integer/);
    expect(bad({ method: 'GET', path: '/repos/o/r/issues/7/comments', query: { perpage: '100' }, headers: {}, body: undefined })).toMatch(/unknown query parameter 'perpage'/);
    expect(bad({ method: 'PUT', path: '/repos/o/r/issues/comments/1', query: {}, headers: h, body: { body: 'x' } })).toMatch(/no such operation/);
    expect(bad({ method: 'GET', path: '/repos/o/r/definitely/not/a/route', query: {}, headers: {}, body: undefined })).toMatch(/no operation/);
    expect(bad({ method: 'POST', path: '/graphql', query: {}, headers: h, body: { mutation: 'x' } })).toMatch(/query must be a non-empty string/);
  });

  it('handles OpenAPI 3.0 nullable in response schemas', () => {
    const user = { login: 'a', id: 1, node_id: 'U_1', avatar_url: 'https://x/a', gravatar_id: '', url: 'https://x/u', html_url: 'https://x/h', followers_url: 'https://x/f', following_url: 'https://x/f{/o}', gists_url: 'https://x/g', starred_url: 'https://x/s', subscriptions_url: 'https://x/s', organizations_url: 'https://x/o', repos_url: 'https://x/r', events_url: 'https://x/e', received_events_url: 'https://x/r', type: 'User', site_admin: false };
    const comment = { id: 1, node_id: 'IC_1', url: 'https://x/c', html_url: 'https://x/c', issue_url: 'https://x/i', user, created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z', performed_via_github_app: null, minimized: null };
    expect(validateResponseAgainstOpenApi('issues/get-comment', 200, comment)).toEqual({ ok: true });
    // `user` is nullable-simple-user (nullable object without a top-level type in 3.1 terms).
    expect(validateResponseAgainstOpenApi('issues/get-comment', 200, { ...comment, user: null })).toEqual({ ok: true });
    expect(validateResponseAgainstOpenApi('issues/get-comment', 200, { ...comment, created_at: null })).toMatchObject({ ok: false });
    expect(validateResponseAgainstOpenApi('issues/get-comment', 200, { ...comment, author_association: 'BOSS' })).toMatchObject({ ok: false });
  });

  it('flags bad requests that reach the fake, and assertAllValid lists them', async () => {
    const fake = await startFakeGitHub();
    try {
      const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
      await octokit.rest.issues.createComment({ owner: fake.repo.owner, repo: fake.repo.name, issue_number: 1, body: 'fine' });
      await fetch(`${fake.url}/repos/${fake.repo.full_name}/issues/1/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ bodyy: 'x' }),
      });
      await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner: fake.repo.owner,
        repo: fake.repo.name,
        workflow_id: 'train.yml',
        status: 'done' as 'success', // deliberately invalid
      }).catch(() => undefined);
      expect(fake.requests.map((r) => r.openapi.ok)).toEqual([true, false, false]);
      let message = '';
      try {
        assertAllValid(fake, { allowUnexpected: true });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/^2 of 3 request\(s\) to the fake GitHub are not valid/);
      expect(message).toMatch(/#2 POST \/repos\/octo-org\/ml-training\/issues\/1\/comments\n\s+invalid: .*required property 'body'/);
      expect(message).toMatch(/#3 GET .*status=done[\s\S]*'status' must be one of/);
    } finally {
      await fake.close();
    }
  });
});

describe('runAction', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'harness-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs an entry like the runner and parses outputs, summary and annotations', async () => {
    const entry = join(dir, 'index.mjs');
    await writeFile(
      entry,
      `
import { appendFileSync, readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from ${JSON.stringify(moduleUrl('@actions/core'))};
const out = process.env.GITHUB_OUTPUT;
const delim = 'ghadelimiter_1234';
appendFileSync(out, 'report<<' + delim + EOL + 'line 1' + EOL + 'line 2' + EOL + delim + EOL);
appendFileSync(out, 'single=one=two' + EOL);
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## Footprint\\n\\n| a | b |\\n');
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
core.setOutput('token', core.getInput('github-token'));
core.setOutput('spaced', core.getInput('my input'));
core.setOutput('pr', String(event.pull_request.number));
core.setOutput('cwd', process.cwd());
core.setOutput('leak', String(process.env.GITHUB_LEAK_CHECK ?? 'none') + '/' + String(process.env.INPUT_STALE ?? 'none'));
core.setOutput('ctx', [process.env.GITHUB_API_URL, process.env.GITHUB_GRAPHQL_URL, process.env.GITHUB_REPOSITORY, process.env.GITHUB_REF, process.env.RUNNER_OS, process.env.GITHUB_ACTIONS, process.env.EXTRA].join(' '));
core.exportVariable('EXPORTED', 'yes');
console.log('::warning file=a.yml,line=3::hi');
core.error('multi\\nline 100% done', { file: 'dir/b,c.yml', startLine: 10, startColumn: 2, title: 'Bad: thing' });
core.notice('note');
console.log('::stop-commands::pause1');
console.log('::error::not a command while stopped');
console.log('::pause1::');
process.exitCode = 3;
`,
    );
    const workspace = join(dir, 'ws');
    process.env.GITHUB_LEAK_CHECK = 'leaked';
    process.env.INPUT_STALE = 'leaked';
    let result;
    try {
      result = await runAction({
        entry,
        inputs: { 'github-token': 'ghs_abc', 'my input': 'spaces ok' },
        event: { name: 'pull_request', payload: { action: 'opened', number: 5, pull_request: { number: 5, head: { sha: sha('h'), ref: 'f' }, base: { sha: sha('b'), ref: 'main' } }, repository: { full_name: 'acme/models' } } },
        apiUrl: 'http://127.0.0.1:9',
        workspace,
        env: { EXTRA: 'extra' },
      });
    } finally {
      delete process.env.GITHUB_LEAK_CHECK;
      delete process.env.INPUT_STALE;
    }
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(3);
    expect(result.timedOut).toBe(false);
    expect(result.outputs).toEqual({
      report: 'line 1\nline 2',
      single: 'one=two',
      token: 'ghs_abc',
      spaced: 'spaces ok',
      pr: '5',
      cwd: workspace,
      leak: 'none/none',
      ctx: 'http://127.0.0.1:9 http://127.0.0.1:9/graphql acme/models refs/pull/5/merge Linux true extra',
    });
    expect(result.summary).toBe('## Footprint\n\n| a | b |\n');
    expect(result.annotations).toEqual([
      { level: 'warning', message: 'hi', file: 'a.yml', line: 3 },
      { level: 'error', message: 'multi\nline 100% done', file: 'dir/b,c.yml', line: 10, col: 2, title: 'Bad: thing' },
      { level: 'notice', message: 'note' },
    ]);
    expect(result.exportedEnv).toEqual({ EXPORTED: 'yes' });
    expect(result.env[inputEnvName('github-token')]).toBe('ghs_abc');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
  });

  it('kills the child after timeoutMs', async () => {
    const entry = join(dir, 'hang.mjs');
    await writeFile(entry, `setInterval(() => {}, 1000); console.log('started');`);
    const result = await runAction({ entry, inputs: {}, event: { name: 'push', payload: {} }, apiUrl: 'http://127.0.0.1:9', workspace: dir, timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGTERM');
    expect(result.stdout).toContain('started');
  });

  it('applies action.yml defaults like the runner', async () => {
    const entry = join(dir, 'dist', 'index.mjs');
    await rm(join(dir, 'dist'), { recursive: true, force: true });
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'action.yml'), `name: x\ninputs:\n  github-token:\n    default: \${{ github.token }}\n  mode:\n    default: comment\n  other:\n    required: false\n`);
    await writeFile(entry, `import { appendFileSync } from 'node:fs'; appendFileSync(process.env.GITHUB_OUTPUT, 'v=' + process.env['INPUT_GITHUB-TOKEN'] + ',' + process.env.INPUT_MODE + ',' + (process.env.INPUT_OTHER ?? 'unset') + '\\n');`);
    const result = await runAction({ entry, inputs: { mode: 'summary' }, event: { name: 'push', payload: {} }, apiUrl: 'http://127.0.0.1:9', workspace: dir, githubToken: 'ghs_default' });
    expect(result.outputs.v).toBe('ghs_default,summary,unset');
  });

  it('drives @actions/artifact against the fake (find by run, redirect, unzip)', async () => {
    const fake = await startFakeGitHub();
    try {
      const run = fake.addWorkflowRun({ workflow: 'train.yml', head_sha: sha('main') });
      fake.addArtifact({ runId: run.id, name: 'footprint', zip: makeZip({ 'footprint.json': '{"kgco2e":1.5}' }) });
      const entry = join(dir, 'download.mjs');
      await writeFile(
        entry,
        `
import { DefaultArtifactClient } from ${JSON.stringify(moduleUrl('@actions/artifact'))};
import { readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
const client = new DefaultArtifactClient();
const findBy = { token: process.env.INPUT_TOKEN, workflowRunId: Number(process.env.INPUT_RUN), repositoryOwner: 'octo-org', repositoryName: 'ml-training' };
const { artifact } = await client.getArtifact('footprint', { findBy });
const target = join(process.env.RUNNER_TEMP, 'dl');
await client.downloadArtifact(artifact.id, { path: target, findBy });
appendFileSync(process.env.GITHUB_OUTPUT, 'content=' + readFileSync(join(target, 'footprint.json'), 'utf8') + '\\n');
`,
      );
      const result = await runAction({
        entry,
        inputs: { token: TOKEN, run: String(run.id) },
        event: { name: 'push', payload: {} },
        apiUrl: fake.url,
        workspace: dir,
      });
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      expect(result.outputs.content).toBe('{"kgco2e":1.5}');
      expect(fake.requests.map((r) => `${r.method} ${r.openapi.ok ? r.openapi.operationId : r.openapi.error} ${r.status}`)).toEqual([
        'GET actions/list-workflow-run-artifacts 200',
        'GET actions/download-artifact 302',
        'GET blob-storage/download 200',
      ]);
      assertAllValid(fake);
    } finally {
      await fake.close();
    }
  });
});

describe('run-action parsers', () => {
  it('parses heredoc and single-line file commands', () => {
    expect(parseFileCommand('a<<EOF\nx\n\ny\nEOF\nb=1\n')).toEqual({ a: 'x\n\ny', b: '1' });
    expect(parseFileCommand('a<<EOF\r\nx\r\nEOF\r\n')).toEqual({ a: 'x' });
    expect(() => parseFileCommand('a<<EOF\nx\n')).toThrow(/Unterminated/);
  });

  it('unescapes workflow command data and properties', () => {
    expect(parseWorkflowCommands('::error file=a%2Cb%3Ac.yml,line=1::50%25%0Adone\n::debug::x')).toEqual([
      { command: 'error', properties: { file: 'a,b:c.yml', line: '1' }, value: '50%\ndone' },
      { command: 'debug', properties: {}, value: 'x' },
    ]);
  });

});
