/**
 * Experiment-tracker ledgers: MLflow and W&B exports and run directories, HF Trainer outputs. Each
 * real sample in ../shared/real-data/ledgers is read in place and its figures recomputed here from
 * the file with an independent CSV/JSON reading (csv-parse), so the reader is checked, not echoed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { realData } from '../support/real-data.js';
import { anatomyOf, expectReconciled, fixture, loadOverRealData } from './support.js';

const records = (file: string) => parse(readFileSync(realData(file)), { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];

/** The anatomy of real-data files matched by `path`, each run on `gpus` × `gpu`. */
async function real(folder: string, path: string, extra = '') {
  const state = await loadOverRealData(folder, `version: 1\ndefaults: { region: FR }\nledgers:\n  - { path: "${path}", gpu: l4, gpus: 1${extra} }\n`);
  return state.report.anatomy!;
}

describe('MLflow exports (real samples)', () => {
  it('search_runs() with pandas datetimes: run time = end_time − start_time', async () => {
    const file = 'ledgers/mlflow/Alena483__ais-dev2il-mlops-taxi-rides-v2__runs.csv';
    const a = await real('ledgers/mlflow', 'Alena483__ais-dev2il-mlops-taxi-rides-v2__runs.csv');
    expectReconciled(a, expect);
    const seconds = records(file).reduce((s, r) => s + (Date.parse(r.end_time!) - Date.parse(r.start_time!)) / 1000, 0);
    expect(a.files[0]!.format).toBe('mlflow');
    expect(a.jobs).toEqual({ read: 2, counted: 2, skipped: 0 });
    expect(a.totals.gpuHours).toBeCloseTo(seconds / 3600, 9);
    expect(a.months.map((m) => m.month)).toEqual(['2026-05']);
  });

  it('the prefix-stripped variant: mlflow.runName, a FAILED run counted as failed', async () => {
    const file = 'ledgers/mlflow/Devesh176__Fake-Job-Postings-Detector__mlflow_runs.csv';
    const a = await real('ledgers/mlflow', 'Devesh176__Fake-Job-Postings-Detector__mlflow_runs.csv');
    const rows = records(file);
    const failed = rows.filter((r) => r.status === 'FAILED');
    expect(a.jobs.counted).toBe(rows.length);
    expect(a.rows.find((r) => r.status === 'failed')?.jobs).toBe(failed.length);
    const seconds = rows.reduce((s, r) => s + (Date.parse(r.end_time!) - Date.parse(r.start_time!)) / 1000, 0);
    expect(a.totals.gpuHours).toBeCloseTo(seconds / 3600, 9);
  });

  it.each([
    ['Arnaud66170__P7_sentiment_MLOps__runs.csv'],
    ['nehatapadiya02__MLOps_Assignment1_Group72__mlflow_runs.csv'],
    ['Ahmed-Moh-Sayed__TiTanic_ML_Project_With_MlFlow__runs.csv'],
  ])('the UI "Download CSV" export %s: Duration as the UI prints it', async (name) => {
    const a = await real('ledgers/mlflow', name);
    expectReconciled(a, expect);
    const rows = records(`ledgers/mlflow/${name}`);
    const unit: Record<string, number> = { ms: 1e-3, s: 1, min: 60, h: 3600, d: 86400 };
    const seconds = rows.reduce((s, r) => {
      const m = /^([\d.]+)(ms|s|min|h|d)$/.exec(r.Duration!)!;
      return s + Number(m[1]) * unit[m[2]!]!;
    }, 0);
    expect(a.jobs).toEqual({ read: rows.length, counted: rows.length, skipped: 0 });
    expect(a.totals.gpuHours).toBeCloseTo(seconds / 3600, 9);
  });

  it('a Start Time that is not ISO (re-saved as DD-MM-YYYY HH:MM) leaves the month unknown, with a warning', async () => {
    const a = await real('ledgers/mlflow', 'nehatapadiya02__MLOps_Assignment1_Group72__mlflow_runs.csv');
    expect(a.months.map((m) => m.month)).toEqual(['unknown']);
    expect(a.files[0]!.warnings).toEqual([expect.stringMatching(/^12 start time\(s\) not in ISO form \(first at line 2\)/)]);
  });

  it('a dump of the tracking store\'s runs table: epoch milliseconds', async () => {
    const file = 'ledgers/mlflow/Chrmorod__Project_Final_Stock_Prices_Prediction__runs.csv';
    const a = await real('ledgers/mlflow', 'Chrmorod__Project_Final_Stock_Prices_Prediction__runs.csv');
    const rows = records(file);
    // one run of the dump ends 635 ms before it starts: skipped, saying so
    const backwards = rows.filter((r) => Number(r.end_time) < Number(r.start_time));
    expect(backwards.map((r) => r.run_uuid)).toEqual(['d1aac5af357240c9b47649c8dd36f13d']);
    const seconds = rows.reduce((s, r) => s + Math.max(0, Number(r.end_time) - Number(r.start_time)) / 1000, 0);
    expect(a.jobs).toEqual({ read: rows.length, counted: rows.length - 1, skipped: 1 });
    expect(a.skipped[0]).toMatchObject({ reason: 'no run time', detail: 'd1aac5af357240c9b47649c8dd36f13d: ends before it starts' });
    expect(a.totals.gpuHours).toBeCloseTo(seconds / 3600, 9);
    expect(a.largest[0]!.name).not.toBe('');
  });
});

describe('MLflow: system metrics, tags, running and scheduled runs (own fixture)', () => {
  const manifest = (asOf = '') => `version: 1
defaults: { region: FR }
ledgers:
  - { path: runs.csv, gpu: h100-sxm${asOf} }
rules:
  - { tags: "stage=final", component: llm, phase: pretraining, status: final }
  - { tags: "params.model=llama-1b", component: probes }
`;

  it('GPU count from system/gpu_N metrics, tags and params matched by rules', async () => {
    const a = await anatomyOf({ 'footprint.yml': manifest(", asOf: '2024-06-01T14:00:00Z'"), 'runs.csv': fixture('mlflow-system-metrics.csv') });
    expectReconciled(a, expect);
    // aa11: 2 GPUs × 2 h; bb22: one GPU reported × 0.5 h; cc33 running from 11:00 to asOf 14:00 on 2 GPUs
    expect(a.totals.gpuHours).toBeCloseTo(4 + 0.5 + 6, 9);
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'never ran', detail: 'dd44' })]);
    expect(a.running).toEqual({ jobs: 1, asOf: '2024-06-01T14:00Z' });
    expect(Object.fromEntries(a.rows.map((r) => [`${r.component}/${r.status}`, r.gpuHours]))).toEqual({
      'llm/final': 4,
      'unclassified/failed': 0.5,
      'probes/unclassified': 6,
    });
  });

  it("without asOf, a run still running at the ledger's latest time has no run time: skipped, saying why", async () => {
    const a = await anatomyOf({ 'footprint.yml': manifest(), 'runs.csv': fixture('mlflow-system-metrics.csv') });
    expect(a.skipped.find((s) => s.reason === 'no run time')?.detail).toBe("cc33: running, started at the ledger's latest time (give the ledger's asOf:)");
  });
});

describe('W&B runs-table exports (real samples)', () => {
  it.each([['Lucas-longxutang__Comp3242_Group_Project_nanoGPT__training_records_wandb_export.csv'], ['yx-lim__mjlab-trained__wandb_export.csv']])(
    '%s: Runtime in seconds, states mapped (killed is a cancellation)',
    async (name) => {
      const a = await real('ledgers/wandb', name);
      expectReconciled(a, expect);
      const rows = records(`ledgers/wandb/${name}`);
      expect(a.files[0]!.format).toBe('wandb');
      expect(a.jobs).toEqual({ read: rows.length, counted: rows.length, skipped: 0 });
      expect(a.totals.gpuHours).toBeCloseTo(rows.reduce((s, r) => s + Number(r.Runtime), 0) / 3600, 9);
      const states = Object.fromEntries(a.byState.map((s) => [s.state, s.jobs]));
      expect(states.COMPLETED).toBe(rows.filter((r) => r.State === 'finished').length);
      expect(states.CANCELLED ?? 0).toBe(rows.filter((r) => r.State === 'killed').length);
    },
  );

  it('tags from the Tags column reach the rules', async () => {
    const state = await loadOverRealData(
      'ledgers/wandb',
      'version: 1\nledgers:\n  - { path: Lucas-longxutang__Comp3242_Group_Project_nanoGPT__training_records_wandb_export.csv, gpu: l4, gpus: 1 }\nrules:\n  - { tags: full, component: nanogpt, phase: experiment, status: ablation }\n',
    );
    const full = records('ledgers/wandb/Lucas-longxutang__Comp3242_Group_Project_nanoGPT__training_records_wandb_export.csv').filter((r) => r.Tags!.split(',').map((t) => t.trim()).includes('full'));
    expect(state.report.anatomy!.rows.find((r) => r.component === 'nanogpt')?.jobs).toBe(full.length);
  });

  it.each([['Bowen-n__GNN-Kernel-Test__wandb_export.csv'], ['benedict-armstrong__ssm_results__wandb.csv']])(
    '%s: a column subset without State or Runtime is not guessed; with `format: wandb`, every run is skipped for its missing run time',
    async (name) => {
      await expect(real('ledgers/wandb', name)).rejects.toThrow(/not a recognised ledger/);
      const a = await real('ledgers/wandb', name, ', format: wandb');
      expectReconciled(a, expect);
      expect(a.jobs.read).toBe(records(`ledgers/wandb/${name}`).length);
      expect(a.jobs.counted).toBe(0);
      expect(a.skipped.map((s) => s.reason)).toEqual(['no run time']);
      expect(a.files[0]!.warnings[0]).toMatch(/^no Runtime column/);
    },
  );
});

describe('CSV exports are streamed', () => {
  it('the same anatomy from 7-byte chunks (quoted cells, records across lines and chunks, CRLF)', async () => {
    const name = 'Lucas-longxutang__Comp3242_Group_Project_nanoGPT__training_records_wandb_export.csv';
    const files = { 'footprint.yml': 'version: 1\ndefaults: { region: FR }\nledgers:\n  - { path: w.csv, gpu: l4, gpus: 1 }\n', 'w.csv': readFileSync(realData('ledgers/wandb', name)) };
    const whole = await anatomyOf(files);
    expect(await anatomyOf(files, { chunkBytes: 7 })).toEqual(whole);
    const crlf = { ...files, 'w.csv': Buffer.from(files['w.csv'].toString('utf8').replace(/\r?\n/g, '\r\n')) };
    expect((await anatomyOf(crlf, { chunkBytes: 7 })).totals).toEqual(whole.totals);
  });
});

describe('MLflow UI exports: a Duration the UI does not print (own fixture)', () => {
  it('makes its line malformed, naming the column', async () => {
    const csv = 'Start Time,Duration,Run ID,Name,Status\n2024-01-01 00:00:00,2.5h,a1,ok,FINISHED\n2024-01-01 00:00:00,7.6 sec,b2,bad,FINISHED\n';
    const a = await anatomyOf({ 'footprint.yml': 'version: 1\ndefaults: { region: FR }\nledgers:\n  - { path: r.csv, gpu: h100-sxm, gpus: 1 }\n', 'r.csv': csv });
    expectReconciled(a, expect);
    expect(a.totals.gpuHours).toBe(2.5);
    expect(a.skipped).toEqual([
      expect.objectContaining({ reason: 'malformed', jobs: 1, at: 'r.csv:3', detail: 'Duration: not a duration as MLflow prints one (161ms, 7.6s, 1.2min, 2.5h, 1.1d): "7.6 sec"' }),
    ]);
  });
});

describe('W&B runs-table exports: cells that are not figures (own fixture)', () => {
  it('a Runtime or GPU Count that is not a number makes its line malformed, naming the column; hex and Infinity are not numbers', async () => {
    const csv = [
      'Name,State,Created,Runtime,GPU Count',
      'ok,finished,2024-01-01T00:00:00,3600,2',
      'words,finished,2024-01-01T00:00:00,12 min,2',
      'hex,finished,2024-01-01T00:00:00,0x10,2',
      'inf,finished,2024-01-01T00:00:00,Infinity,2',
      'huge,finished,2024-01-01T00:00:00,1e999,2',
      'gpus,finished,2024-01-01T00:00:00,3600,0x2',
      'blank,finished,2024-01-01T00:00:00,,2',
    ].join('\n');
    const a = await anatomyOf({ 'footprint.yml': 'version: 1\ndefaults: { region: FR }\nledgers:\n  - { path: w.csv, gpu: h100-sxm, format: wandb }\n', 'w.csv': `${csv}\n` });
    expectReconciled(a, expect);
    expect(a.jobs).toEqual({ read: 7, counted: 1, skipped: 6 });
    expect(a.totals.gpuHours).toBe(2);
    expect(Object.fromEntries(a.skipped.map((s) => [s.reason, [s.jobs, s.at, s.detail]]))).toEqual({
      malformed: [5, 'w.csv:3', 'Runtime: not a number of seconds: "12 min"'],
      'no run time': [1, 'w.csv:8', 'blank'],
    });
  });
});

describe('W&B run directories: wandb-metadata.json with its wandb-summary.json (real samples)', () => {
  it('GPU model and count from the metadata (old gpu_devices and new gpu_nvidia schemas), run time from the summary', async () => {
    const state = await loadOverRealData(
      'ledgers/wandb',
      'version: 1\ndefaults: { region: US }\nledgers:\n  - path: "*wandb-metadata.json"\n    gpuTypes: { "NVIDIA A800 80GB PCIe": a100-80gb-pcie }\n',
    );
    const a = state.report.anatomy!;
    expectReconciled(a, expect);
    expect(a.files.map((f) => f.format)).toEqual(Array(5).fill('wandb-run'));
    const byId = Object.fromEntries(a.largest.map((j) => [j.id, [j.gpu, j.gpus, j.hours]]));
    const summary = (run: string) => {
      const file = readdirSync(realData('ledgers/wandb')).find((f) => f.includes(run) && f.endsWith('wandb-summary.json'))!;
      const s = JSON.parse(readFileSync(realData('ledgers/wandb', file), 'utf8'));
      return (s._runtime ?? s._wandb.runtime) / 3600;
    };
    expect(byId).toEqual({
      'run-20240520_103244-tcgq43m2': ['a100-80gb-pcie', 1, summary('tcgq43m2')], // only _wandb.runtime (1,496 s)
      'run-20241013_011821-czi73xhg': ['h100-nvl', 8, summary('czi73xhg')], // new schema: gpu_nvidia, gpu as a list
      'run-20250108_073900-ho9fw046': ['a100-80gb-pcie', 8, summary('ho9fw046')], // A800, mapped by gpuTypes
      'run-20230221_175120-8it4cf2l': ['a100-40gb-pcie', 4, summary('8it4cf2l')], // old schema: gpu_devices
    });
    // The offline RTX 3060 run has no summary: no run time
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'no run time', jobs: 1 })]);
  });
});

describe('W&B runs JSON dump (wandb.Api().runs(), own fixture: no real dump was found)', () => {
  it('state, created_at, tags, group, runtime from the summary and GPUs from the metadata', async () => {
    const a = await anatomyOf({
      'footprint.yml': `version: 1
ledgers:
  - { path: runs.json, gpu: a100-80gb-sxm, gpus: 1 }
rules:
  - { group: pretrain, component: llm, phase: pretraining }
  - { tags: final, status: final }
  - { tags: ablation, status: ablation }
`,
      'runs.json': fixture('wandb-runs.json'),
    });
    expectReconciled(a, expect);
    expect(a.files[0]!.format).toBe('wandb-json');
    // 8 × 24 h (final); 8 × 1 h (crashed: failed); 1 × 0.5 h (running, no metadata: the ledger's default);
    // the killed sweep run has neither _runtime nor _wandb.runtime
    expect(a.totals.gpuHours).toBeCloseTo((8 * 86400.5 + 8 * 3600 + 1800) / 3600, 9);
    expect(Object.fromEntries(a.rows.map((r) => [`${r.component}/${r.phase}/${r.status}`, r.jobs]))).toEqual({
      'llm/pretraining/final': 1,
      'llm/pretraining/failed': 1,
      'unclassified/unclassified/unclassified': 1,
    });
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'no run time', detail: 'j0k1l2' })]);
    expect(a.running.jobs).toBe(1);
  });
});

describe('Hugging Face Trainer outputs (real samples)', () => {
  const runs = readdirSync(realData('ledgers/hf-trainer')).filter((f) => f.endsWith('trainer_state.json'));

  it('one run per output directory, whichever of its files the glob matches; implied MFU from total_flos', async () => {
    const state = await loadOverRealData('ledgers/hf-trainer', 'version: 1\ndefaults: { region: FR }\nledgers:\n  - { path: "*.json", gpu: h100-sxm, gpus: 8 }\n');
    const a = state.report.anatomy!;
    expectReconciled(a, expect);
    expect(a.jobs).toEqual({ read: runs.length, counted: runs.length, skipped: 0 });
    expect(a.trainerRuns).toHaveLength(runs.length);
    for (const name of runs) {
      const prefix = name.replace(/__trainer_state\.json$/, '');
      const trainerState = JSON.parse(readFileSync(realData('ledgers/hf-trainer', name), 'utf8'));
      const all = JSON.parse(readFileSync(realData('ledgers/hf-trainer', `${prefix}__all_results.json`), 'utf8'));
      const run = a.trainerRuns.find((t) => t.id === prefix)!;
      expect(run.flops).toBe(trainerState.total_flos);
      expect(run.hours).toBeCloseTo(all.train_runtime / 3600, 9);
      expect(run.steps).toBe(trainerState.global_step);
      expect(run.maxSteps).toBe(trainerState.max_steps);
      // 989 TFLOP/s dense BF16 per H100 SXM (catalogue), 8 GPUs
      expect(run.impliedMfu).toBeCloseTo(trainerState.total_flos / (all.train_runtime * 8 * 989e12), 12);
    }
    // e.g. Qwen3-8B continued pre-training: 6.22e20 FLOPs over 238 h
    expect(a.trainerRuns.find((t) => t.id === 'hsc748NLP__NSLLM')!.impliedMfu).toBeCloseTo(6.222496637658207e20 / (857595.0988 * 8 * 989e12), 12);
  });

  it('a results file beside trainer_state.json that does not parse is left out with a warning naming its line, not silently', async () => {
    const a = await anatomyOf({
      'footprint.yml': 'version: 1\nledgers:\n  - { path: "out/trainer_state.json", gpu: h100-sxm, gpus: 8 }\n',
      'out/trainer_state.json': JSON.stringify({ global_step: 10, max_steps: 10, total_flos: 1e18, log_history: [{ step: 10, train_runtime: 3600 }] }),
      'out/all_results.json': '{\n  "train_runtime": 3600,\n}\n',
    });
    expect(a.jobs).toEqual({ read: 1, counted: 1, skipped: 0 });
    expect(a.files[0]!.warnings).toEqual(['out/all_results.json:3:1: invalid JSON: Expected double-quoted property name (left out: the run is read from its other files)']);
  });

  it('a checkpoint\'s trainer_state.json without train_runtime is skipped for having no run time', async () => {
    const a = await anatomyOf({
      'footprint.yml': 'version: 1\nledgers:\n  - { path: "out/checkpoint-500/trainer_state.json", gpu: h100-sxm, gpus: 8 }\n',
      'out/checkpoint-500/trainer_state.json': JSON.stringify({ global_step: 500, max_steps: 2000, total_flos: 1e18, log_history: [{ step: 500, loss: 2.1 }] }),
    });
    expect(a.skipped).toEqual([expect.objectContaining({ reason: 'no run time', jobs: 1, detail: 'checkpoint-500' })]);
  });
});
