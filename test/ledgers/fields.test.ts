/** The values ledgers write, read as sacct(1), MLflow and W&B define them. */
import { describe, expect, it } from 'vitest';
import { newTresScan, parseAllocGres, parseSiNumber, parseSlurmElapsed, parseSlurmState, parseTimeMs, parseUiDuration, scanTres } from '../../src/inputs/ledgers/fields.js';

/** What the sacct reader's scanTres finds in a TRES string, with its byte ranges read back as text. */
function scan(text: string) {
  const buf = Buffer.from(text, 'latin1');
  const t = scanTres(buf, 0, buf.length, newTresScan());
  const slice = (a: number, b: number) => (a < 0 ? null : buf.toString('latin1', a, b));
  return { gpus: t.gpus, type: slice(t.typeStart, t.typeEnd), types: t.types, energyJ: t.energyJ, malformed: t.malformed, other: slice(t.otherStart, t.otherEnd) };
}
import { monthIndex, monthLabel } from '../../src/inputs/ledgers/accumulate.js';

describe('Slurm elapsed times ([DD-[HH:]]MM:SS)', () => {
  it.each([
    ['00:00:17', 17],
    ['04:06:02', 4 * 3600 + 6 * 60 + 2],
    ['12:34', 12 * 60 + 34],
    ['1-02:03:04', 86400 + 2 * 3600 + 3 * 60 + 4],
    ['3-00:00:00', 3 * 86400],
    ['2-05', 2 * 86400 + 5 * 3600],
    ['00:04.410', 4.41],
    ['12:00:26', 12 * 3600 + 26],
  ])('%s = %d s', (text, seconds) => {
    expect(parseSlurmElapsed(text)).toBeCloseTo(seconds, 9);
  });

  it.each(['', 'Unknown', 'INVALID', '1:2:3:4', '00:61:00', '12', 'a-00:00:01', '01:00:00x'])('"%s" is not an elapsed time', (text) => {
    expect(parseSlurmElapsed(text)).toBeNaN();
  });
});

describe('Slurm states', () => {
  it.each([
    ['COMPLETED', 'COMPLETED'],
    ['CANCELLED by 2000886', 'CANCELLED'],
    ['CANCELLED+', 'CANCELLED'],
    ['OUT_OF_MEMORY', 'OUT_OF_MEMORY'],
    ['TO', 'TIMEOUT'],
    ['nf', 'NODE_FAIL'],
    [' RUNNING ', 'RUNNING'],
  ])('%s → %s', (text, state) => {
    expect(parseSlurmState(text)).toBe(state);
  });

  it('an unknown state is null (the reader warns, the job still counts)', () => {
    expect(parseSlurmState('WEIRD_STATE')).toBeNull();
  });
});

describe('TRES strings (AllocTRES)', () => {
  it('reads the untyped total and the typed model, not usage figures', () => {
    const t = scan('billing=128,cpu=128,energy=123456,gres/gpu:h100=8,gres/gpu=8,gres/gpumem=80G,gres/gpuutil=97,mem=1T,node=1');
    expect(t).toEqual({ gpus: 8, type: 'h100', types: 1, energyJ: 123456, malformed: 0, other: null });
  });

  it('sums typed counts when no untyped total is written; several models are typed as the most numerous', () => {
    // Every GPU counts; the job is typed v100 (4 of 6) and the reader warns that it had several models.
    expect(scan('cpu=16,gres/gpu:a100=2,gres/gpu:v100=4,node=2')).toMatchObject({ gpus: 6, type: 'v100', types: 2 });
  });

  it('CPU jobs have 0 GPUs; energy=0 (no energy plugin) is no measurement', () => {
    expect(scan('billing=10,cpu=10,energy=0,mem=38400M,node=1')).toMatchObject({ gpus: 0, energyJ: Number.NaN, type: null });
  });

  it('names another gres and counts the entries it cannot read', () => {
    expect(scan('cpu=4,gres/shard=2,gres/gpu=x,nonsense,node=1')).toMatchObject({ other: 'gres/shard', malformed: 2, gpus: 0 });
  });

  it('legacy AllocGRES (the slurmio sample writes gpu:1)', () => {
    expect(parseAllocGres('gpu:1')).toMatchObject({ gpus: 1 });
    const typed = parseAllocGres('gpu:tesla:2,gpu:k80:4(IDX:0-3)');
    expect(typed.gpus).toBe(6);
    expect([...typed.types]).toEqual([['tesla', 2], ['k80', 4]]);
  });
});

describe('numbers, durations and times', () => {
  it('SI prefixes of sacct ConsumedEnergy are powers of 1000', () => {
    expect(parseSiNumber('1.5M')).toBe(1.5e6);
    expect(parseSiNumber('250K')).toBe(250e3);
    expect(parseSiNumber('42')).toBe(42);
    expect(parseSiNumber('N/A')).toBeNaN();
  });

  it("MLflow's UI durations (Utils.formatDuration)", () => {
    expect(parseUiDuration('161ms')).toBeCloseTo(0.161, 9);
    expect(parseUiDuration('7.6s')).toBe(7.6);
    expect(parseUiDuration('1.2min')).toBeCloseTo(72, 9);
    expect(parseUiDuration('2.5h')).toBe(9000);
    expect(parseUiDuration('1.1d')).toBeCloseTo(95040, 6);
    expect(parseUiDuration('soon')).toBeNaN();
  });

  it.each([
    ['2021-05-01T04:29:25', Date.UTC(2021, 4, 1, 4, 29, 25)],
    ['2026-05-25 09:31:08.198000+00:00', Date.UTC(2026, 4, 25, 9, 31, 8, 198)],
    ['2026-05-25T14:08:33.000Z', Date.UTC(2026, 4, 25, 14, 8, 33)],
    ['2024-01-01T12:00:00+02:00', Date.UTC(2024, 0, 1, 10, 0, 0)],
    ['1753030286723', 1753030286723],
    ['1741667820', 1741667820000],
    ['2021-12-07 15:43:42', Date.UTC(2021, 11, 7, 15, 43, 42)],
  ])('%s', (text, ms) => {
    expect(parseTimeMs(text)).toBe(ms);
  });

  it.each(['Unknown', 'None', '', '04-08-2024 14:28', '2024-13-01T00:00:00'])('"%s" is no time', (text) => {
    expect(parseTimeMs(text)).toBeNaN();
  });

  it('months of UNIX times, without a Date per job', () => {
    for (const ms of [Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 29, 23, 59, 59), Date.UTC(1999, 11, 31, 12), Date.UTC(2100, 2, 1)]) {
      expect(monthLabel(monthIndex(ms))).toBe(new Date(ms).toISOString().slice(0, 7));
    }
    expect(monthIndex(Number.NaN)).toBe(-1);
    expect(monthLabel(-1)).toBe('');
  });
});
