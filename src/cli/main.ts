#!/usr/bin/env node
// **main** — the `linked-lives` command: argv → command → exit code. Never a stack trace for bad input.
import { InputError, LinkedLivesError } from '../errors.js';
import { parseCommandLine, USAGE, UsageError } from './args.js';
import { exportCommand } from './commands/export.js';
import { validateCommand } from './commands/validate.js';
import { statsCommand } from './commands/stats.js';
import { queryCommand } from './commands/query.js';
import { publishCommand } from './commands/publish.js';
import { importCommand } from './commands/import.js';
import { siteCommand } from './commands/site.js';
import { guardConsole, printIssues } from './output.js';

const COMMANDS: Record<string, (options: ReturnType<typeof parseCommandLine>['values'], args: string[]) => Promise<number>> = {
  export: exportCommand,
  validate: validateCommand,
  stats: statsCommand,
  query: queryCommand,
  publish: publishCommand,
  import: importCommand,
  init: async (options, args) => (await import('./commands/init.js')).initCommand(options, args),
  new: async (options, args) => (await import('./commands/new.js')).newCommand(options, args),
  vocab: async (options, args) => (await import('./commands/vocab.js')).vocabCommand(options, args),
  site: siteCommand,
  // Lazily: the server's modules are loaded only to serve.
  serve: async (options, args) => (await import('./commands/serve.js')).serveCommand(options, args),
};

async function main(argv: string[]): Promise<number> {
  guardConsole();
  try {
    const { command, rest, values } = parseCommandLine(argv);
    if (command === 'help' || values.help) {
      console.log(USAGE);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(values, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`linked-lives: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      printIssues(error.issues);
      return 2;
    }
    if (error instanceof LinkedLivesError) {
      console.error(`linked-lives: ${error.message}`);
      return 2;
    }
    console.error(`linked-lives: internal error: ${(error as Error).message}`);
    if (process.env.LINKED_LIVES_DEBUG) console.error((error as Error).stack);
    else console.error('Set LINKED_LIVES_DEBUG=1 to see where it happened, and please report it.');
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
