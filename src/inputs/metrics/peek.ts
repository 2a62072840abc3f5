/**
 * The first bytes of a stream, to tell its format, and the whole stream again for the reader that
 * format calls for. Chunks read ahead are copied (a FileChunkStream reuses its buffers).
 */
import { toBuffer, type ByteSource } from './lines.js';

export interface PeekedSource {
  /** The first bytes decoded as UTF-8, cut before a character that straddles the limit. */
  readonly head: string;
  /** The chunks read ahead (copies), and their total size. */
  readonly chunks: readonly Buffer[];
  readonly size: number;
  /** Whether `head` is the whole source (it ended within the bytes looked at). */
  readonly whole: boolean;
  /** The source after the chunks read ahead. */
  readonly rest: AsyncIterator<Buffer>;
  /** The whole source: the chunks read ahead, then the rest. */
  replay(): AsyncGenerator<Buffer>;
  /** Releases the source (closes its file) unless it was read to its end. */
  release(): Promise<void>;
}

export async function peekSource(source: ByteSource, bytes: number): Promise<PeekedSource> {
  const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  let ended = false;
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < bytes) {
    const { value, done } = await iterator.next();
    if (done) {
      ended = true;
      break;
    }
    const buf = Buffer.from(toBuffer(value)); // copied: the source may reuse its buffer
    chunks.push(buf);
    size += buf.length;
  }
  const all = Buffer.concat(chunks, size);
  // Decode a prefix that does not end inside a multi-byte character.
  let cut = Math.min(all.length, bytes);
  while (cut > 0 && cut < all.length && (all[cut]! & 0xc0) === 0x80) cut--;
  const rest: AsyncIterator<Buffer> = {
    next: async () => {
      if (ended) return { done: true, value: undefined };
      const r = await iterator.next();
      if (r.done) ended = true;
      return r.done ? { done: true, value: undefined } : { done: false, value: toBuffer(r.value) };
    },
  };
  return {
    head: all.toString('utf8', 0, cut),
    chunks,
    size,
    whole: ended && size <= bytes,
    rest,
    async *replay() {
      yield* chunks;
      for (;;) {
        const r = await rest.next();
        if (r.done) return;
        yield r.value;
      }
    },
    release: async () => {
      if (!ended) await iterator.return?.();
    },
  };
}
