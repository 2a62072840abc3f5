/**
 * sacct -P text: the project's own fixtures (every edge case: steps, arrays, heterogeneous jobs,
 * running and pending jobs, an unknown state and GPU model, a malformed line, overlapping dumps) and
 * the real samples in ../shared/real-data/ledgers/sacct, read in place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../src/inputs/errors.js';
import { formatNote } from '../../src/inputs/load.js';
import { realData } from '../support/real-data.js';
import { anatomyOf, CLUSTER_MANIFEST, expectReconciled, fixture, load } from './support.js';

const MANIFEST = CLUSTER_MANIFEST;

describe('sacct --parsable2 with a header', () => {
  it('counts each job once: steps merged, array tasks apart, heterogeneous components added up', async () => {
    const a = await anatomyOf({ 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') });
    expectReconciled(a, expect);
    const [file] = a.files;
    expect(file).toMatchObject({ format: 'sacct', records: 19, jobsRead: 11, counted: 7, steps: 5, orphanSteps: 1, running: 1 });
    expect(Object.fromEntries(file!.skipped.map((s) => [s.reason, [s.jobs, s.at, s.detail]]))).toEqual({
      'never ran': [1, 'ledgers/cluster.sacct.txt:9', '1002_[3-5]'],
      'GPU model unknown': [1, 'ledgers/cluster.sacct.txt:13', '1007'],
      'no GPU': [1, 'ledgers/cluster.sacct.txt:14', '1008'],
      // "bad|name": a "|" in a job name shifts the fields; the shifted run time cannot be read
      malformed: [1, 'ledgers/cluster.sacct.txt:18', 'ElapsedRaw: cannot read the run time "2024-03-06T01:00:00"'],
    });
    // 160 (1001) + 8 + 4 (1002_1, 1002_2) + 40 (1005: 8 GPUs × 5 h, its CPU component adds none)
    // + 768 (1009, running: 32 × 24 h) + 2 (1010) + 192 (1012) GPU-hours
    expect(a.totals.gpuHours).toBeCloseTo(1174, 9);
    expect(a.totals.jobs).toBe(7);
  });

  it('classifies: rules per outcome, failed states, a TIMEOUT chain claimed by a state rule, the rest unclassified', async () => {
    const a = await anatomyOf({ 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') });
    const rows = Object.fromEntries(a.rows.map((r) => [`${r.component}/${r.phase}/${r.status}`, [r.jobs, Number(r.gpuHours.toFixed(4))]]));
    expect(rows).toEqual({
      'lm/pretraining/final': [2, 352],
      'lm/experiment/ablation': [1, 8],
      'lm/experiment/failed': [1, 4],
      'unclassified/unclassified/unclassified': [3, 810],
    });
    expect(a.finalTraining.gpuHours).toBe(352);
    expect(a.finalTraining.share).toBeCloseTo(352 / 1174, 12);
    expect(a.unclassified).toMatchObject({ jobs: 3, gpuHours: 810 });
    expect(Object.fromEntries(a.byState.map((s) => [s.state, s.jobs]))).toEqual({ COMPLETED: 3, FAILED: 1, RUNNING: 1, TIMEOUT: 1, unknown: 1 });
    // the partition rule decided the GPU of the untyped jobs (1002_1, 1002_2) and of 1010's unknown model
    expect(a.rules.map((r) => [r.index, r.jobs])).toEqual([[0, 1], [1, 1], [2, 2], [3, 3]]);
  });

  it('the GPU model: gres type first, then a partition rule; an unknown gres type is warned about', async () => {
    const state = await load({ 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') });
    const ids = state.report.runs.map((r) => r.run.id).sort();
    expect(ids).toEqual([
      'ledger:lm/experiment/ablation/a100-80gb-sxm',
      'ledger:lm/experiment/failed/a100-80gb-sxm',
      'ledger:lm/pretraining/final/h100-sxm/metered',
      'ledger:unclassified/unclassified/unclassified/a100-40gb-sxm',
      'ledger:unclassified/unclassified/unclassified/a100-80gb-sxm',
      'ledger:unclassified/unclassified/unclassified/h100-sxm',
    ]);
    expect(state.report.anatomy!.files[0]!.warnings).toEqual([
      'unknown state "WEIRD_STATE" (1 job, first at line 16): counted, status from the rules',
      'GPU "mi999" is not in the catalogue (1 job, first at line 16): counted as a100-80gb-sxm',
    ]);
    // the same as notes (annotations in the action, quoted in the comment and the CLI's report)
    expect(state.notes.map(formatNote)).toEqual([
      'ledgers/cluster.sacct.txt: 1 line that cannot be read, skipped (first at line 18: ElapsedRaw: cannot read the run time "2024-03-06T01:00:00")',
      'ledgers/cluster.sacct.txt: unknown state "WEIRD_STATE" (1 job, first at line 16): counted, status from the rules',
      'ledgers/cluster.sacct.txt: GPU "mi999" is not in the catalogue (1 job, first at line 16): counted as a100-80gb-sxm',
    ]);
  });

  it('energy: metered jobs from ConsumedEnergyRaw (J, server scope, PUE on top); the others from GPU-hours', async () => {
    const state = await load({ 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') });
    const run = (id: string) => state.report.runs.find((r) => r.run.id === id)!;
    const final = run('ledger:lm/pretraining/final/h100-sxm/metered');
    // (144 MJ + 86.4 MJ) / 3.6 MJ/kWh = 64 kWh of servers, × PUE 1.2
    expect(final.footprint.basis).toBe('measured-energy');
    expect(final.footprint.energyKwh.total.central).toBeCloseTo(64 * 1.2, 9);
    // 8 GPUh × (400 W A100 + 3,300 W / 8 GPUs of its DGX server) × PUE 1.2 = 7.8 kWh
    const ablation = run('ledger:lm/experiment/ablation/a100-80gb-sxm');
    expect(ablation.footprint.basis).toBe('measured-gpu-hours');
    expect(ablation.footprint.energyKwh.total.central).toBeCloseTo(8 * 0.8125 * 1.2, 9);
  });

  it('a running job counts up to the ledger, and the report says until when', async () => {
    const a = await anatomyOf({ 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') });
    expect(a.running).toEqual({ jobs: 1, asOf: '2024-03-31T00:00Z' });
    expect(a.largest[0]).toMatchObject({ id: '1009', gpus: 32, gpuHours: 768, running: true, status: 'unclassified' });
  });

  it('overlapping dumps: a job read twice counts once; a later record of a running job replaces it', async () => {
    const a = await anatomyOf({
      'footprint.yml': MANIFEST,
      'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt'),
      'ledgers/later.sacct.txt': fixture('later.sacct.txt'),
    });
    expectReconciled(a, expect);
    const [first, later] = a.files;
    expect(first!.skipped.find((s) => s.reason === 'superseded')).toMatchObject({ jobs: 1, detail: '1009 in ledgers/later.sacct.txt' });
    expect(first).toMatchObject({ counted: 6, running: 0 });
    expect(later!.skipped).toEqual([expect.objectContaining({ reason: 'duplicate', jobs: 1, detail: '1001' })]);
    expect(later).toMatchObject({ jobsRead: 3, counted: 2 });
    // 1009 now ran 60 h on 32 GPUs; 1013 adds 2 × 3 h
    expect(a.totals.gpuHours).toBeCloseTo(1174 - 768 + 1920 + 6, 9);
    expect(a.running.jobs).toBe(0);
  });

  it('the same anatomy from 7-byte chunks, CRLF line ends and a byte-order mark', async () => {
    const files = { 'footprint.yml': MANIFEST, 'ledgers/cluster.sacct.txt': fixture('cluster.sacct.txt') };
    const whole = await anatomyOf(files);
    const crlf = `\uFEFF${fixture('cluster.sacct.txt').toString('utf8').replace(/\n/g, '\r\n')}`;
    const again = await anatomyOf({ ...files, 'ledgers/cluster.sacct.txt': crlf }, { chunkBytes: 7 });
    expect(again.rows).toEqual(whole.rows);
    expect(again.jobs).toEqual(whole.jobs);
    expect(again.files[0]!.skipped).toEqual(whole.files[0]!.skipped);
  });
});

describe('figures no job has', () => {
  it('a run time or GPU count too large to be real skips its line as malformed (with the job and what), not the whole ledger', async () => {
    const a = await anatomyOf({
      'footprint.yml': 'version: 1\ndefaults: { region: FR }\nledgers: [j.txt]\n',
      'j.txt': 'JobID|State|ElapsedRaw|AllocTRES\n1|COMPLETED|3600|gres/gpu:h100=8\n2|COMPLETED|1e999|gres/gpu:h100=8\n3|COMPLETED|3600|gres/gpu:h100=1e300,gres/gpu=1e300\n',
    });
    expectReconciled(a, expect);
    expect(a.jobs).toEqual({ read: 3, counted: 1, skipped: 2 });
    expect(a.totals.gpuHours).toBe(8);
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'malformed', jobs: 2, at: 'j.txt:3', detail: "2: run time too large to be a job's" })]);
  });
});

describe('headerless dumps and other layouts', () => {
  it('sacct -n -p: the manifest gives the columns; the trailing "|" of -p is fine', async () => {
    const a = await anatomyOf({
      'footprint.yml': `version: 1
ledgers:
  - path: dump.txt
    columns: [JobID, State, Elapsed, AllocTRES]
    gpu: h100-sxm
`,
      'dump.txt': fixture('headerless.sacct.txt'),
    });
    expectReconciled(a, expect);
    expect(a.jobs).toEqual({ read: 3, counted: 2, skipped: 1 });
    expect(a.totals.gpuHours).toBe(2 + 2);
    expect(a.rows.map((r) => r.status).sort()).toEqual(['failed', 'unclassified']);
  });

  it('a headerless dump without `columns:` is an error naming the file and what to add', async () => {
    const err = await load({ 'footprint.yml': 'version: 1\nledgers: [dump.txt]\n', 'dump.txt': fixture('headerless.sacct.txt') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems).toEqual([
      expect.objectContaining({ file: 'dump.txt', line: 1, field: 'JobID', message: 'no job id column (JobID) in the header', hint: expect.stringContaining('needs `columns:`') }),
    ]);
  });

  it.each([
    ['bigscience-workshop__carbon-footprint__Project-end_2022_08_24_thomwolf_jz_logs.txt', 760],
    ['bigscience-workshop__carbon-footprint__Project-end_2022_08_01_sylvainv_jz_logs.txt', 34],
  ])("BigScience's Jean Zay logs (%s): a lab's own layout, GPU counts per model and an energy column", async (name, jobCount) => {
    const file = `ledgers/sacct/${name}`;
    const manifest = `version: 1
defaults: { region: FR }
ledgers:
  - path: jz.txt
    # jobs_info.py's 16 fields (sacct -X -n, reformatted): GPUs counted per model
    columns: [JobID, V100_32GB, V100_16GB, A100_40GB, A100_80GB, CPUs, RAM, Energy, Partition, Group, Elapsed, QoS, JobName, Start, End, Workdir]
    fields:
      account: Group
      energy: { column: Energy, unit: J }
      gpus: { V100_32GB: v100-sxm2-32gb, V100_16GB: v100-sxm2-32gb, A100_40GB: a100-40gb-sxm, A100_80GB: a100-80gb-sxm }
    energyScope: none
rules:
  - { name: "v16x*", component: vqvae, phase: experiment, status: exploration }
`;
    const text = readFileSync(realData(file));
    const a = await anatomyOf({ 'footprint.yml': manifest, 'jz.txt': text });
    expectReconciled(a, expect);
    // Recomputed from the file: every job with a GPU and a run time, GPU counts of the four columns × Elapsed.
    let jobs = 0;
    let gpuSeconds = 0;
    let neverRan = 0;
    let cpuOnly = 0;
    for (const line of text.toString('utf8').trim().split('\n')) {
      const f = line.split('|');
      const gpus = [1, 2, 3, 4].reduce((s, i) => s + Number(f[i]), 0);
      const [d, hms] = f[10]!.includes('-') ? f[10]!.split('-') : ['0', f[10]!];
      const [h, m, s] = hms!.split(':').map(Number) as [number, number, number];
      const seconds = Number(d) * 86400 + h * 3600 + m * 60 + s;
      if (seconds === 0) neverRan++;
      else if (gpus === 0) cpuOnly++;
      else {
        jobs++;
        gpuSeconds += gpus * seconds;
      }
    }
    expect(a.jobs).toEqual({ read: jobCount, counted: jobs, skipped: neverRan + cpuOnly });
    expect(a.totals.gpuHours).toBeCloseTo(gpuSeconds / 3600, 6);
    // energyScope none: IDRIS's energy column is CPU (RAPL) energy, not the GPUs'
    expect(a.rows.every((r) => r.energyKwh > 0)).toBe(true);
    const state = await load({ 'footprint.yml': manifest, 'jz.txt': text });
    expect(state.report.runs.every((r) => r.footprint.basis === 'measured-gpu-hours')).toBe(true);
  });

  it("the Jean Zay energy column, when mapped, is read in joules (16,004,930 J = 4.446 kWh)", async () => {
    const file = 'ledgers/sacct/bigscience-workshop__carbon-footprint__Project-end_2022_08_24_thomwolf_jz_logs.txt';
    const first = readFileSync(realData(file), 'utf8').split('\n')[0]!;
    const a = await anatomyOf({
      'footprint.yml': `version: 1
ledgers:
  - path: jz.txt
    columns: [JobID, V100_32GB, V100_16GB, A100_40GB, A100_80GB, CPUs, RAM, Energy, Partition, Group, Elapsed, QoS, JobName, Start, End, Workdir]
    fields: { energy: { column: Energy, unit: J }, gpus: { V100_32GB: v100-sxm2-32gb, V100_16GB: v100-sxm2-32gb } }
    energyScope: facility
`,
      'jz.txt': `${first}\n`,
    });
    expect(first.split('|')[7]).toBe('16004930');
    expect(a.totals.energyKwh).toBeCloseTo(16004930 / 3.6e6, 9);
  });

  it('the 17-field Jean Zay variant (trailing Account) and its A100-80GB jobs with Energy N/A', async () => {
    const file = 'ledgers/sacct/bigscience-workshop__carbon-footprint__Project-end_2022_08_08_danielhesslow_jz_logs.txt';
    const a = await anatomyOf({
      'footprint.yml': `version: 1
ledgers:
  - path: jz.txt
    columns: [JobID, V100_32GB, V100_16GB, A100_40GB, A100_80GB, CPUs, RAM, Energy, Partition, Group, Elapsed, QoS, JobName, Start, End, Workdir, Account]
    fields: { energy: { column: Energy, unit: J }, gpus: { A100_80GB: a100-80gb-sxm } }
`,
      'jz.txt': readFileSync(realData(file)),
    });
    // 4 × 7:47 + 4 × 1:55 + 1 × 6:44 + 2 × 3:15 + 2 × 5:39 GPU-time
    const seconds = 4 * 467 + 4 * 115 + 404 + 2 * 195 + 2 * 339;
    expect(a.jobs).toEqual({ read: 5, counted: 5, skipped: 0 });
    expect(a.totals.gpuHours).toBeCloseTo(seconds / 3600, 9);
    expect(a.rows.map((r) => [r.component, r.status])).toEqual([['unclassified', 'unclassified']]);
  });

  it('a cluster without GPU accounting: a partition rule gives the GPUs per node, NNodes the nodes', async () => {
    const a = await anatomyOf({
      'footprint.yml': 'version: 1\nledgers: [jobs.txt]\nrules:\n  - { partition: gpu_p5, gpu: a100-80gb-sxm, gpusPerNode: 8 }\n',
      'jobs.txt': 'JobID|JobName|Partition|NNodes|ElapsedRaw|AllocTRES\n1|a|gpu_p5|2|3600|cpu=128,node=2\n2|b|cpu_p1|1|3600|cpu=40,node=1\n',
    });
    expect(a.jobs).toEqual({ read: 2, counted: 1, skipped: 1 });
    expect(a.totals.gpuHours).toBe(16);
    expect(a.skipped[0]).toMatchObject({ reason: 'no GPU', detail: '2' });
    expect(a.rules[0]).toMatchObject({ text: 'partition gpu_p5 → gpu a100-80gb-sxm, 8 GPUs per node', jobs: 1, gpuHours: 16 });
  });

  it('a field mapped to a column the layout does not have is an error naming it', async () => {
    const err = await load({
      'footprint.yml': 'version: 1\nledgers:\n  - path: d.txt\n    columns: [JobID, Elapsed]\n    fields: { energy: Watts }\n',
      'd.txt': '1|01:00:00\n',
    }).catch((e: unknown) => e);
    expect((err as InputError).problems).toEqual([expect.objectContaining({ file: 'd.txt', field: 'fields.energy', message: 'column "Watts" is not in the `columns:` list' })]);
    // not a line of the file: no line 0
    expect(formatProblem((err as InputError).problems[0]!)).toBe('d.txt: fields.energy: column "Watts" is not in the `columns:` list (columns: JobID, Elapsed)');
  });
});

describe('the other real sacct samples', () => {
  it('slurmio: `sacct -l -P` of a RUNNING job on partition gpu, its GPU in the legacy AllocGRES', async () => {
    const a = await anatomyOf({
      'footprint.yml': 'version: 1\nledgers:\n  - { path: s.txt, gpu: v100-sxm2-32gb }\n',
      's.txt': readFileSync(realData('ledgers/sacct/neuroinformatics-unit__slurmio__tests_data_sacct.txt')),
    });
    expect(a.jobs).toEqual({ read: 1, counted: 1, skipped: 0 });
    expect(a.running.jobs).toBe(1);
    expect(a.largest[0]).toMatchObject({ id: '606501', name: 'test_slurm_job', gpus: 1, hours: 17 / 3600, running: true });
  });

  it('meekrob: `sacct -P -n` of CPU jobs (steps, TIMEOUT, "CANCELLED by <uid>"): no GPU, all skipped with that reason', async () => {
    const columns = '[JobID, User, Group, State, Cluster, AllocCPUS, REQMEM, TotalCPU, Elapsed, MaxRSS, ExitCode, NNodes, NTasks]';
    const a = await anatomyOf({
      'footprint.yml': `version: 1\nledgers:\n  - { path: m.txt, columns: ${columns} }\n`,
      'm.txt': readFileSync(realData('ledgers/sacct/meekrob__slurmdog__text_files_me_last_4_months.txt')),
    });
    expectReconciled(a, expect);
    const text = readFileSync(realData('ledgers/sacct/meekrob__slurmdog__text_files_me_last_4_months.txt'), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const steps = lines.filter((l) => l.split('|')[0]!.includes('.')).length;
    expect(a.files[0]!.steps).toBe(steps);
    expect(a.jobs.read).toBe(lines.length - steps);
    expect(a.jobs.counted).toBe(0);
    // no AllocTRES column: the ledger says nothing about GPUs; jobs cancelled before they started never ran
    const jobLines = lines.filter((l) => !l.split('|')[0]!.includes('.'));
    const neverRan = jobLines.filter((l) => l.split('|')[8] === '00:00:00').length;
    expect(Object.fromEntries(a.skipped.map((s) => [s.reason, s.jobs]))).toEqual({ 'GPU count unknown': jobLines.length - neverRan, 'never ran': neverRan });
  });

  it.each([
    ['L408-410_TRESUsageInMax', 'TRESUsageInMax'],
    ['L454-456_TRESUsageInAve', 'TRESUsageInAve'],
  ])('ResearchComputing %s: a GPU-usage dump has no run time: a clear error, not a guess', async (lines, column) => {
    const err = await load({
      'footprint.yml': `version: 1\nledgers:\n  - { path: r.txt, columns: [JobID, ${column}] }\n`,
      'r.txt': readFileSync(realData(`ledgers/sacct/ResearchComputing__Documentation__docs_compute_monitoring-resources.md__${lines}.extracted.txt`)),
    }).catch((e: unknown) => e);
    expect((err as InputError).problems).toEqual([
      expect.objectContaining({ file: 'r.txt', field: 'Elapsed', message: 'no run time: the ledger needs ElapsedRaw or Elapsed, or both Start and End' }),
    ]);
  });
});
