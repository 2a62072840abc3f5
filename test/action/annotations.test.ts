/** Annotations beyond GitHub's 10 per level are listed in the job summary, within the room fit.ts keeps for them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotations } from '../../src/action/annotations.js';
import { SUMMARY_LIMIT_BYTES } from '../../src/action/fit.js';

describe('folded annotations', () => {
  beforeEach(() => {
    // The issued ones are workflow commands on stdout.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it('are listed (at most 100), counted beyond, and fit the room the job summary keeps', () => {
    const a = new Annotations();
    for (let i = 0; i < 300; i++) a.warning(`${i} ${'é'.repeat(600)}`, { file: `${'d/'.repeat(100)}f.yml`, startLine: i + 1 });
    const folded = a.foldedSummary()!;
    expect(folded).toContain('GitHub shows 10 annotations of each level per step: 290 warnings more are folded here.');
    expect(Buffer.byteLength(folded)).toBeLessThan(1024 * 1024 - SUMMARY_LIMIT_BYTES);
    const listed = folded.split('\n').filter((l) => l.startsWith('warning: '));
    expect(listed.length).toBeGreaterThan(0);
    expect(folded).toContain(`… and ${290 - listed.length} more`);
  });

  it('short ones: the first 100 listed, the rest counted', () => {
    const a = new Annotations();
    for (let i = 0; i < 130; i++) a.error(`problem ${i}`);
    const listed = a.foldedSummary()!.split('\n').filter((l) => l.startsWith('error: '));
    // 9 issued (one kept for the step's failure), 100 listed of the 121 folded.
    expect(listed).toHaveLength(100);
    expect(listed[0]).toBe('error: problem 9');
    expect(a.foldedSummary()).toContain('… and 21 more');
  });
});
