// **validate** — `linked-lives validate`: exit 0 when the data conforms to the shapes and has no sourcing
// error (src/sourcing), 1 with the report and the findings when not,
// 2 when the input cannot be used at all.
import { writeFile } from 'node:fs/promises';
import { LinkedLivesError } from '../../errors.js';
import { PROFILES, runPipeline } from '../../pipeline.js';
import { formatReport } from '../../validate/report.js';
import { toTurtle } from '../../serialize/turtle.js';
import { listOption, type Options } from '../args.js';
import { printIssues, printSkipped } from '../output.js';
import { printSourcing } from '../sourcing-output.js';

export async function validateCommand(options: Options): Promise<number> {
  const profiles = listOption(options.profile, PROFILES, 'profile');
  const result = await runPipeline(options.data, { profiles, ...(options.shapes && { shapesDir: options.shapes }) });
  if (!result.ok) {
    printIssues(result.issues);
    return 2;
  }
  printSkipped(result.dataset);
  const sourcingErrors = printSourcing(result.sourcing);
  if (options.json) {
    console.log(JSON.stringify(result.graphs.map((g) => ({ profile: g.profile, conforms: g.report.conforms, results: g.report.results })), null, 2));
  } else {
    for (const g of result.graphs) console.log(`${g.profile} profile (${g.quads.length} triples): ${formatReport(g.report)}`);
    if (sourcingErrors) console.log(`Sourcing: ${sourcingErrors} error${sourcingErrors === 1 ? '' : 's'} (listed above): the data does not pass.`);
  }
  if (options.report) {
    const report = await toTurtle(result.graphs.flatMap((g) => g.report.quads));
    await writeFile(options.report, report).catch((error: NodeJS.ErrnoException) => {
      throw new LinkedLivesError(`cannot write the report to ${options.report}: ${error.code === 'ENOENT' ? 'its folder does not exist' : error.code ?? error.message}`, 'output');
    });
    if (!options.json) console.log(`SHACL report written to ${options.report}`);
  }
  return result.conforms ? 0 : 1;
}
