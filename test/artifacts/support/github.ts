/** Fixtures and nock helpers for the GitHub endpoints @actions/artifact v6 calls. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { buildZip, type ZipEntry } from '../../support/zip.js';

export const API = 'https://api.github.com';
export const BLOB = 'https://blob.example.test';
export const RESULTS = 'https://results.example.test';
export const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';
export const TOKEN = 'ghs_test_token';

const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/artifacts/run-inputs');

/** The fixture directory as zip entries (manifest + metrics). */
export function fixtureEntries(): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(FIXTURE_DIR, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(r);
      else entries.push({ name: r, data: fs.readFileSync(path.join(FIXTURE_DIR, r)) });
    }
  };
  walk('');
  return entries;
}

export function fixtureZip(): Buffer {
  return buildZip(fixtureEntries());
}

export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export interface RestArtifact {
  id: number;
  name: string;
  digest?: string;
}

function restArtifact(a: RestArtifact, runId: number): Record<string, unknown> {
  return {
    id: a.id,
    node_id: `A_${a.id}`,
    name: a.name,
    size_in_bytes: 1234,
    url: `${API}/repos/o/r/actions/artifacts/${a.id}`,
    archive_download_url: `${API}/repos/o/r/actions/artifacts/${a.id}/zip`,
    expired: false,
    created_at: '2024-05-01T10:00:00Z',
    updated_at: '2024-05-01T10:00:00Z',
    expires_at: '2024-07-30T10:00:00Z',
    workflow_run: { id: runId, head_branch: 'main', head_sha: 'a'.repeat(40) },
    ...(a.digest ? { digest: a.digest } : {}),
  };
}

/** `GET /repos/o/r/actions/runs/{run}/artifacts?name=...` as used by getArtifact({ findBy }). */
export function mockGetArtifactByName(runId: number, name: string, found: RestArtifact[]): nock.Scope {
  return nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
    .get(`/repos/o/r/actions/runs/${runId}/artifacts`)
    .query({ name })
    .reply(200, { total_count: found.length, artifacts: found.map((a) => restArtifact(a, runId)) });
}

/** `GET /repos/o/r/actions/runs/{run}/artifacts?per_page=100&page=1` as used by listArtifacts({ findBy }). */
export function mockListArtifacts(runId: number, all: RestArtifact[]): nock.Scope {
  return nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
    .get(`/repos/o/r/actions/runs/${runId}/artifacts`)
    .query({ per_page: '100', page: '1' })
    .reply(200, { total_count: all.length, artifacts: all.map((a) => restArtifact(a, runId)) });
}

/**
 * `GET /repos/o/r/actions/artifacts/{id}/zip` → 302 to a signed blob URL, then the blob itself, fetched
 * without the GitHub token. `body` may be a function to act just before the bytes are served.
 */
export function mockRestZipDownload(artifactId: number, body: Buffer | (() => Buffer)): nock.Scope[] {
  const blobPath = `/actions-results/${artifactId}/artifact.zip`;
  const api = nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
    .get(`/repos/o/r/actions/artifacts/${artifactId}/zip`)
    .reply(302, '', { location: `${BLOB}${blobPath}?sig=secret&se=2099-01-01` });
  const blob = nock(BLOB, { badheaders: ['authorization'] })
    .get(blobPath)
    .query({ sig: 'secret', se: '2099-01-01' })
    .reply(200, () => (typeof body === 'function' ? body() : body), { 'content-type': 'application/zip' });
  return [api, blob];
}

export interface WorkflowRun {
  id: number;
  head_branch: string;
  head_sha: string;
  created_at: string;
  conclusion?: string;
}

/** `GET /repos/o/r/actions/workflows/{workflow}/runs?status=success&...`. */
export function mockWorkflowRuns(workflow: string, query: Record<string, string>, runs: WorkflowRun[]): nock.Scope {
  return nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
    .get(`/repos/o/r/actions/workflows/${workflow}/runs`)
    .query({ status: 'success', ...query })
    .reply(200, {
      total_count: runs.length,
      workflow_runs: runs.map((r) => ({
        status: 'completed',
        conclusion: 'success',
        name: 'train',
        path: `.github/workflows/${workflow}`,
        run_number: r.id,
        event: 'push',
        ...r,
      })),
    });
}

/** An unsigned JWT carrying the claims @actions/artifact reads (it only decodes, never verifies). */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}
