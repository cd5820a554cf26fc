// **write-dumps** — dump files written atomically: everything goes to a temporary directory beside
// the target first and is renamed into place only when all files are complete, so a failed run
// leaves the previous dumps as they were.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface DumpFile {
  name: string;
  /** Produces the file's content; called once. */
  content: () => Readable;
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

export async function writeDumps(outDir: string, files: DumpFile[]): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(outDir, '.staging-'));
  try {
    for (const file of files) await pipeline(file.content(), createWriteStream(path.join(staging, file.name)));
    const written: WrittenFile[] = [];
    for (const file of files) {
      const target = path.join(outDir, file.name);
      await rename(path.join(staging, file.name), target);
      written.push({ path: target, bytes: (await stat(target)).size });
    }
    return written;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
