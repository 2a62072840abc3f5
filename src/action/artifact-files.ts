/**
 * The files of the `artifact` input: downloaded, its manifests read as if checked out, its job-metrics
 * files sniffed and read. Loaded only when the input is set (the artifact client is large).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMeasurements } from '../inputs/load.js';
import { peekSource } from '../inputs/metrics/peek.js';
import type { JobMeasurement } from '../inputs/metrics/types.js';
import { WorkspaceReader, type TreeReader } from '../inputs/tree.js';
import * as core from './runner.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

/** Bytes read to tell a metrics file from anything else (the metrics and ledger readers sniff as many). */
const SNIFF_BYTES = 4096;

/** The first bytes of a file, decoded; the file is closed after. */
async function firstBytes(reader: TreeReader, file: string): Promise<string> {
  const stream = await reader.openStream(file);
  if (!stream) return '';
  const { head, release } = await peekSource(stream, SNIFF_BYTES);
  await release();
  return head;
}

export async function artifactMeasurements(inputs: ActionInputs, ctx: RunContext): Promise<{ measurements: JobMeasurement[]; manifests: TreeReader | null }> {
  if (!inputs.artifact) return { measurements: [], manifests: null };
  const { downloadInputArtifact } = await import('../inputs/artifacts.js');
  const destination = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'ml-footprint-artifact-'));
  const downloaded = await downloadInputArtifact({
    name: inputs.artifact,
    ...(inputs.artifactRunId !== undefined ? { runId: inputs.artifactRunId } : {}),
    ...(inputs.artifactWorkflow ? { workflow: inputs.artifactWorkflow, headSha: ctx.headSha } : {}),
    token: inputs.token,
    owner: ctx.owner,
    repo: ctx.repo,
    destination,
  });
  core.info(`Downloaded artifact "${inputs.artifact}" (${downloaded.files.length} files).`);
  const reader = new WorkspaceReader(downloaded.directory);
  const { detectMetricsFormat } = await import('../inputs/metrics/index.js');
  const { isLedgerFile } = await import('../inputs/ledgers/detect.js');
  const measurements: JobMeasurement[] = [];
  for (const f of downloaded.files) {
    // Manifests shipped in the artifact are read as manifests, not sniffed as metrics.
    const isManifest = inputs.manifests.some((p) => !p.startsWith('!') && (f === p || path.posix.matchesGlob(f, p)));
    if (isManifest || !/\.(csv|json|log|txt)$/i.test(f)) continue;
    const head = await firstBytes(reader, f);
    // Ledgers (sacct, tracker exports, Trainer outputs) are read through the manifests' `ledgers:`.
    if (detectMetricsFormat(f, head) === null || (await isLedgerFile(reader, f, head))) continue;
    measurements.push(...(await readMeasurements(reader, f)));
  }
  return { measurements, manifests: reader };
}
