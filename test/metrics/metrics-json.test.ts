import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { jsonPathKey, locateJsonPaths, syntaxErrorOffset } from '../../src/inputs/metrics/json-positions.js';
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

  it('reports JSON syntax errors with line and column, as JSON.parse finds them', async () => {
    const trailing = await problemsOf(() => parseMetricsJson('{\n  "runId": "a",\n}', 's.json'));
    expect(trailing[0]).toMatchObject({ line: 3, column: 1, message: 'invalid JSON: Expected double-quoted property name' });
    const missing = await problemsOf(() => parseMetricsJson('{"runId": }', 's.json'));
    expect(missing[0]).toMatchObject({ line: 1, column: 11, message: "invalid JSON: Unexpected token '}'" });
    const bom = await problemsOf(() => parseMetricsJson('\uFEFF{"runId": "a" "x"}', 's.json'));
    expect(bom[0]).toMatchObject({ line: 1, column: 16, message: "invalid JSON: Expected ',' or '}' after property value" });
    const end = await problemsOf(() => parseMetricsJson('[\n  {"runId": "a"},\n  {"runId": "b"},', 's.json'));
    expect(end[0]).toMatchObject({ line: 3, column: 18, message: 'invalid JSON: Unexpected end of JSON input' });
  });

  it('finds the unexpected token of a long text from the context JSON.parse quotes (start, middle, end)', () => {
    const pad = `"${'x'.repeat(40)}"`;
    for (const text of [`} [${pad}]`, `[${pad}, ${pad}, tru, ${pad}]`, `[${pad}, ${pad}, 1,]`, `[${pad}, ]`]) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const offset = syntaxErrorOffset(text, message);
      expect(offset, `${text}: ${message}`).not.toBeNull();
      const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
      if (token) expect(text[offset!], `${text}: ${message}`).toBe(token);
    }
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

describe('locateJsonPaths', () => {
  /**
   * The oracle: yaml's full document parse of the same text (slow, but independent). A property is
   * at its key, an element at its start; a missing path at its closest existing ancestor.
   */
  function oracle(text: string, path: readonly (string | number)[]) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    let node = doc.contents as Node | null;
    let at = node?.range?.[0] ?? 0;
    for (const seg of path) {
      if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        node = node.items[seg] as Node;
        at = node.range![0];
      } else if (isMap(node) && typeof seg === 'string') {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
        if (!pair) break;
        at = (pair.key as Node).range![0];
        node = pair.value as Node;
      } else break;
    }
    const { line, col } = lines.linePos(at);
    return { line, column: col };
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

  it('puts every path where yaml\'s document parse puts it (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 1, 2, '\t'), fc.boolean(), (value, indent, bom) => {
        const text = `${bom ? '\uFEFF' : ''} ${JSON.stringify(value, null, indent)}\n`;
        const all = paths(value);
        const found = locateJsonPaths(text, all);
        for (const p of all) expect(found.get(jsonPathKey(p)), `${JSON.stringify(p)} in ${JSON.stringify(text)}`).toEqual(oracle(text, p));
      }),
      { numRuns: 200 },
    );
  });

  it('takes the first of repeated keys', () => {
    const text = '{"a": 1,\n "a": {"b": 2}}';
    expect(locateJsonPaths(text, [['a'], ['a', 'b']]).get(jsonPathKey(['a']))).toEqual({ line: 1, column: 2 });
  });

  it('stops reading a long array once the elements asked for are behind', () => {
    // Element 1 is located although the text after it is not JSON at all: it was never read.
    const text = `[{"a": 1},\n {"b": 2}, ${'@'.repeat(1000)}`;
    expect(locateJsonPaths(text, [[1, 'b']]).get(jsonPathKey([1, 'b']))).toEqual({ line: 2, column: 3 });
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
