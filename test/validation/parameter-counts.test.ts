/**
 * The goal of issue #11: the parameter counts computed from at least 12 real configs (read in place
 * from ../shared/real-data) are within 1 % of their published figures.
 */
import { describe, expect, it } from 'vitest';
import { configsWithinGoal, fixtureCountRows, GOAL_CONFIGS, realCountRows, TOLERANCE } from '../../src/validation/parameter-counts.js';
import { realData } from '../support/real-data.js';

describe('parameter counts from real configs', () => {
  it(`at least ${GOAL_CONFIGS} real configs reproduce their published counts within 1 %`, async () => {
    const rows = await realCountRows(realData());
    expect(configsWithinGoal(rows)).toBeGreaterThanOrEqual(GOAL_CONFIGS);
    // Every published total (N) that is a count, not a name, is within 1 %.
    for (const r of rows.filter((x) => x.figure === 'total' && x.within !== null)) {
      expect(Math.abs(r.error!), `${r.config}: ${r.computed} vs ${r.published!.value}`).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('the counts the issue names: Llama 3.1 8B 8.03 B, 70B 70.6 B, Mixtral 46.7 B / 12.9 B, DeepSeek-V3 671 B / 36.6 B, Qwen2.5-7B 7.61 B', async () => {
    const rows = await realCountRows(realData());
    const of = (config: string, figure: string) => rows.find((r) => r.config.includes(config) && r.figure === figure)!;
    expect(of('Llama-3.1-8B.json', 'total').computed / 1e9).toBeCloseTo(8.03, 2);
    expect(of('Llama-3.1-70B.json', 'total').computed / 1e9).toBeCloseTo(70.55, 2);
    expect(of('Mixtral-8x7B__config', 'total').computed / 1e9).toBeCloseTo(46.70, 2);
    expect(of('Mixtral-8x7B__config', 'active').computed / 1e9).toBeCloseTo(12.88, 2);
    expect(of('deepseek_v3', 'total').computed / 1e9).toBeCloseTo(671.03, 2);
    expect(of('deepseek_v3', 'activeWithoutInputEmbedding').computed / 1e9).toBeCloseTo(36.63, 2);
    expect(of('Qwen2.5-7B', 'total').computed / 1e9).toBeCloseTo(7.62, 2);
  });

  it('the families without a real sample (own fixtures) meet 1 % too, where the published figure is a count', () => {
    for (const r of fixtureCountRows()) {
      if (r.within === null) continue;
      expect(r.within, `${r.config} ${r.figure}: ${r.computed} vs ${r.published!.value}`).toBe(true);
    }
  });
});
