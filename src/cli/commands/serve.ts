// **serve** — `linked-lives serve [--site DIR] [--port N] [--host H]`: the built site over HTTP with
// content negotiation and a read-only /sparql, on loopback unless told otherwise, until Ctrl-C.
import { UsageError, type Options } from '../args.js';

export async function serveCommand(options: Options, args: string[]): Promise<number> {
  if (args.length) throw new UsageError(`serve takes no arguments (got ${args.join(' ')})`);
  const port = Number(options.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535 (0: any free port); got "${options.port}"`);
  const { serveSite } = await import('../../serve/server.js');
  const server = await serveSite({ site: options.site ?? 'site', port, host: options.host ?? '127.0.0.1' });
  console.log(`Serving ${options.site ?? 'site'} at ${server.url} (SPARQL at ${server.url}sparql); Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  console.log('Stopped.');
  return 0;
}
