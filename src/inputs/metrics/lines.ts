/**
 * Streaming line splitter over Buffers: hands each line to a callback as a byte range of the chunk
 * it lies in (no string is built), with its 1-based line number. Handles `\n` and `\r\n`, a final
 * line without newline, and a UTF-8 byte-order mark. Only a line that straddles two chunks is
 * copied, so memory stays flat whatever the size of the input.
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/** What the metrics parsers read from: a Node stream, or any async iterable of chunks. */
export type ByteSource = Readable | AsyncIterable<Buffer | Uint8Array | string>;

/**
 * Receives one line: bytes buf[start, end) without the line break. `terminated` is false only for a
 * last line that did not end with a newline (a log cut off while written is cut there).
 * The bytes are valid only during the call.
 */
export type LineHandler = (buf: Buffer, start: number, end: number, line: number, terminated: boolean) => void;

export interface LineOptions {
  /** Name of the file in error messages. */
  readonly file?: string;
  /** A longer line is an error (it would otherwise have to be held whole in memory). Default 16 MiB. */
  readonly maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

const LF = 10;
const CR = 13;

/** A chunk of a metrics source as a Buffer (not copied when it is one already). */
export function toBuffer(chunk: unknown): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('metrics stream must yield Buffers or strings');
}

/**
 * Push-style splitter: feed chunks with `push`, then call `end` once. It keeps no reference to a
 * chunk once `push` returns (a partial last line is copied), so a source may reuse its buffers.
 */
export class LineSplitter {
  private carry: Buffer[] = [];
  private carryLength = 0;
  private bomChecked = false;
  private lineNo = 0;
  private readonly maxLineBytes: number;
  private readonly file: string;

  constructor(options: LineOptions = {}) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.file = options.file ?? '<input>';
  }

  /** Lines handed out so far. */
  get lines(): number {
    return this.lineNo;
  }

  push(chunk: Buffer | Uint8Array | string, onLine: LineHandler): void {
    let buf = toBuffer(chunk);
    if (buf.length === 0) return;
    if (!this.bomChecked) {
      if (this.carryLength + buf.length < 3) {
        this.keep(buf);
        return;
      }
      if (this.carryLength > 0) {
        buf = Buffer.concat([...this.carry, buf]);
        this.carry = [];
        this.carryLength = 0;
      }
      this.bomChecked = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    this.split(buf, onLine);
  }

  private split(buf: Buffer, onLine: LineHandler): void {
    const len = buf.length;
    let pos = 0;
    if (this.carryLength > 0) {
      const nl = buf.indexOf(LF);
      if (nl < 0) {
        this.keep(buf);
        return;
      }
      const joined = this.takeCarry(buf.subarray(0, nl));
      this.emitWhole(joined, true, onLine);
      pos = nl + 1;
    }
    pos = this.splitLines(buf, pos, onLine);
    if (pos < len) this.keep(buf.subarray(pos));
  }

  /**
   * The hot loop, alone in its function: V8 compiles it on-stack while it runs, before anything
   * after the loop has run, and code after the loop in the same function would then be compiled
   * without type feedback and throw the optimised code away at the end of every chunk. Returns
   * the offset of the unfinished last line.
   */
  private splitLines(buf: Buffer, pos: number, onLine: LineHandler): number {
    const len = buf.length;
    while (pos < len) {
      const nl = buf.indexOf(LF, pos);
      if (nl < 0) return pos;
      const end = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
      onLine(buf, pos, end, ++this.lineNo, true);
      pos = nl + 1;
    }
    return pos;
  }

  /** Hands out a line held whole (joined from chunks, or the last one). */
  private emitWhole(line: Buffer, terminated: boolean, onLine: LineHandler): void {
    let end = line.length;
    if (end > 0 && line[end - 1] === CR) end--;
    onLine(line, 0, end, ++this.lineNo, terminated);
  }

  end(onLine: LineHandler): void {
    if (!this.bomChecked && this.carryLength > 0) {
      const head = this.takeCarry(Buffer.alloc(0));
      this.bomChecked = true;
      this.split(head, onLine); // shorter than a BOM
    }
    if (this.carryLength === 0) return;
    this.emitWhole(this.takeCarry(Buffer.alloc(0)), false, onLine);
  }

  /** Holds a partial line; copies it, since the source may reuse its chunk. */
  private keep(piece: Buffer): void {
    if (this.carryLength + piece.length > this.maxLineBytes) {
      throw InputError.single({
        file: this.file,
        line: this.lineNo + 1,
        message: `line is longer than ${this.maxLineBytes} bytes: not a metrics file of a supported format`,
      });
    }
    this.carry.push(Buffer.from(piece));
    this.carryLength += piece.length;
  }

  private takeCarry(tail: Buffer): Buffer {
    if (this.carryLength + tail.length > this.maxLineBytes) {
      throw InputError.single({
        file: this.file,
        line: this.lineNo + 1,
        message: `line is longer than ${this.maxLineBytes} bytes: not a metrics file of a supported format`,
      });
    }
    const joined = Buffer.concat([...this.carry, tail], this.carryLength + tail.length);
    this.carry = [];
    this.carryLength = 0;
    return joined;
  }
}

/** Calls `onLine` for every line of the source; resolves to the number of lines. */
export async function scanLines(source: ByteSource, onLine: LineHandler, options: LineOptions = {}): Promise<number> {
  const splitter = new LineSplitter(options);
  for await (const chunk of source as AsyncIterable<Buffer | Uint8Array | string>) splitter.push(chunk, onLine);
  splitter.end(onLine);
  return splitter.lines;
}

export interface TextLine {
  /** The line decoded as UTF-8, without its line break. */
  readonly text: string;
  /** 1-based. */
  readonly line: number;
  /** False only for a last line that had no newline. */
  readonly terminated: boolean;
}

/**
 * The lines of the source as strings, for small inputs (CodeCarbon files): convenient, but it
 * builds one string per line, so the big nvidia-smi logs use `scanLines` instead.
 */
export async function* readLines(source: ByteSource, options: LineOptions = {}): AsyncGenerator<TextLine> {
  const splitter = new LineSplitter(options);
  let batch: TextLine[] = [];
  const collect: LineHandler = (buf, start, end, line, terminated) => {
    batch.push({ text: buf.toString('utf8', start, end), line, terminated });
  };
  for await (const chunk of source as AsyncIterable<Buffer | Uint8Array | string>) {
    splitter.push(chunk, collect);
    if (batch.length > 0) {
      const lines = batch;
      batch = [];
      yield* lines;
    }
  }
  splitter.end(collect);
  yield* batch;
}

/** Default chunk size of readFileChunks. */
export const FILE_CHUNK_BYTES = 1 << 20;

/**
 * The bytes of a file, from `position` on, as chunks read into two buffers used in turn: the next
 * chunk is being read while the consumer handles the current one. Cheaper than fs.createReadStream
 * (no allocation per chunk), but a chunk is valid only until the next one is asked for: fine for
 * LineSplitter, scanLines and the parsers built on them, which copy what they keep.
 */
export async function* readFileChunks(path: string, chunkSize = FILE_CHUNK_BYTES, position = 0): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
  let offset = position;
  let which = 0;
  let pending = handle.read(buffers[0]!, 0, chunkSize, offset);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return;
      offset += bytesRead;
      const current = buffers[which]!;
      which ^= 1;
      pending = handle.read(buffers[which]!, 0, chunkSize, offset);
      yield bytesRead === chunkSize ? current : current.subarray(0, bytesRead);
    }
  } finally {
    // a read may still be under way when the consumer stops early
    await pending.catch(() => undefined);
    await handle.close();
  }
}

/**
 * A file as a Readable over readFileChunks: the chunks are the two reused buffers, so, as there, a
 * chunk is valid only until the next one is asked for. The stream never reads ahead (highWaterMark
 * 0): the next chunk is asked for only when the consumer reads again, which for `for await` and the
 * metrics parsers is once it is done with the current chunk. A consumer that keeps chunks (collects
 * them, pipes them to a writer that buffers) must copy them. Destroying the stream (a `for await`
 * that breaks, an iterator's `return()`) closes the file.
 */
export class FileChunkStream extends Readable {
  private readonly chunks: AsyncGenerator<Buffer>;

  /**
   * `size`: the file's size when it was opened, if known (lets a capped reader refuse it at once,
   * and a small file gets small buffers: from 64 KiB up to `FILE_CHUNK_BYTES`).
   */
  constructor(
    readonly path: string,
    readonly size: number | null = null,
    chunkSize = size === null ? FILE_CHUNK_BYTES : Math.min(FILE_CHUNK_BYTES, Math.max(64 * 1024, size + 1)),
  ) {
    super({ highWaterMark: 0 });
    this.chunks = readFileChunks(path, chunkSize);
  }

  override _read(): void {
    this.chunks.next().then(
      (r) => {
        if (this.destroyed) return;
        this.push(r.done ? null : r.value);
      },
      (e: unknown) => this.destroy(e as Error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // Waits for a read under way, then closes the file (readFileChunks' finally).
    this.chunks.return(undefined).then(
      () => callback(error),
      (e: unknown) => callback(error ?? (e as Error)),
    );
  }
}
