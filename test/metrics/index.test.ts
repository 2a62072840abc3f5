import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/inputs/errors.js';
import { detectMetricsFormat, parseMetricsStream, type JobMeasurement, type ReadMetricsOptions } from '../../src/inputs/metrics/index.js';
import { WorkspaceReader } from '../../src/inputs/tree.js';
import { detectTextLedger } from '../../src/inputs/ledgers/detect.js';

const detectLedger = (head: string, whole: boolean) => detectTextLedger(head, '|', whole);
import { fixture, fixturePath, problemsOf } from './helpers.js';

describe('detectMetricsFormat', () => {
  it('goes by content first', () => {
    expect(detectMetricsFormat('gpu.log', 'timestamp, index, name, power.draw [W]\n2024/05/01')).toBe('nvidia-smi');
    expect(detectMetricsFormat('x.csv', '\uFEFFtimestamp,project_name,run_id,duration,emissions,energy_consumed\n')).toBe('codecarbon');
    expect(detectMetricsFormat('emissions.txt', '"timestamp","duration","energy_consumed"\n')).toBe('codecarbon');
    expect(detectMetricsFormat('metrics.txt', '  \n{ "runId": "a" }')).toBe('metrics-json');
    expect(detectMetricsFormat('runs.csv', '[{"runId": "a"}]')).toBe('metrics-json');
  });

  it('reads the header as CSV, the same way the ledger detector does', () => {
    // a quoted header cell may hold a comma; the cell is still one name
    expect(detectMetricsFormat('e.csv', '"a,b",duration,"energy_consumed"\n1,2,3\n')).toBe('codecarbon');
    // the first bytes end inside the header: only its complete cells count ("energy_consum" is not a name)
    expect(detectMetricsFormat('e.csv', 'duration,energy_consumed,x', false)).toBe('codecarbon');
    expect(detectMetricsFormat('e.csv', 'timestamp,duration,energy_consum', false)).toBeNull();
    expect(detectMetricsFormat('e.csv', 'timestamp,duration,energy_consumed', true)).toBe('codecarbon');
    expect(detectLedger('run_id,status', true)).toBe('mlflow');
    expect(detectLedger('run_id,status', false)).toBeNull();
  });

  it('falls back on the .json extension only', () => {
    expect(detectMetricsFormat('broken.json', 'runId: a')).toBe('metrics-json');
    expect(detectMetricsFormat('data.csv', 'a,b,c\n1,2,3\n')).toBeNull();
    expect(detectMetricsFormat('empty.csv', '')).toBeNull();
  });
});

/** A metrics file read the way the action and the CLI read it: WorkspaceReader.openStream → parseMetricsStream. */
async function readFromWorkspace(root: string, relPath: string, options?: ReadMetricsOptions): Promise<JobMeasurement[]> {
  const stream = await new WorkspaceReader(root).openStream(relPath);
  if (stream === null) throw new Error(`${relPath}: not found`);
  return parseMetricsStream(stream, relPath, options);
}

const fixtures = path.dirname(fixturePath('metrics.json'));

describe('parseMetricsStream over WorkspaceReader.openStream', () => {
  it('reads each fixture kind', async () => {
    const [cc] = await readFromWorkspace(fixtures, 'codecarbon-emissions.csv');
    expect(cc).toMatchObject({ file: 'codecarbon-emissions.csv', format: 'codecarbon', pueApplied: 1.1 });
    expect(cc!.energyKwh).toBeCloseTo(4.25 / 1.1, 12);
    const [smi] = await readFromWorkspace(fixtures, 'nvidia-smi-4gpu-gap.csv');
    expect(smi).toMatchObject({ file: 'nvidia-smi-4gpu-gap.csv', format: 'nvidia-smi', gpuCount: 4 });
    const runs = await readFromWorkspace(fixtures, 'metrics-array.json');
    expect(runs.map((r) => r.runId)).toEqual(['pretrain', 'sft']);
  });

  it('gives the same measurements as the parsers fed the whole file at once', async () => {
    for (const name of ['codecarbon-emissions.csv', 'nvidia-smi-4gpu-gap.csv', 'nvidia-smi-nounits-uuid.csv', 'metrics-array.json']) {
      expect(await readFromWorkspace(fixtures, name), name).toEqual(await parseMetricsStream(Readable.from([fixture(name)]), name));
    }
  });

  it('refuses a JSON file over the cap, saying its size and the cap', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'metrics-'));
    writeFileSync(path.join(dir, 'big.json'), JSON.stringify({ runId: 'a', pad: 'x'.repeat(2000) }));
    const problems = await problemsOf(() => readFromWorkspace(dir, 'big.json', { maxBytes: 1024 }));
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^big\.json: metrics JSON is 2022 bytes \(2 KiB\), over the 1024-byte cap \(1 KiB\)/);
    // CSV has no cap: it is streamed
    const [smi] = await readFromWorkspace(fixtures, 'nvidia-smi-4gpu-gap.csv', { maxBytes: 1024 });
    expect(smi!.gpuCount).toBe(4);
  });

  it('says so for an unknown format, an empty file and a missing file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'metrics-'));
    writeFileSync(path.join(dir, 'odd.csv'), 'a,b,c\n1,2,3\n');
    await expect(readFromWorkspace(dir, 'odd.csv')).rejects.toThrow(/not a recognised job-metrics file/);
    writeFileSync(path.join(dir, 'empty.csv'), '');
    await expect(readFromWorkspace(dir, 'empty.csv')).rejects.toThrow(/empty metrics file/);
    await expect(readFromWorkspace(dir, 'empty.csv')).rejects.toBeInstanceOf(InputError);
    expect(await new WorkspaceReader(dir).openStream('nope.csv')).toBeNull();
  });
});

describe('parseMetricsStream', () => {
  it('detects the format from the first chunks of a stream', async () => {
    const bytes = fixture('nvidia-smi-nounits-uuid.csv');
    // tiny chunks: detection must gather several
    const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const [m] = await parseMetricsStream(Readable.from(pieces), 'uuid.csv');
    expect(m).toMatchObject({ format: 'nvidia-smi', gpuCount: 2 });
    const [j] = await parseMetricsStream(Readable.from([fixture('metrics.json')]), 'metrics.json');
    expect(j!.runId).toBe('llama-ft-7b');
  });

  it('caps JSON read from a stream', async () => {
    const big = Buffer.from(JSON.stringify({ runId: 'a', pad: 'x'.repeat(10_000) }));
    const stream = Readable.from([big.subarray(0, 5000), big.subarray(5000)]);
    await expect(parseMetricsStream(stream, 'big.json', { maxBytes: 6000 })).rejects.toThrow(/more than 6000 bytes/);
  });
});
