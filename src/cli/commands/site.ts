// **site** — `linked-lives site`: the dataset as a static linked-data site (src/site/): a page and RDF
// files per entity, the index with offline search, the dumps. The site builder is loaded only here.
import path from 'node:path';
import { InputError } from '../../errors.js';
import { UsageError, baseIriProblem, type Options } from '../args.js';
import { printIssues } from '../output.js';
import { Progress } from '../progress.js';

export async function siteCommand(options: Options): Promise<number> {
  const baseIri = options['base-iri'] ?? options['base-url'];
  if (options['base-iri'] && options['base-url'] && options['base-iri'] !== options['base-url']) throw new UsageError('--base-url is another name for --base-iri: give one of them');
  const problem = baseIri !== undefined ? baseIriProblem(baseIri) : undefined;
  if (problem) throw new UsageError(`--base-url: ${problem}`);
  // --out defaults to dumps for export; a site goes to site/ unless told otherwise.
  const out = options['out-given'] ? options.out : 'site';
  const { buildSite } = await import('../../site/build.js');
  const progress = new Progress('site');
  try {
    const result = await buildSite({
      data: options.data, out, ...(options.input && { input: options.input }), ...(baseIri && { baseIri }),
      onProgress: (done, total) => progress.tick(done, total),
    });
    progress.done();
    const kinds = Object.entries(result.entitiesPerKind).map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ');
    console.log(`Wrote the site to ${path.relative(process.cwd(), result.out) || result.out}: ${result.pages} pages with their RDF (${kinds}), ${result.files} files and the dumps.`);
    console.log(`Open ${path.join(path.relative(process.cwd(), result.out) || '.', 'index.html')}, or serve it with: linked-lives serve --site ${path.relative(process.cwd(), result.out) || '.'}`);
    return 0;
  } catch (error) {
    progress.done();
    if (error instanceof InputError) return printIssues(error.issues), console.error('Nothing was written; the earlier site, if any, is as it was.'), 2;
    throw error;
  }
}
