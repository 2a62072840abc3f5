/** Invalid input in the job summary: plain text, bounded, every problem also annotated. */
import { describe, expect, it } from 'vitest';
import { invalidInputMarkdown, problemLines } from '../../src/outputs/problems-markdown.js';

describe('invalid input in the job summary', () => {
  it('lists the first 100 problems as plain text and counts the rest', () => {
    const problems = Array.from({ length: 5000 }, (_, i) => ({ file: 'footprint.yml', line: i + 1, column: 3, field: `runs[${i}].colour`, message: 'unknown field "colour"' }));
    const md = invalidInputMarkdown(problems);
    expect(md.startsWith('## ML training footprint: invalid input\n\n```text\nfootprint.yml:1:3: runs[0].colour: unknown field "colour"\n')).toBe(true);
    expect(md).toContain('\nfootprint.yml:100:3: runs[99].colour: unknown field "colour"\n… and 4900 more\n```\n');
    expect(md).not.toContain('runs[100]');
    expect(problemLines(problems.slice(0, 2))).toEqual(['footprint.yml:1:3: runs[0].colour: unknown field "colour"', 'footprint.yml:2:3: runs[1].colour: unknown field "colour"']);
  });

  it('quotes the user\'s text literally: no HTML, no markdown, no way out of the block', () => {
    const md = invalidInputMarkdown([{ file: 'a.yml', message: 'bad value "<img src=x>" ```\n## injected' }]);
    expect(md.match(/```/g)).toHaveLength(2);
    expect(md).toContain("<img src=x>\" '''");
    // The text stays inside the one block: nothing follows its closing fence.
    expect(md.endsWith("'''\n## injected\n```\n")).toBe(true);
  });
});
