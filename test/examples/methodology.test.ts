/**
 * docs/METHODOLOGY.md is the project's copy of the methodology it was given (../shared/METHODOLOGY.md)
 * plus its own **beyond** sections: every line of the given text is there, in order, unchanged, so
 * that sections 1–7 stay the methodology as given and the additions are only additions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realData } from '../support/real-data.js';

describe('docs/METHODOLOGY.md', () => {
  it('holds the given methodology line for line, in order; the project only adds', () => {
    const given = readFileSync(realData('..', 'METHODOLOGY.md'), 'utf8').split('\n');
    const ours = readFileSync('docs/METHODOLOGY.md', 'utf8').split('\n');
    let at = 0;
    const missing: string[] = [];
    for (const line of given) {
      const found = ours.indexOf(line, at);
      if (found < 0) missing.push(line);
      else at = found + 1;
    }
    expect(missing).toEqual([]);
  });

  it('states where it departs from sections 1–7 (section 8.1)', () => {
    const text = readFileSync('docs/METHODOLOGY.md', 'utf8');
    expect(text).toMatch(/^### 8\.1 Where the project departs from sections 1–7, and why$/m);
    // Every addition inside sections 1–7 is marked as such.
    const seed = text.slice(0, text.indexOf('## 8.'));
    for (const heading of seed.match(/^#{3,} .*$/gm) ?? []) expect(heading).toContain('**beyond**');
  });
});
