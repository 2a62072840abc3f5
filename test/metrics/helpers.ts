import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError, type InputProblem } from '../../src/inputs/errors.js';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/metrics/${name}`, import.meta.url));
}

export function fixture(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

/** The bytes as an async stream of chunks cut at the given offsets. */
export async function* chunks(bytes: Buffer | string, cuts: readonly number[] = []): AsyncGenerator<Buffer> {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const points = [...new Set(cuts.filter((c) => c > 0 && c < buf.length))].sort((a, b) => a - b);
  let from = 0;
  for (const p of points) {
    yield buf.subarray(from, p);
    from = p;
  }
  yield buf.subarray(from);
}

/** The InputError problems thrown by an (async) function; fails the test when it does not throw one. */
export async function problemsOf(f: () => unknown): Promise<readonly InputProblem[]> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  expect.fail('expected an InputError');
}

/** 1-based number of the first line that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, i).split('\n').length;
}
