// **site-files** — where a build writes: a new version folder of the output (output/dump-set.ts, as the
// dumps), made the site with one rename when every file is written. A failed or killed build leaves
// the previous site as it was; two builds into one folder at once are refused.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LinkedLivesError } from '../errors.js';
import { asOutputError, DumpSet } from '../output/dump-set.js';

export class SiteFiles {
  private readonly made = new Set<string>();
  files = 0;

  private constructor(private readonly set: DumpSet) {}

  static async open(out: string): Promise<SiteFiles> {
    try {
      return new SiteFiles(await DumpSet.open(out));
    } catch (error) {
      throw inSiteWords(error);
    }
  }

  /** The folder being written (the new version). */
  get dir(): string {
    return this.set.dir;
  }

  get out(): string {
    return this.set.out;
  }

  /** Writes a file given by its path from the site's root (`entity/victor-serge.html`). */
  async write(file: string, text: string): Promise<void> {
    const full = path.join(this.set.dir, file);
    const folder = path.dirname(full);
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    await writeFile(full, text);
    this.files++;
  }

  commit(): Promise<void> {
    return this.set.commit();
  }

  /** Drops the version if it was not committed, and unlocks the output. */
  close(): Promise<void> {
    return this.set.close();
  }

  /** A disk or permission failure as a message that says the old site is untouched. */
  static failure(error: unknown, out: string): unknown {
    return inSiteWords(asOutputError(error, out));
  }
}

/** The dump set's messages speak of dumps; the same rules hold for a site's files. */
function inSiteWords(error: unknown): unknown {
  if (!(error instanceof LinkedLivesError)) return error;
  const message = error.message.replace(/--out dumps\b/g, '--out site').replace(/(?<![/.\w])dumps\b/g, 'site files');
  return new LinkedLivesError(message, error.code, error.details);
}
