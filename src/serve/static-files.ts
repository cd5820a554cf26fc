// **static-files** — a site's files by URL path, safely: every segment decoded once and checked, so
// that `..`, encoded slashes, NUL bytes, dotfiles (.htaccess) and symbolic links out of the site are
// refused before the file system is asked; weak ETags and Last-Modified from the file's size and time.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { mediaTypeOf } from './media-types.js';

/** A request path split into decoded segments, or why it is refused: 'bad' (400, undecodable),
 *  'forbidden' (answered 404 like any missing file, so as not to tell what exists). */
export function pathSegments(pathname: string): string[] | 'bad' | 'forbidden' {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 'bad';
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return 'forbidden';
    segments.push(segment);
  }
  return segments;
}

/** The file for `segments` under `root` if it is a regular file inside the site (a directory gives
 *  its index.html); 'directory' for a directory asked without its trailing slash. */
export async function findFile(root: string, segments: string[]): Promise<{ file: string; size: number; mtime: Date } | 'directory' | undefined> {
  let file = path.join(root, ...segments);
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (segments.length && segments.at(-1) !== '') return 'directory';
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return undefined;
  // A link inside the site that points out of it is refused like `..`.
  const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  if (!real.startsWith(realRoot + path.sep)) return undefined;
  return { file, size: info.size, mtime: info.mtime };
}

/** Sends a file with its media type and validators; 304 when the client's copy is current. */
export async function sendFile(request: IncomingMessage, response: ServerResponse, found: { file: string; size: number; mtime: Date }): Promise<void> {
  const etag = `W/"${found.size.toString(16)}-${Math.floor(found.mtime.getTime()).toString(16)}"`;
  const lastModified = new Date(Math.floor(found.mtime.getTime() / 1000) * 1000);
  response.setHeader('ETag', etag);
  response.setHeader('Last-Modified', lastModified.toUTCString());
  response.setHeader('Content-Type', mediaTypeOf(found.file));
  if (isCurrent(request, etag, lastModified)) {
    response.writeHead(304).end();
    return;
  }
  response.setHeader('Content-Length', found.size);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(createReadStream(found.file), response);
}

function isCurrent(request: IncomingMessage, etag: string, lastModified: Date): boolean {
  const match = request.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}
