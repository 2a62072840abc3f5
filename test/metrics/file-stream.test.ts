/**
 * FileChunkStream, the stream WorkspaceReader.openStream gives (the path the action and the CLI read
 * metrics through): chunks in two reused buffers, no read-ahead, the file closed however reading stops.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.js';
import { parseMetricsStream } from '../../src/inputs/metrics/index.js';
import { FileChunkStream } from '../../src/inputs/metrics/lines.js';
import { WorkspaceReader } from '../../src/inputs/tree.js';
import { fixture, fixturePath } from './helpers.js';

const PROC_FD = '/proc/self/fd';

/** How many of this process's file descriptors point at `file` (null where /proc is not available). */
function openDescriptors(file: string): number | null {
  if (!existsSync(PROC_FD)) return null;
  let n = 0;
  for (const fd of readdirSync(PROC_FD)) {
    try {
      if (readlinkSync(path.join(PROC_FD, fd)) === file) n++;
    } catch {
      // closed meanwhile
    }
  }
  return n;
}

/**
 * Waits until the stream has closed (its file is closed before 'close' is emitted). A stream left
 * early is destroyed with an AbortError, which the async iterator's own listener takes.
 */
async function closed(stream: Readable): Promise<void> {
  if (stream.closed) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = await Promise.race([
    new Promise<boolean>((resolve) => stream.once('close', () => resolve(true))),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5000))),
  ]);
  clearTimeout(timer);
  expect(done, 'the stream is closed').toBe(true);
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'metrics-stream-'));
}

describe('FileChunkStream', () => {
  it('gives the file, and a chunk stays intact while the consumer holds it (no read-ahead into its buffer)', async () => {
    const file = fixturePath('nvidia-smi-4gpu-gap.csv');
    const bytes = fixture('nvidia-smi-4gpu-gap.csv');
    const stream = new FileChunkStream(file, null, 512);
    const parts: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const copy = Buffer.from(chunk);
      // an asynchronous consumer: were the next read already under way, it would land in one of
      // the two buffers, this one included
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(chunk.equals(copy)).toBe(true);
      parts.push(copy);
    }
    expect(parts.length).toBeGreaterThan(2);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    await closed(stream);
  });

  it('sizes its buffers to a small file', async () => {
    const file = fixturePath('metrics.json');
    const size = fixture('metrics.json').length;
    const stream = new FileChunkStream(file, size);
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.buffer.byteLength).toBeLessThan(1 << 20);
  });

  it('closes the file when a for await breaks, or when destroyed before reading', async () => {
    const file = fixturePath('nvidia-smi-4gpu-gap.csv');
    const stream = new FileChunkStream(file, null, 16);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      expect(chunk.length).toBe(16);
      if (openDescriptors(file) !== null) expect(openDescriptors(file)).toBe(1);
      break;
    }
    await closed(stream);
    expect(stream.destroyed).toBe(true);
    expect(openDescriptors(file) ?? 0).toBe(0);

    const unread = new FileChunkStream(file);
    unread.destroy();
    await closed(unread);
    expect(openDescriptors(file) ?? 0).toBe(0);
  });

  it('fails as fs.createReadStream does on a file that cannot be read', async () => {
    const dir = tempDir();
    const drain = async (s: Readable) => {
      for await (const chunk of s) void chunk;
    };
    const ours = await drain(new FileChunkStream(dir)).catch((e: NodeJS.ErrnoException) => e.code);
    const node = await drain(createReadStream(dir)).catch((e: NodeJS.ErrnoException) => e.code);
    expect(ours).toBe('EISDIR');
    expect(ours).toBe(node);
    const missing = path.join(dir, 'gone.csv');
    expect(await drain(new FileChunkStream(missing)).catch((e: NodeJS.ErrnoException) => e.code)).toBe('ENOENT');
  });
});

describe('WorkspaceReader.openStream → parseMetricsStream', () => {
  it('streams a FileChunkStream, and closes the file once parsed', async () => {
    const dir = path.dirname(fixturePath('metrics.json'));
    const reader = new WorkspaceReader(dir);
    for (const name of ['nvidia-smi-4gpu-gap.csv', 'codecarbon-emissions.csv', 'metrics-array.json']) {
      const stream = (await reader.openStream(name))!;
      expect(stream).toBeInstanceOf(FileChunkStream);
      await parseMetricsStream(stream, name);
      await closed(stream);
      expect(openDescriptors(path.join(dir, name)) ?? 0, name).toBe(0);
    }
  });

  it('closes the file when reading stops early: unknown format, JSON cap, a bad header, a parse error', async () => {
    const dir = tempDir();
    const big = 3 << 20; // several chunks: reading stops before the end
    const files: Record<string, string> = {
      'odd.csv': `a,b,c\n${'1,2,3\n'.repeat(big / 6)}`,
      'big.json': `{"runId": "a", "pad": "${'x'.repeat(big)}"}`,
      'header.csv': `timestamp,run_id,emissions\n${'1,2,3\n'.repeat(big / 6)}`,
      'bad.csv': `run_id,duration,energy_consumed\n${'a,1,2,3\n'.repeat(big / 8)}`,
      'smi.csv': `timestamp, power.draw [mW]\n${'2024/05/01 00:00:00.000, 300 W\n'.repeat(big / 32)}`,
    };
    const reader = new WorkspaceReader(dir);
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), text);
      const stream = (await reader.openStream(name))!;
      const error = await parseMetricsStream(stream, name, { maxBytes: 1 << 20 }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(InputError);
      await closed(stream);
      expect(stream.destroyed, name).toBe(true);
      expect(openDescriptors(path.join(dir, name)) ?? 0, name).toBe(0);
    }
  });

  it('refuses a JSON file over the cap from its size, before reading it', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'runs'));
    writeFileSync(path.join(dir, 'runs', 'big.json'), `{"runId": "a", "pad": "${'x'.repeat(5000)}"}`);
    const stream = (await new WorkspaceReader(dir).openStream('runs/big.json'))!;
    await expect(parseMetricsStream(stream, 'runs/big.json', { maxBytes: 4096 })).rejects.toThrow(
      /^runs\/big\.json: metrics JSON is 5025 bytes \(4\.9 KiB\), over the 4096-byte cap \(4 KiB\)/,
    );
  });
});
