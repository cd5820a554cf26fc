// **shard** — one output file being written: optional gzip, backpressure honoured, and on close its
// size and SHA-256 checksum (of the bytes on disk, hashed as they pass) for the dump's description.
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';

export interface ShardInfo {
  name: string;
  bytes: number;
  sha256: string;
  triples: number;
  mediaType: string;
}

/** Text, or UTF-8 bytes already encoded (by a worker thread). */
export type Chunk = string | Uint8Array;

const FLUSH_AT = 1 << 20;

export class Shard {
  private readonly file: Writable;
  private readonly sink: Writable;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  private pending: Chunk[] = [];
  private pendingSize = 0;
  triples = 0;

  constructor(readonly path: string, readonly name: string, readonly mediaType: string, gzip: boolean) {
    this.file = createWriteStream(path);
    if (gzip) {
      const zip = createGzip();
      zip.pipe(this.file);
      zip.on('data', (bytes: Buffer) => this.count(bytes));
      this.sink = zip;
    } else this.sink = this.file;
  }

  private count(bytes: Buffer): void {
    this.hash.update(bytes);
    this.bytes += bytes.length;
  }

  /** Writes in chunks of ~1 MB (many small writes cost more than the text), waiting when the file cannot keep up. */
  async write(chunk: Chunk): Promise<void> {
    this.pending.push(chunk);
    this.pendingSize += chunk.length;
    if (this.pendingSize >= FLUSH_AT && !this.flush()) await once(this.sink, 'drain');
  }

  /** Hands pending chunks to the sink; false when the sink asks to wait. */
  private flush(): boolean {
    if (!this.pending.length) return true;
    const buffers = this.pending.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
    const bytes = buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
    this.pending = [];
    this.pendingSize = 0;
    if (this.sink === this.file) this.count(bytes);
    return this.sink.write(bytes);
  }

  async close(): Promise<ShardInfo> {
    this.flush();
    this.sink.end();
    await finished(this.file);
    return { name: this.name, bytes: this.bytes, sha256: this.hash.digest('hex'), triples: this.triples, mediaType: this.mediaType };
  }
}
