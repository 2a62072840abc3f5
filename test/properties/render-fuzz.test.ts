/**
 * Rendering fuzz: run ids, names, components, tags, regions and metrics file names full of markdown
 * and HTML (`|`, `<script>`, `@user`, `[x](http://evil)`, backticks, newlines, `<!-- -->`, autolinks)
 * must come out inert in the report and in the PR comment: no raw `<` but our own tags, no mention,
 * no link, no URL, no broken table row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/model/diff.js';
import { METHOD_URL_DEFAULT, renderDiffMarkdown, renderReportMarkdown } from '../../src/outputs/markdown.js';
import { cellsOf, load, manifestArb, markdownTables, RUNS, runTableOf, serialise, type ManifestObject } from './arbitraries.js';

// ---------------------------------------------------------------------------------- hostile text

const PIECES = [
  '|', '||', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<', '>', '@user', '@org/team', '@', 'a@b.c',
  '[x](http://evil)', '](', '[', ']', '(', ')', '![i](https://evil.com/i.png)', '`', '```', '\n', '\r\n', '\r', '\n\n| a | b |\n',
  '<!-- -->', '<!--', '-->', 'www.evil.com', 'WWW.EVIL.COM', 'https://evil.com', 'http:', '//', ':', 'mailto:x@y.z',
  '<details>', '</summary>', '&lt;', '&#64;', '&#124;', '\\', '\\|', '*', '_', '~', '#', '!', '"', "'", '\u2028', '\u2029',
  '\u0085', '\u0000', '\t', '\u200b', '\u202e', '😀', 'é', ' ', '   ', 'x',
];
const pieceArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const hostileArb = fc.array(pieceArb, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
/** Run ids must be non-empty, at most 200 characters and not start with white space. */
const hostileIdArb = hostileArb.map((s) => `r${s}`.slice(0, 180));
/** Git ref names cannot hold spaces, ~^:?*[\ or control characters, but can hold <, >, @, |, ( and ). */
const refArb = fc.array(fc.constantFrom('main', 'feat/', '<b>', '@user', '|', '(x)', 'x]', '.', '-', '_', '#1', '!'), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
/** File names for `metrics:` (no path separators, no globs, no leading `!`). */
const fileNameArb = fc
  .array(fc.constantFrom('m', '<script>', '@user', '|', '`', '](x)', 'www.', '#', '_', '"', ' ', 'é'), { minLength: 1, maxLength: 4 })
  .map((p) => `${p.join('')}.json`);

interface Hostile {
  readonly ids: string[];
  readonly names: (string | undefined)[];
  readonly components: (string | undefined)[];
  readonly tags: string[][];
  readonly regions: (string | undefined)[];
  readonly metricsFiles: (string | undefined)[];
  readonly removedId: string;
  readonly baseRef: string;
}

const hostileFieldsArb = (n: number): fc.Arbitrary<Hostile> =>
  fc.record({
    ids: fc.uniqueArray(hostileIdArb, { minLength: n + 1, maxLength: n + 1 }),
    names: fc.array(fc.option(hostileArb, { nil: undefined }), { minLength: n, maxLength: n }),
    components: fc.array(fc.option(hostileArb, { nil: undefined }), { minLength: n, maxLength: n }),
    tags: fc.array(fc.array(hostileArb, { maxLength: 2 }), { minLength: n, maxLength: n }),
    regions: fc.array(fc.option(hostileArb.filter((s) => s.trim() !== ''), { nil: undefined }), { minLength: n, maxLength: n }),
    metricsFiles: fc.array(fc.option(fileNameArb, { nil: undefined }), { minLength: n, maxLength: n }),
    removedId: fc.constant(''),
    baseRef: refArb,
  }).map((h) => ({ ...h, removedId: h.ids[n]!, ids: h.ids.slice(0, n) }));

interface Scenario {
  readonly head: ManifestObject;
  readonly base: ManifestObject;
  readonly files: Record<string, string>;
  readonly baseRef: string;
}

/** Head and base manifests with hostile labels: runs unchanged, renamed (previousId), added and removed. */
const scenarioArb: fc.Arbitrary<Scenario> = manifestArb.chain((m) =>
  hostileFieldsArb(m.runs.length).map((h): Scenario => {
    const files: Record<string, string> = {};
    const headRuns = m.runs.map((run, i) => {
      const r: Record<string, unknown> = { ...run, id: h.ids[i]! };
      if (h.names[i] !== undefined) r.name = h.names[i];
      if (h.components[i] !== undefined) r.component = h.components[i];
      r.tags = h.tags[i];
      // Regions are catalogue ids, checked by the schema: hostile text there is refused, never rendered.
      if (h.regions[i] !== undefined) r.gridIntensity = 0.3;
      const file = h.metricsFiles[i];
      if (file !== undefined && !(file in files)) {
        r.metrics = file;
        files[file] = JSON.stringify({ runId: h.ids[i], hours: 2, gpuCount: 4, energyKwh: 10 });
      }
      return r as ManifestObject['runs'][number];
    });
    const baseRuns: ManifestObject['runs'] = [];
    headRuns.forEach((r, i) => {
      if (i % 3 === 0) baseRuns.push({ ...r });
      else if (i % 3 === 1) {
        const old = `${r.id}\n<old>@x`;
        baseRuns.push({ ...r, id: old });
        r.previousId = old;
      }
    });
    baseRuns.push({ ...headRuns[0]!, id: h.removedId, previousId: undefined } as ManifestObject['runs'][number]);
    const { defaults } = m;
    return {
      head: { version: 1, ...(defaults ? { defaults } : {}), runs: headRuns },
      base: { version: 1, ...(defaults ? { defaults } : {}), runs: baseRuns.map((r) => JSON.parse(JSON.stringify(r))) },
      files,
      baseRef: h.baseRef,
    };
  }),
);

// ---------------------------------------------------------------------------------- checks

/** Our own markup: the only places where `<`, `](` and `://` may appear. */
const OWN_TAGS = /<\/?details>|<\/?summary>/g;
const OWN_LINKS = [`[Methodology](${METHOD_URL_DEFAULT})`, '[job summary](https://github.com/o/r/actions/runs/1)'];

function outsideFences(md: string): string {
  return md.replace(/```[\s\S]*?```/g, '');
}

/** Inline code spans render literally on GitHub (no mention, link or HTML): their content is inert. */
function withoutCodeSpans(md: string): string {
  return md.replace(/```[\s\S]*?```/g, (fence) => fence).replace(/(?<!`)`[^`\n]*`(?!`)/g, '``');
}

function expectInert(md: string, what: string): void {
  let text = withoutCodeSpans(md).replace(OWN_TAGS, '');
  for (const link of OWN_LINKS) text = text.split(link).join('');
  const show = (re: RegExp) => {
    const m = re.exec(text);
    return m ? `${what}: ${JSON.stringify(text.slice(Math.max(0, m.index - 80), m.index + 80))}` : '';
  };
  expect(text.includes('<'), show(/</)).toBe(false);
  expect(/@[A-Za-z0-9]/.test(text), show(/@[A-Za-z0-9]/)).toBe(false);
  expect(text.includes(']('), show(/\]\(/)).toBe(false);
  expect(text.includes('://'), show(/:\/\//)).toBe(false);
  expect(/www\./i.test(outsideFences(text)), show(/www\./i)).toBe(false);
  expect(/[\r\u2028\u2029\u0000]/.test(text), show(/[\r\u2028\u2029\u0000]/)).toBe(false);
  // Every table keeps the same number of cells in every row.
  for (const table of markdownTables(md)) {
    const width = cellsOf(table[0]!).length;
    for (const row of table) expect(cellsOf(row).length, `${what}: ${JSON.stringify(row)}`).toBe(width);
  }
}

describe('rendering hostile text', () => {
  it('the CLI report and the PR comment keep user text inert and tables intact', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.constantFrom('yaml' as const, 'json' as const), fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), async (s, format, maxRuns) => {
        const head = (await load({ 'footprint.yml': serialise(s.head, format), ...s.files })).report;
        const base = (await load({ 'footprint.yml': serialise(s.base, format), ...s.files })).report;

        const report = renderReportMarkdown(head);
        expectInert(report, 'report');
        expect(runTableOf(report).length).toBe(2 + head.runs.length + 1);

        const diff = diffReports(base, head);
        if (head.runs.length >= 2) expect(new Set(diff.runs.map((c) => c.change))).toContain('renamed');
        const full = renderDiffMarkdown(diff, { baseRef: s.baseRef, ...(maxRuns ? { maxRuns } : {}) });
        expectInert(full, 'comment');
        // The first table holds the changed runs (at most 10 above the fold, or maxRuns with a "more" row).
        const changed = diff.runs.filter((c) => c.change !== 'unchanged').length;
        const shown = Math.min(maxRuns ?? 10, changed);
        const truncated = maxRuns !== undefined && shown < changed ? 1 : 0;
        expect(runTableOf(full).length).toBe(2 + shown + truncated + 1);

        const compact = renderDiffMarkdown(diff, { baseRef: s.baseRef, compact: true, fullReportUrl: 'https://github.com/o/r/actions/runs/1' });
        expectInert(compact, 'compact comment');
        expect(runTableOf(compact).length).toBe(2 + changed + 1);

        const noBase = renderDiffMarkdown(diffReports(null, head), {});
        expectInert(noBase, 'comment without a base');
      }),
      { numRuns: RUNS.heavy },
    );
  });

  // src/outputs/markdown.ts (not owned here) prints `notes` as they are, and loadState's notes quote
  // text from metrics files (a run id that matches no run). Reproduction: passes while the bug is there.
  it('notes quoting a metrics file are escaped in the comment', async () => {
    const manifest = 'version: 1\nruns:\n  - id: a\n    gpuHours: 10\n    hardware: { gpu: h100-sxm }\n  - id: b\n    gpuHours: 10\n    hardware: { gpu: h100-sxm }\n';
    const metrics = JSON.stringify({ runId: '<img src=x onerror=alert(1)> @octocat [x](https://evil.com)\n| a |', hours: 1 });
    const { loadState } = await import('../../src/inputs/load.js');
    const { MemoryReader } = await import('../../src/inputs/tree.js');
    const state = await loadState(new MemoryReader('workspace', new Map([['f.yml', manifest], ['m.json', metrics]])), {
      manifests: ['f.yml'],
      metrics: ['m.json'],
    });
    expect(state.notes.length).toBeGreaterThan(0);
    expectInert(renderDiffMarkdown(diffReports(null, state.report), { warnings: state.notes }), 'notes');
    expectInert(renderDiffMarkdown(diffReports(null, state.report), { notes: state.notes.map((n) => `${n.file}: ${n.message}`) }), 'notes');
  });
});
