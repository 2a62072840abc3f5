/**
 * Hostile inputs: alias bombs, deep nesting, prototype-pollution keys, oversized files, paths that
 * escape the workspace, figures that overflow. Each must be refused with an InputError that names
 * the file, quickly and without crashing or side effects.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type InputProblem } from '../../src/inputs/errors.js';
import { loadState } from '../../src/inputs/load.js';
import { parseManifest } from '../../src/inputs/manifest/parse.js';
import { DEFAULT_MAX_JSON_BYTES, parseMetricsStream } from '../../src/inputs/metrics/index.js';
import { MAX_MANIFEST_BYTES, MemoryReader, WorkspaceReader, type TreeReader } from '../../src/inputs/tree.js';

const RUN = 'version: 1\nruns:\n  - id: pretrain\n    model: { parameters: 7B }\n    tokens: 1T\n    hardware: { gpu: h100-sxm, count: 8 }\n';

/** The InputError problems thrown by `f`; fails on success or on any other exception. */
async function problemsOf(f: () => unknown): Promise<readonly InputProblem[]> {
  try {
    await f();
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`, { cause: e });
    return e.problems;
  }
  return expect.fail('expected an InputError');
}

function memory(files: Record<string, string | Buffer>): MemoryReader {
  return new MemoryReader('workspace', new Map(Object.entries(files)));
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

// ---------------------------------------------------------------------------------- YAML

describe('YAML and JSON bombs', () => {
  /** "Billion laughs": 9 levels of 10 aliases each expand to 10^9 strings. */
  function billionLaughs(): string {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    return `${lines.join('\n')}\nversion: 1\nruns:\n  - id: bomb\n    tags: *a9\n`;
  }

  it('an alias bomb ("billion laughs") is refused with an InputError in well under a second', async () => {
    const text = billionLaughs();
    const { value: problems, ms } = timed(() => {
      try {
        parseManifest(text, 'bomb.yml');
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).problems;
      }
      return expect.fail('the alias bomb was accepted');
    });
    expect(ms).toBeLessThan(1000);
    expect(problems[0]!.file).toBe('bomb.yml');
    expect(problems[0]!.message).toMatch(/alias/i);
    // Through the loader as well.
    const t0 = performance.now();
    const viaLoad = await problemsOf(() => loadState(memory({ 'bomb.yml': text }), { manifests: ['bomb.yml'] }));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(viaLoad[0]!.file).toBe('bomb.yml');
  });

  it('a quadratic alias blow-up in a defaults block is refused too', () => {
    const anchors = Array.from({ length: 30 }, (_, i) => `  t${i}: &t${i} [${i === 0 ? 'x, x' : `*t${i - 1}, *t${i - 1}`}]`).join('\n');
    const text = `version: 1\nanchors:\n${anchors}\nruns:\n  - id: a\n    tags: *t29\n`;
    const { ms } = timed(() => expect(() => parseManifest(text, 'f.yml')).toThrow(InputError));
    expect(ms).toBeLessThan(1000);
  });

  const deep = {
    'flow sequences, unclosed': `version: 1\nruns: ${'['.repeat(10_000)}`,
    'flow sequences, closed': `version: 1\nruns: ${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    'flow mappings': `version: 1\nruns: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`,
    'JSON arrays': `{"version": 1, "runs": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    'block sequences': `version: 1\nruns:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n`,
    '40 levels (below any stack limit)': `version: 1\nruns: ${'['.repeat(40)}${']'.repeat(40)}`,
  };
  it.each(Object.entries(deep))('deep nesting (%s) is refused without a stack overflow', async (name, text) => {
    const t0 = performance.now();
    const problems = await problemsOf(() => parseManifest(text, 'deep.yml'));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.file).toBe('deep.yml');
    if (name !== 'block sequences') {
      // Flow collections are refused before yaml parses them: one clear, located problem.
      expect(problems).toEqual([expect.objectContaining({ line: expect.any(Number), message: 'the document nests deeper than 32 levels' })]);
    }
    await problemsOf(() => loadState(memory({ 'deep.yml': text }), { manifests: ['deep.yml'] }));
  });

  it('a manifest of 4 MB of brackets is refused at once', () => {
    const text = `version: 1\nruns: ${'['.repeat(MAX_MANIFEST_BYTES - 20)}`;
    const { ms } = timed(() => expect(() => parseManifest(text, 'deep.yml')).toThrow(/nests deeper than 32 levels/));
    expect(ms).toBeLessThan(500);
  });

  it('brackets and quotes inside text are not mistaken for nesting', () => {
    const name = `${'a[{'.repeat(40)} it's "[[[[" '{{' # [[[[`;
    const text = `version: 1\nruns:\n  - id: a\n    name: ${JSON.stringify(name)}\n    component: x${'['.repeat(40)}\n    tags: ["${'['.repeat(40)}", '${'{'.repeat(40)}']  # ${'['.repeat(40)}\n    gpuHours: 1\n    hardware: { gpu: h100-sxm }\n`;
    const parsed = parseManifest(text, 'f.yml');
    expect(parsed.manifest.runs[0]!.name).toBe(name);
    expect(parsed.manifest.runs[0]!.component).toBe(`x${'['.repeat(40)}`);
  });

  it('a deeply nested metrics JSON file is refused without a stack overflow', async () => {
    for (const depth of [50, 10_000, 100_000]) {
      const text = `${'['.repeat(depth)}{"runId": "a"}${']'.repeat(depth)}`;
      const problems = await problemsOf(() => parseMetricsStream(Readable.from([Buffer.from(text)]), 'deep.json'));
      for (const p of problems) expect(p.file).toBe('deep.json');
      const unclosed = `{"runId": ${'['.repeat(depth)}`;
      await problemsOf(() => parseMetricsStream(Readable.from([Buffer.from(unclosed)]), 'deep.json'));
    }
  });
});

// ---------------------------------------------------------------------------------- prototype pollution

describe('prototype-pollution keys', () => {
  const KEYS = ['__proto__', 'constructor', 'prototype'];
  const PAYLOAD = { polluted: 'yes', tokens: 5, toString: 'x' };

  /** Where a hostile key can sit in a manifest (as parsed JSON-compatible objects). */
  function placements(key: string): [string, Record<string, unknown>][] {
    const run = () => ({ id: 'a', model: { parameters: 1e9 }, tokens: 1e12, hardware: { gpu: 'h100-sxm', count: 8 } });
    const withKey = (o: Record<string, unknown>) => Object.defineProperty(o, key, { value: PAYLOAD, enumerable: true });
    return [
      ['top level', withKey({ version: 1, runs: [run()] })],
      ['run', { version: 1, runs: [withKey(run())] }],
      ['defaults', { version: 1, defaults: withKey({ region: 'FR' }), runs: [run()] }],
      ['hardware', { version: 1, runs: [{ ...run(), hardware: withKey({ gpu: 'h100-sxm', count: 8 }) }] }],
      ['model', { version: 1, runs: [{ ...run(), model: withKey({ parameters: 1e9 }) }] }],
      ['budget', { version: 1, runs: [run()], budgets: [withKey({ metric: 'emissions', warn: 1 })] }],
    ];
  }

  function yamlOf(o: unknown, indent = ''): string {
    // A small emitter that writes every own key, `__proto__` included, as YAML block mappings.
    if (Array.isArray(o)) return o.map((v) => `\n${indent}- ${yamlOf(v, `${indent}  `).trimStart()}`).join('');
    if (o !== null && typeof o === 'object') {
      return Object.keys(o)
        .map((k) => {
          const v = (o as Record<string, unknown>)[k];
          const inner = yamlOf(v, `${indent}  `);
          return `\n${indent}${k}:${inner.startsWith('\n') ? inner : ` ${inner}`}`;
        })
        .join('');
    }
    return JSON.stringify(o);
  }

  const cases = KEYS.flatMap((key) =>
    placements(key).flatMap(([where, manifest]) => [
      [key, where, 'JSON', JSON.stringify(manifest)] as const,
      [key, where, 'YAML', yamlOf(manifest).trimStart()] as const,
    ]),
  );

  it.each(cases)('%s in the %s (%s) is an unknown field and pollutes nothing', async (key, where, _format, text) => {
    expect(text).toContain(key);
    const problems = await problemsOf(() => loadState(memory({ 'f.yml': text }), { manifests: ['f.yml'] }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(String({})).toBe('[object Object]');
    // Reported as the unknown key itself, not as the keys of its value.
    const hit = problems.find((p) => p.field?.endsWith(key));
    expect(hit, `${where}: ${JSON.stringify(problems)}`).toBeDefined();
    expect(hit!.message).toMatch(/unknown field/);
    expect(hit!.line).toBeGreaterThanOrEqual(1);
    expect(problems.some((p) => /polluted/.test(p.field ?? ''))).toBe(false);
  });

  it('a run-level __proto__ cannot smuggle in field values through the prototype', async () => {
    const text = 'version: 1\nruns:\n  - id: a\n    __proto__: { tokens: 5 }\n    model: { parameters: 1 }\n    hardware: { gpu: h100-sxm }\n';
    const problems = await problemsOf(() => parseManifest(text, 'f.yml'));
    expect(problems).toEqual([expect.objectContaining({ field: 'runs[0].__proto__', line: 4, message: 'unknown field "__proto__"' })]);
  });

  it('__proto__ in a metrics JSON file is an unknown key and pollutes nothing', async () => {
    const text = '{ "runId": "a", "__proto__": { "polluted": "yes", "energyKwh": 5 }, "hours": 1 }';
    const problems = await problemsOf(() => parseMetricsStream(Readable.from([Buffer.from(text)]), 'm.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems.some((p) => p.field === '__proto__')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------- size caps and paths

describe('workspace files', () => {
  let root: string;
  let outside: string;

  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-footprint-hostile-'));
    root = path.join(base, 'ws');
    outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(root, 'manifests'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.yml'), RUN);
    fs.writeFileSync(path.join(outside, 'secret.json'), '{"runId": "pretrain", "hours": 1}');
    fs.writeFileSync(path.join(root, 'footprint.yml'), RUN);
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(root, 'link.yml'));
    fs.symlinkSync(outside, path.join(root, 'linkdir'));
    fs.symlinkSync(path.join(outside, 'missing.yml'), path.join(root, 'dangling.yml'));
  });
  afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  const oversized = () => `${RUN}# ${'x'.repeat(MAX_MANIFEST_BYTES)}\n`;

  it('a manifest over the size cap is refused with a clear message (WorkspaceReader and MemoryReader)', async () => {
    const text = oversized();
    fs.writeFileSync(path.join(root, 'big.yml'), text);
    const readers: TreeReader[] = [new WorkspaceReader(root), memory({ 'big.yml': text })];
    for (const reader of readers) {
      const problems = await problemsOf(() => loadState(reader, { manifests: ['big.yml'] }));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.file).toBe('big.yml');
      expect(problems[0]!.message, reader.label).toMatch(/above the .*limit/);
    }
    // MemoryReader gives exact sizes: "4.0 MB, above the 4.0 MB limit" would not say why.
    const [memoryProblem] = await problemsOf(() => memory({ 'big.yml': text }).readText('big.yml', MAX_MANIFEST_BYTES));
    expect(memoryProblem!.message).toContain(`${Buffer.byteLength(text).toLocaleString('en-US')} bytes`);
    expect(memoryProblem!.message).toContain(`${MAX_MANIFEST_BYTES.toLocaleString('en-US')}-byte`);
    // Exactly at the cap is fine.
    const atCap = `${RUN}#${'x'.repeat(MAX_MANIFEST_BYTES - Buffer.byteLength(RUN) - 2)}\n`;
    expect(Buffer.byteLength(atCap)).toBe(MAX_MANIFEST_BYTES);
    await expect(loadState(memory({ 'f.yml': atCap }), { manifests: ['f.yml'] })).resolves.toBeDefined();
  });

  it.each([
    ['../outside/secret.yml', /inside the workspace/],
    ['manifests/../../outside/secret.yml', /inside the workspace/],
    ['link.yml', /symlink points to/],
    ['linkdir/secret.yml', /symlink points to/],
    ['dangling.yml', /symlink points to/],
  ])('WorkspaceReader refuses %s (escapes the workspace)', async (p, message) => {
    const reader = new WorkspaceReader(root);
    for (const f of [() => reader.readText(p, MAX_MANIFEST_BYTES), () => reader.openStream(p), () => reader.expand([p])]) {
      const problems = await problemsOf(f);
      expect(problems[0]!.file).toBe(p);
      expect(problems[0]!.message).toMatch(message);
    }
    const viaLoad = await problemsOf(() => loadState(reader, { manifests: [p] }));
    expect(viaLoad[0]!.message).toMatch(message);
  });

  it('WorkspaceReader refuses absolute paths outside the workspace and globs that reach out', async () => {
    const reader = new WorkspaceReader(root);
    for (const p of [path.join(outside, 'secret.yml'), '/etc/passwd']) {
      const problems = await problemsOf(() => reader.readText(p, MAX_MANIFEST_BYTES));
      expect(problems[0]!.message).toMatch(/inside the workspace/);
    }
    await problemsOf(() => reader.expand(['../outside/*.yml']));
    await problemsOf(() => reader.expand(['linkdir/*.yml']));
    await problemsOf(() => reader.readText('foo\0bar', MAX_MANIFEST_BYTES));
  });

  it("the CLI's unconfined reader reads outside the workspace, through the same resolver: a NUL in a path is refused, not taken for a missing file", async () => {
    const reader = new WorkspaceReader(root, { confined: false });
    expect(await reader.readText(path.join('..', path.basename(outside), 'secret.yml'), MAX_MANIFEST_BYTES)).toBe(RUN);
    for (const f of [() => reader.readText('foo\0bar', MAX_MANIFEST_BYTES), () => reader.openStream('foo\0bar'), () => reader.expand(['foo\0bar'])]) {
      expect(await problemsOf(f)).toEqual([expect.objectContaining({ file: 'foo\0bar', message: expect.stringMatching(/^(input|metrics) file path contains a NUL character$/) })]);
    }
  });

  it.each([
    ['../../etc/passwd'],
    ['../../outside/secret.json'],
    ['/etc/passwd'],
    ['../../**/passwd'],
    ['../../../../../../../../usr/**/*'],
    ['C:\\Windows\\win.ini'],
    ['!../../etc/passwd'],
    // path.join takes a brace group for a name; the glob expands it into `..`
    ['{..,x}/../**/passwd'],
    ['../{..,metrics}/*.json'],
  ])('a run whose metrics: is %s is refused before anything outside is read or listed', async (metrics) => {
    const manifest = `${RUN}    metrics: ${JSON.stringify(metrics)}\n`;
    fs.writeFileSync(path.join(root, 'manifests', 'm.yml'), manifest);
    for (const reader of [new WorkspaceReader(root), memory({ 'manifests/m.yml': manifest, 'manifests/ok.json': '{}' })]) {
      const t0 = performance.now();
      const problems = await problemsOf(() => loadState(reader, { manifests: ['manifests/m.yml'] }));
      // A glob such as ../../**/* must not walk the runner's disk first.
      expect(performance.now() - t0).toBeLessThan(500);
      expect(problems).toEqual([
        expect.objectContaining({ file: 'manifests/m.yml', line: 7, field: 'runs[0].metrics', message: expect.stringMatching(/leads outside the workspace/) }),
      ]);
    }
  });

  it('a run metrics: path through a symlink that points out of the workspace is refused', async () => {
    fs.writeFileSync(path.join(root, 'manifests', 'link.yml'), `${RUN}    metrics: ../linkdir/secret.json\n`);
    const problems = await problemsOf(() => loadState(new WorkspaceReader(root), { manifests: ['manifests/link.yml'] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'linkdir/secret.json', message: expect.stringMatching(/symlink points to/) })]);
  });

  it('a run metrics: path that climbs out of the manifest directory but stays inside is fine', async () => {
    fs.mkdirSync(path.join(root, 'metrics'), { recursive: true });
    fs.writeFileSync(path.join(root, 'metrics', 'pretrain.json'), '{"runId": "pretrain", "hours": 2, "gpuCount": 8}');
    fs.writeFileSync(path.join(root, 'manifests', 'inside.yml'), `${RUN}    metrics: ../metrics/pretrain.json\n`);
    const state = await loadState(new WorkspaceReader(root), { manifests: ['manifests/inside.yml'] });
    expect(state.report.runs[0]!.run.measurements).toEqual(['metrics/pretrain.json']);
  });

  it('a brace group without `..` in it is a plain glob: it stays inside and matches', async () => {
    fs.mkdirSync(path.join(root, 'metrics'), { recursive: true });
    fs.writeFileSync(path.join(root, 'metrics', 'pretrain.json'), '{"runId": "pretrain", "hours": 2, "gpuCount": 8}');
    fs.writeFileSync(path.join(root, 'manifests', 'braces.yml'), `${RUN}    metrics: "../{metrics,logs}/{pretrain,other}.json"\n`);
    const state = await loadState(new WorkspaceReader(root), { manifests: ['manifests/braces.yml'] });
    expect(state.report.runs[0]!.run.measurements).toEqual(['metrics/pretrain.json']);
  });

  it('a JSON metrics file above its cap is refused (stream, MemoryReader and WorkspaceReader)', async () => {
    const small = Buffer.from(`{"runId": "pretrain", "hours": 1, "tokens": 1${'0'.repeat(2000)}}`);
    const problems = await problemsOf(() => parseMetricsStream(Readable.from([small]), 'm.json', { maxBytes: 1024 }));
    expect(problems[0]).toMatchObject({ file: 'm.json' });
    expect(problems[0]!.message).toMatch(/over the 1024-byte cap/);

    // The default cap, through the loader: a file of cap + 1 bytes, as one chunk and as a real file.
    const big = Buffer.alloc(DEFAULT_MAX_JSON_BYTES + 1, 0x20);
    big.write('{"runId": "pretrain", "hours": 1}', 0);
    const manifest = `${RUN}    metrics: big.json\n`;
    const viaMemory = await problemsOf(() => loadState(memory({ 'f.yml': manifest, 'big.json': big }), { manifests: ['f.yml'] }));
    expect(viaMemory[0]).toMatchObject({ file: 'big.json' });
    expect(viaMemory[0]!.message).toMatch(/cap/);

    const file = path.join(root, 'big.json');
    fs.writeFileSync(file, '{"runId": "pretrain", "hours": 1}');
    fs.truncateSync(file, DEFAULT_MAX_JSON_BYTES + 1); // sparse: cheap to write
    fs.writeFileSync(path.join(root, 'f.yml'), manifest);
    const viaDisk = await problemsOf(() => loadState(new WorkspaceReader(root), { manifests: ['f.yml'] }));
    expect(viaDisk[0]).toMatchObject({ file: 'big.json' });
    expect(viaDisk[0]!.message).toMatch(/cap/);
  });
});

// ---------------------------------------------------------------------------------- overflowing figures

describe('figures that overflow', () => {
  it.each([
    ['parameters × tokens', '    model: { parameters: 1e300 }\n    tokens: 1e300\n    hardware: { gpu: h100-sxm }'],
    ['a subnormal MFU', '    model: { parameters: 7B }\n    tokens: 1T\n    mfu: 5e-324\n    hardware: { gpu: h100-sxm }'],
    ['energy × PUE', '    energyKwh: 1e308\n    pue: 2\n    hardware: { gpu: h100-sxm }'],
    ['absurd GPU-hours', '    gpuHours: 1e300\n    hardware: { gpu: h100-sxm }'],
  ])('%s: refused with an InputError on the run, never reported as Infinity', async (_, body) => {
    const text = `version: 1\nruns:\n  - id: a\n${body}\n`;
    const problems = await problemsOf(() => loadState(memory({ 'f.yml': text }), { manifests: ['f.yml'] }));
    expect(problems[0]).toMatchObject({ file: 'f.yml', line: 3, field: 'runs[0]' });
    expect(problems[0]!.message).toMatch(/out of range/);
  });

  it('an overflowing metrics file attached to a run is refused, naming the file', async () => {
    const text = `${RUN}    metrics: power.csv\n`;
    const power = 'timestamp, index, name, power.draw [W]\n2024/05/01 12:00:00.000, 0, H100, 1e308 W\n2024/05/01 12:00:01.000, 0, H100, 1e308 W\n';
    const problems = await problemsOf(() => loadState(memory({ 'f.yml': text, 'power.csv': power }), { manifests: ['f.yml'] }));
    // Refused by the parser itself, cell by cell: the problem names the file, line and column.
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['power.csv:2 power.draw', 'power.csv:3 power.draw']);
  });
});
