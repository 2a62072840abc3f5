import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonLocator, locateJsonPath, positionAt } from '../../src/inputs/metrics/json-locate.js';
import { closestKey, parseMetricsJson } from '../../src/inputs/metrics/metrics-json.js';
import { MAX_PROBLEMS } from '../../src/inputs/metrics/problems.js';
import { fixture, problemsOf } from './helpers.js';

describe('parseMetricsJson', () => {
  it('reads one object into a one-element array', () => {
    const [m, ...rest] = parseMetricsJson(fixture('metrics.json').toString('utf8'), 'metrics.json');
    expect(rest).toEqual([]);
    expect(m).toEqual({
      file: 'metrics.json',
      format: 'metrics-json',
      runId: 'llama-ft-7b',
      gpuModel: 'NVIDIA H100 80GB HBM3',
      gpuCount: 8,
      wallClockHours: 12.5,
      gpuHours: 100,
      energyKwh: 61.2,
      energyScope: 'server',
      reportedEmissionsKg: 3.4,
      country: 'FR',
      cloudProvider: null,
      cloudRegion: null,
      tokens: 2_100_000_000,
      samples: 1,
      warnings: [],
    });
  });

  it('reads an array; gpuHours given, or gpuCount × hours; scope defaults to gpu', () => {
    const [a, b] = parseMetricsJson(fixture('metrics-array.json').toString('utf8'), 'runs.json');
    expect(a).toMatchObject({ runId: 'pretrain', gpuHours: 6200, cloudProvider: 'aws', cloudRegion: 'us-east-1', country: null, energyKwh: null });
    expect(b).toMatchObject({ runId: 'sft', gpuHours: 16, energyKwh: 9.5, energyScope: 'gpu', gpuModel: null });
  });

  it('rejects an unknown key with a hint of the closest known one', async () => {
    const problems = await problemsOf(() => parseMetricsJson(fixture('metrics-unknown-key.json').toString('utf8'), 'unk.json'));
    expect(problems).toEqual([{ file: 'unk.json', line: 3, column: 3, field: 'gpu_count', message: 'unknown key', hint: 'did you mean "gpuCount"?' }]);
  });

  it('names the path and line of a negative value', async () => {
    const problems = await problemsOf(() => parseMetricsJson(fixture('metrics-negative.json').toString('utf8'), 'neg.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'neg.json', field: '[1].energyKwh', line: 6, column: 5 });
    expect(problems[0]!.message).toMatch(/>=0/);
  });

  it('refuses negative emissions and implausibly large figures', async () => {
    const problems = await problemsOf(() =>
      parseMetricsJson('{"runId": "a", "emissionsKg": -5, "gpuCount": 8, "hours": 1e308, "energyKwh": 1e300}', 'o.json'),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['emissionsKg', 'energyKwh', 'hours']);
    expect(problems.every((p) => p.line === 1)).toBe(true);
  });

  it('collects all problems of all objects', async () => {
    const text = '[{"runId": "a", "gpuCount": 1.5}, {"gpuCount": 0, "runId": "b", "energyScope": "rack"}, {"runId": "c"}, {"runId": "c"}]';
    const problems = await problemsOf(() => parseMetricsJson(text, 'p.json'));
    expect(problems.map((p) => p.field)).toEqual(['[0].gpuCount', '[1].gpuCount', '[1].energyScope', '[3].runId']);
    expect(problems.every((p) => p.line === 1 && typeof p.column === 'number')).toBe(true);
    expect(problems[1]!.column).toBe(text.indexOf('"gpuCount": 0') + 1);
    expect(problems[3]!.message).toMatch(/already given at \[2\]/);
  });

  it('reports a missing runId and a non-object', async () => {
    expect((await problemsOf(() => parseMetricsJson('{"hours": 1}', 'm.json')))[0]).toMatchObject({ field: 'runId', line: 1, column: 1 });
    expect((await problemsOf(() => parseMetricsJson('42', 'm.json')))[0]).toMatchObject({ line: 1, column: 1 });
    expect((await problemsOf(() => parseMetricsJson('[]', 'm.json')))[0]!.message).toMatch(/empty array/);
  });

  it('reports JSON syntax errors with line and column', async () => {
    const trailing = await problemsOf(() => parseMetricsJson('{\n  "runId": "a",\n}', 's.json'));
    expect(trailing[0]).toMatchObject({ line: 3, column: 1, message: expect.stringMatching(/^invalid JSON: expected a double-quoted property name/) });
    const missing = await problemsOf(() => parseMetricsJson('{"runId": }', 's.json'));
    expect(missing[0]).toMatchObject({ line: 1, column: 11 });
    const bom = await problemsOf(() => parseMetricsJson('\uFEFF{"runId": "a" "x"}', 's.json'));
    expect(bom[0]).toMatchObject({ line: 1, column: 16, message: "invalid JSON: expected ',' or '}', found '\"'" });
  });

  it('accepts a BOM', () => {
    expect(parseMetricsJson('\uFEFF{"runId": "a"}', 'b.json')[0]!.runId).toBe('a');
  });

  it('refuses 20,000 bad objects at once: the first problems located, the rest counted', async () => {
    // One object a line, each with a bad value, and every other one an unknown key as well. Locating
    // every problem by rescanning the text took 25 s; only the first MAX_PROBLEMS are located now,
    // in one pass (a regression would run into the test timeout).
    const n = 20_000;
    const lines = Array.from({ length: n }, (_, i) => `  {"runId": "r${i}", "hours": -${i + 1}${i % 2 ? ', "gpu_count": 8' : ''}}`);
    const text = `[\n${lines.join(',\n')}\n]\n`;
    const problems = await problemsOf(() => parseMetricsJson(text, 'many.json'));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    const total = n + n / 2;
    expect(problems[MAX_PROBLEMS]).toEqual({ file: 'many.json', message: `${total - MAX_PROBLEMS} more problems not shown` });
    expect(problems[0]).toMatchObject({ file: 'many.json', field: '[0].hours', line: 2, column: lines[0]!.indexOf('"hours"') + 1 });
    expect(problems[1]).toMatchObject({ field: '[1].hours', line: 3, column: lines[1]!.indexOf('"hours"') + 1 });
    expect(problems[2]).toEqual({
      file: 'many.json',
      field: '[1].gpu_count',
      line: 3,
      column: lines[1]!.indexOf('"gpu_count"') + 1,
      message: 'unknown key',
      hint: 'did you mean "gpuCount"?',
    });
    const last = problems[MAX_PROBLEMS - 1]!;
    expect(last).toMatchObject({ field: '[33].hours', line: 35 });
  });
});

describe('JsonLocator', () => {
  /** What parseMetricsJson did for each problem: the deepest existing prefix, rescanning from the start. */
  function slowLocate(text: string, path: readonly (string | number)[]) {
    for (let k = path.length; k >= 0; k--) {
      const offset = locateJsonPath(text, path.slice(0, k));
      if (offset !== null) return positionAt(text, offset);
    }
    return null;
  }

  /** Every path into the value, and for each a step that does not exist. */
  function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(prefix);
    if (Array.isArray(value)) {
      value.forEach((v, i) => paths(v, [...prefix, i], out));
      out.push([...prefix, value.length], [...prefix, 'key']);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
      out.push([...prefix, 'missing \u2603'], [...prefix, 0]);
    } else {
      out.push([...prefix, 0], [...prefix, 'key']);
    }
    return out;
  }

  it('finds what locateJsonPath finds, for every path, at the same line and column (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 1, 2, '\t'), fc.boolean(), (value, indent, bom) => {
        const text = `${bom ? '\uFEFF' : ''} ${JSON.stringify(value, null, indent)}\n`;
        const locator = new JsonLocator(text);
        for (const path of paths(value)) {
          expect(locator.position(locator.locateClosest(path)), JSON.stringify(path)).toEqual(slowLocate(text, path));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('takes the first of repeated keys, as locateJsonPath', () => {
    const text = '{"a": 1,\n "a": {"b": 2}}';
    const locator = new JsonLocator(text);
    expect(locator.locateClosest(['a'])).toBe(locateJsonPath(text, ['a']));
    expect(locator.locateClosest(['a'])).toBe(1);
    expect(locator.position(locator.locateClosest(['a', 'b']))).toEqual({ line: 1, column: 2 });
  });
});

describe('closestKey', () => {
  it('suggests near misses only', () => {
    expect(closestKey('energy_kwh')).toBe('energyKwh');
    expect(closestKey('gpuHour')).toBe('gpuHours');
    expect(closestKey('run_id')).toBe('runId');
    expect(closestKey('completelyDifferent')).toBeNull();
  });
});
