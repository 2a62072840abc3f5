/** Manifest parsing: human numbers, defaults, and errors located by file, line, column and field. */
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/inputs/errors.js';
import { parseBudgetFile, parseManifest } from '../../src/inputs/manifest/parse.js';
import { parseQuantity } from '../../src/inputs/manifest/quantity.js';

function problemsOf(text: string, file = 'm.yml') {
  try {
    parseManifest(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  throw new Error('expected an InputError');
}

describe('human quantities', () => {
  it.each([
    ['405B', 405e9],
    ['1.5T', 1.5e12],
    ['7b', 7e9],
    ['30.84M', 30.84e6],
    ['120k', 120e3],
    ['3e21', 3e21],
    ['1,024', 1024],
    ['12,345,678', 12_345_678],
    ['1.5e3', 1500],
    ['2_000', 2000],
    [' 15T ', 15e12],
    ['.5', 0.5],
  ])('%s = %d', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value, 6);
  });
  it.each(['', 'abc', '5 GB', '1e999', 'B', '--5', '5TT', '1,5B', '12,34', '1,0000'])('%j is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('valid manifests', () => {
  it('merges defaults into runs, nested objects one level deep, run fields winning', () => {
    const { manifest, runLines } = parseManifest(
      `version: 1
defaults:
  region: FR
  mfu: 0.35
  hardware: { gpu: h100-sxm, precision: bf16 }
runs:
  - id: a
    model: { parameters: 7B }
    tokens: 1T
    hardware: { count: 8 }
  - id: b
    mfu: { low: 0.3, high: 0.5 }
    model: { parameters: "1.5B" }
    tokens: 300e9
    hardware: { gpu: a100-80gb-sxm, count: 4 }
`,
      'm.yml',
    );
    const [a, b] = manifest.runs;
    expect(a).toMatchObject({ id: 'a', region: 'FR', mfu: 0.35, tokens: 1e12, model: { parameters: 7e9 }, hardware: { gpu: 'h100-sxm', precision: 'bf16', count: 8 } });
    expect(b).toMatchObject({ mfu: { low: 0.3, high: 0.5 }, model: { parameters: 1.5e9 }, tokens: 3e11, hardware: { gpu: 'a100-80gb-sxm', precision: 'bf16', count: 4 } });
    expect([...runLines]).toEqual([['a', 7], ['b', 11]]);
  });

  it('reads JSON with the same positions', () => {
    const text = '{\n  "version": 1,\n  "runs": [\n    { "id": "x", "model": { "parameters": "7B" }, "tokenz": 5 }\n  ]\n}\n';
    const [p] = problemsOf(text, 'm.json');
    expect(p).toMatchObject({ file: 'm.json', line: 4, field: 'runs[0].tokenz', message: 'unknown field "tokenz"', hint: 'did you mean "tokens"?' });
  });
});

describe('errors users can act on', () => {
  it('reports every problem of the file at once, each with line, column and field', () => {
    const problems = problemsOf(`version: 1
runs:
  - id: a
    kind: trainng
    model: { parameters: -5 }
    hardware: { gpu: h100-sxm, precison: bf16 }
  - name: no id here
    tokens: lots
`);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^m\.yml:4:11: runs\[0\]\.kind: unknown value "trainng" \(did you mean "training"\? expected one of: training, fine-tuning/),
      expect.stringMatching(/^m\.yml:5:26: runs\[0\]\.model\.parameters: must not be negative/),
      expect.stringMatching(/^m\.yml:6:32: runs\[0\]\.hardware\.precison: unknown field "precison" \(did you mean "precision"\?\)/),
      expect.stringMatching(/^m\.yml:7:5: runs\[1\]\.id: every run needs an id/),
      expect.stringMatching(/^m\.yml:8:13: runs\[1\]\.tokens: expected a number such as 405e9, "405B" or "1\.5T", got "lots"/),
    ]);
  });

  it('points at defaults when the bad value comes from there', () => {
    const problems = problemsOf('version: 1\ndefaults:\n  pue: 0.9\nruns:\n  - id: a\n  - id: b\n');
    // Once, where it is written, not once per run that inherits it.
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 8, field: 'defaults.pue', message: 'PUE is at least 1' })]);
  });

  it('reports YAML syntax errors with their position', () => {
    const [p] = problemsOf('version: 1\nruns:\n  - id: a\n    model: { parameters: 7B\n');
    expect(p).toMatchObject({ file: 'm.yml', line: expect.any(Number), message: expect.stringMatching(/^YAML syntax error/) });
  });

  it('reports duplicate keys and duplicate run ids', () => {
    expect(problemsOf('version: 1\nversion: 1\nruns: []\n')[0]!.message).toMatch(/^duplicate key/);
    const [dup] = problemsOf('version: 1\nruns:\n  - id: a\n  - id: a\n');
    expect(dup).toMatchObject({ line: 4, field: 'runs[1].id', message: 'duplicate run id "a" (first used on line 3)' });
  });

  it('suggests the closest top-level field and rejects a wrong version', () => {
    const problems = problemsOf('version: 2\nrun:\n  - id: a\n');
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['version', 'runs', 'run']));
    expect(problems.find((p) => p.field === 'run')?.hint).toBe('did you mean "runs"?');
  });

  it('rejects a document that is not a mapping', () => {
    expect(problemsOf('- a\n- b\n')[0]!.message).toMatch(/expected a manifest/);
  });
});

describe('budgets', () => {
  it('validates budgets in a manifest and in a budget file', () => {
    const { manifest } = parseManifest('version: 1\nruns: [{ id: a, gpuHours: 5, hardware: { gpu: h100-sxm } }]\nbudgets:\n  - metric: emissions\n    fail: 10k\n', 'm.yml');
    expect(manifest.budgets).toEqual([expect.objectContaining({ metric: 'emissions', fail: 10_000, scope: 'total', limit: 'absolute', figure: 'central', part: 'total' })]);
    const [p] = (() => {
      try {
        parseBudgetFile('version: 1\nbudgets:\n  - metric: emission\n    warn: 5\n    fail: 2\n', 'b.yml');
      } catch (e) {
        return (e as InputError).problems;
      }
      return [];
    })();
    expect(p).toMatchObject({ file: 'b.yml', line: 3, field: 'budgets[0].metric', hint: expect.stringContaining('did you mean "emissions"') });
  });
  it('refuses warn above fail and a budget without levels', () => {
    const problems = problemsOf('version: 1\nruns: [{ id: a }]\nbudgets:\n  - { metric: energy, warn: 5, fail: 2 }\n  - { metric: energy }\n');
    expect(problems.map((p) => p.message)).toEqual([
      'the warn limit must not be above the fail limit',
      'a budget needs a warn or a fail limit (or both)',
    ]);
  });
});

describe('catalogue ids in the schema', () => {
  it('an unknown GPU, region or provider is reported with the file\'s other problems, with suggestions', () => {
    const problems = problemsOf('version: 1\nruns:\n  - id: a\n    kind: trainng\n    region: aws:us-east1\n    provider: awss\n    hardware: { gpu: h100-sxm6 }\n');
    expect(problems.map((p) => [p.line, p.field, p.message, p.hint])).toEqual([
      [4, 'runs[0].kind', 'unknown value "trainng"', expect.stringContaining('did you mean "training"')],
      [5, 'runs[0].region', 'Unknown region "aws:us-east1"', expect.stringContaining('aws:us-east-1')],
      [6, 'runs[0].provider', 'Unknown provider "awss"', 'did you mean aws?'],
      [7, 'runs[0].hardware.gpu', 'Unknown GPU "h100-sxm6"', expect.stringContaining('h100-sxm')],
    ]);
  });
});
