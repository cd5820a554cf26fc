// **shard** — one output file being written: optional gzip, backpressure honoured, and on close its
// size and SHA-256 checksum (of the bytes on disk) for the dump's description.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

export class Shard {
  private readonly file: Writable;
  private readonly sink: Writable;
  triples = 0;

  constructor(readonly path: string, readonly name: string, readonly mediaType: string, gzip: boolean) {
    this.file = createWriteStream(path);
    this.sink = gzip ? createGzip() : this.file;
    if (gzip) this.sink.pipe(this.file);
  }

  private pending = '';

  /** Writes text in ~1 MB chunks (many small writes cost more than the text), waiting when the file cannot keep up. */
  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length < 1 << 20) return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.sink.write(chunk)) await once(this.sink, 'drain');
  }

  async close(): Promise<ShardInfo> {
    this.sink.end(this.pending);
    this.pending = '';
    await finished(this.file);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(this.path)) hash.update(chunk as Buffer);
    return { name: this.name, bytes: (await stat(this.path)).size, sha256: hash.digest('hex'), triples: this.triples, mediaType: this.mediaType };
  }
}
