/**
 * Ledger groups (issue #13) through the model layer's later steps: their figures name the ledger
 * entry they were read from, the MFU history neither learns from them nor changes them, and the
 * what-if advice leaves out what it cannot compute for them.
 */
import { describe, expect, it } from 'vitest';
import { adviseRuns } from '../../src/model/advice.js';
import { withMfuHistory } from '../../src/model/mfu-history.js';
import type { RunReport } from '../../src/model/report.js';
import { CLUSTER_MANIFEST, fixture, load } from '../ledgers/support.js';

const LEDGER = { 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') };
const FINAL = 'ledger:lm/pretraining/final/h100-sxm/metered';
const sourceOf = (r: RunReport, key: string) => r.run.assumptions.find((a) => a.key === key)!.source;
const isGroup = (r: RunReport) => r.run.id.startsWith('ledger:');

describe('ledger groups', () => {
  it("name the ledger entry and its jobs as the source of their GPU-hours, metered energy and GPU, not the manifest", async () => {
    const state = await load({ 'footprint.yml': CLUSTER_MANIFEST, ...LEDGER });
    const final = state.report.runs.find((r) => r.run.id === FINAL)!;
    const jobs = state.report.anatomy!.rows.find((r) => r.component === 'lm' && r.status === 'final')!.jobs;
    expect(jobs).toBeGreaterThan(1);
    // `- path: ledgers/*.sacct.txt` is line 4 of the manifest.
    const entry = `footprint.yml:4 (ledgers: ledgers/*.sacct.txt), ${jobs} jobs of this class`;
    expect(['measuredGpuHours', 'measuredEnergy', 'gpu'].map((k) => sourceOf(final, k))).toEqual([entry, entry, entry]);
    // What the manifest's defaults give stays the manifest's.
    expect(sourceOf(final, 'pue')).toBe('manifest');
    // Given on the command line without a manifest: the ledger's own path.
    const cli = await load(LEDGER, { ledgers: ['ledgers/cluster.sacct.txt'] });
    const group = cli.report.runs.find((r) => r.run.id === 'ledger:unclassified/unclassified/unclassified/h100-sxm/metered')!;
    expect(sourceOf(group, 'measuredGpuHours')).toMatch(/^ledgers\/cluster\.sacct\.txt \(ledger\), \d+ jobs? of this class$/);
  });

  it('are neither evidence for the MFU history nor changed by it; the anatomy stays as built', async () => {
    const theoretical = 'runs:\n  - { id: t, model: { parameters: 7B }, tokens: 1T, hardware: { gpu: h100-sxm } }\n';
    const alone = (await load({ 'footprint.yml': `${CLUSTER_MANIFEST}${theoretical}`, ...LEDGER })).report;
    // The H100 group is measured but has no model size: no implied MFU, so no evidence.
    expect(withMfuHistory(alone)).toBe(alone);
    const measured = '  - { id: m, model: { parameters: 7B }, tokens: 1T, gpuHours: 40000, hardware: { gpu: h100-sxm } }\n';
    const report = (await load({ 'footprint.yml': `${CLUSTER_MANIFEST}${theoretical}${measured}`, ...LEDGER })).report;
    const learnt = withMfuHistory(report);
    expect(learnt.runs.find((r) => r.run.id === 't')!.run.mfu.origin).toBe('history');
    for (const [i, r] of learnt.runs.entries()) if (isGroup(r)) expect(r.run).toBe(report.runs[i]!.run);
    expect(learnt.anatomy).toBe(report.anatomy);
  });

  it('get no GPU advice (their model size is unknown) and no failed/ablation share advice (the anatomy shows shares)', async () => {
    const measured = 'runs:\n  - { id: m, model: { parameters: 7B }, tokens: 1T, gpuHours: 40000, hardware: { gpu: h100-sxm } }\n';
    const report = (await load({ 'footprint.yml': `${CLUSTER_MANIFEST}${measured}`, ...LEDGER })).report;
    const advice = adviseRuns(report, report.runs);
    // The manifest's measured run of known size is advised; no group is (FR is not a cloud region either).
    expect(advice.map((a) => [a.runId, a.kind])).toEqual([['m', 'gpu']]);
    expect(report.runs.filter(isGroup).map((r) => r.run.status)).toEqual(expect.arrayContaining(['failed', 'ablation']));
  });
});
