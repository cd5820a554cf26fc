// **read-ahead** — file contents in the order given, each read a few files before it is needed: the
// loader parses one file while the next ones are read, instead of waiting on the disk for each in turn.
import { readFile } from 'node:fs/promises';

/** A file's bytes, or why it could not be read. */
export type FileRead = { file: string; bytes: Buffer } | { file: string; error: Error };

/** Reads at most `depth` files ahead of the consumer, so that a folder of 100 000 files opens no more. */
export async function* readAhead(files: readonly string[], depth = 16): AsyncGenerator<FileRead> {
  const read = (file: string): Promise<FileRead> => readFile(file).then((bytes) => ({ file, bytes }), (error: Error) => ({ file, error }));
  const pending = files.slice(0, depth).map(read);
  for (let next = depth, i = 0; i < files.length; i++) {
    const result = await pending.shift()!;
    if (next < files.length) pending.push(read(files[next++]!));
    yield result;
  }
}
