#!/usr/bin/env node
// **main** — the `linked-lives` command: argv → command → exit code. Never a stack trace for bad input.
import { InputError, LinkedLivesError } from '../errors.js';
import { parseCommandLine, USAGE, UsageError, type Options } from './args.js';
import { guardConsole, printIssues } from './output.js';
import { didYouMean } from '../did-you-mean.js';

type Command = (options: Options, args: string[]) => Promise<number>;

// Each command's module is imported only when it runs: loading them all (and through them the SHACL
// engine, the embedded store, jsonld) made `--help` take most of a second.
const COMMANDS: Record<string, () => Promise<Command>> = {
  export: async () => (await import('./commands/export.js')).exportCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  stats: async () => (await import('./commands/stats.js')).statsCommand,
  query: async () => (await import('./commands/query.js')).queryCommand,
  publish: async () => (await import('./commands/publish.js')).publishCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  new: async () => (await import('./commands/new.js')).newCommand,
  vocab: async () => (await import('./commands/vocab.js')).vocabCommand,
  site: async () => (await import('./commands/site.js')).siteCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
};

async function main(argv: string[]): Promise<number> {
  guardConsole();
  try {
    const { command, rest, values } = parseCommandLine(argv);
    if (command === 'help' || values.help) {
      console.log(USAGE);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`unknown command "${command}".${didYouMean(command, Object.keys(COMMANDS))}`);
    return await (await load())(values, rest);
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
