/**
 * docs/validation.md is produced by `npm run validate`: rendering the page again from the current
 * sources must give the committed file, byte for byte, so no figure on it is typed in or stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderValidationPage } from '../../src/validation/sections.js';
import { realData } from '../support/real-data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('docs/validation.md', () => {
  it('is what `npm run validate -- --write` writes from the current sources', async () => {
    const page = await renderValidationPage({ realDataDir: realData() });
    expect(readFileSync(path.join(root, 'docs/validation.md'), 'utf8')).toBe(page);
  });
});
