// **index-page** — the site's front page: the dataset's title, description and licence, a search box
// (shown by search.js; the page works without it), entities by kind, and the dumps for download.
import type { Manifest } from '../../model/manifest.js';
import type { ShardInfo } from '../../output/shard.js';
import { formatBytes } from '../../output/format-bytes.js';
import { html, type Html } from '../html.js';
import type { Kind, Name } from '../site-index.js';
import { KIND_NAMES } from './entity-page.js';
import { pageHtml } from './layout.js';

/** Entities listed per kind on the index; more go to list pages of this many each. */
export const LIST_PAGE_SIZE = 1000;

export interface KindList {
  kind: Kind;
  total: number;
  /** The first page of entries (id and name), sorted by name. */
  entries: [string, Name][];
  /** Paths of the further list pages (list/person-2.html …). */
  more: string[];
}

export function indexPageHtml(manifest: Manifest, lists: KindList[], downloads: ShardInfo[], figure: Html | '' = ''): string {
  const description = Object.entries(manifest.description)[0];
  const title = manifest.title.en ?? Object.values(manifest.title)[0] ?? 'Dataset';
  const body = html`<h1>${title}</h1>
${description ? html`<p class="description" lang="${description[0]}">${description[1]}</p>\n` : ''}<p>Licence: <a href="${manifest.license}" rel="license">${manifest.license}</a>. Every entity has a page and its own data (Turtle, N-Triples, JSON-LD); every claim shows its sources.</p>
<form class="search" role="search" hidden>
<label for="search-box">Search names</label>
<input type="search" id="search-box" autocomplete="off">
<ul id="search-results" aria-live="polite"></ul>
</form>
${figure}${lists.map((list) => kindHtml(list))}
<section id="downloads"><h2>Download the data</h2>
<ul>${downloads.map((f) => html`<li><a href="dumps/${f.name}">${f.name}</a> (${f.mediaType}, ${formatBytes(f.bytes)}${f.triples ? `, ${f.triples} triples` : ''})</li>`)}</ul>
</section>`;
  return pageHtml({ title, depth: 0, manifest, body, scripts: ['search.js'] });
}

function kindHtml(list: KindList): Html {
  const [, plural] = KIND_NAMES[list.kind];
  return html`
<section class="entities-of-kind" id="${list.kind}"><h2>${plural} (${list.total})</h2>
${entriesHtml(list.entries, 0)}${list.more.length ? html`<p>More: ${list.more.map((p, i) => html`${i ? ', ' : ''}<a href="${p}">page ${i + 2}</a>`)}</p>` : ''}</section>`;
}

export function entriesHtml(entries: [string, Name][], depth: number): Html {
  const up = '../'.repeat(depth);
  return html`<ul class="entities">${entries.map(([id, name]) => html`<li><a href="${up}entity/${id}.html"${name.lang !== 'en' ? html` lang="${name.lang}"` : ''}>${name.label}</a></li>`)}</ul>`;
}

/** A further page of one kind's list. */
export function listPageHtml(manifest: Manifest, kind: Kind, number: number, entries: [string, Name][]): string {
  const title = `${KIND_NAMES[kind][1]}, page ${number}`;
  return pageHtml({ title, depth: 1, manifest, body: html`<h1>${title}</h1>\n${entriesHtml(entries, 1)}` });
}
