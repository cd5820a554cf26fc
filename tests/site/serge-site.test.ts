// The site of the Serge data, built once through the CLI: what a reader finds on the pages (birth date,
// both expulsion years with their ranks and reasons, quotes in the sources, a Julian date), that every
// link inside the site resolves, and that every page's RDF parses with rdflib and adds up to the dump.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshPath, runCli } from '../helpers/cli.js';

let site: string;
let exportDir: string;
const page = (file: string) => readFileSync(path.join(site, file), 'utf8');

/** The claim list items of a page, each as its HTML. */
const claims = (html: string) => [...html.matchAll(/<li class="claim[^"]*"[\s\S]*?<\/li>(?=\s*(?:<li class="claim|<\/ul>))/g)].map((m) => m[0]);

beforeAll(async () => {
  site = await freshPath('site');
  exportDir = await freshPath('dumps');
  const [built, exported] = await Promise.all([runCli('site', '--out', site), runCli('export', '--out', exportDir, '--profile', 'full', '--format', 'nt')]);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  expect(built.stdout).toMatch(/^Wrote the site to .*: \d+ pages/);
  expect(exported.code).toBe(0);
}, 300_000);

describe('the Serge site', () => {
  it('has the index, the stylesheet, search, the dumps and void.ttl', () => {
    for (const file of ['index.html', 'style.css', 'search.js', 'search-index.json', 'dumps/full.ttl', 'dumps/truthy.nt', 'dumps/void.ttl', 'dataset.ttl', '.htaccess']) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    const index = page('index.html');
    expect(index).toContain('<h1>The life of Victor Serge</h1>');
    expect(index).toContain('href="https://creativecommons.org/licenses/by-sa/4.0/"');
    expect(index).toContain('<a href="entity/victor-serge.html">Victor Serge</a>');
    expect(index).toContain('<a href="dumps/void.ttl">void.ttl</a>');
    const search = JSON.parse(page('search-index.json')) as string[][];
    expect(search).toContainEqual(['entity/victor-serge.html', 'Victor Serge', 'person', expect.stringContaining('Kibalchich')]);
  });

  it("shows Victor Serge's birth date and place, with the quote in the sources", () => {
    const serge = page('entity/victor-serge.html');
    expect(serge).toMatch(/<html lang="en">/);
    const birth = claims(serge).find((c) => c.includes('datetime="1890-12-30"'));
    expect(birth).toContain('30 December 1890');
    expect(birth).toContain('<span class="rank">normal</span>');
    expect(birth).toMatch(/<details class="sources"><summary>\d sources?<\/summary>/);
    expect(birth).toContain('<blockquote lang="en">December 30, 1890 – November 17, 1947</blockquote>');
    expect(birth).toContain('From the event <a href="../entity/birth-of-victor-serge.html">');
    expect(serge).toContain('<a href="../entity/brussels.html">Brussels</a>');
    // Names in every language and script, each marked with its language.
    expect(serge).toContain('<td lang="ru">Виктор Серж</td>');
    expect(serge).toContain('<span lang="ru">Виктор Львович Кибальчич</span>');
    // The RDF beside the page is announced.
    expect(serge).toContain('<link rel="alternate" type="text/turtle" href="victor-serge.ttl">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(serge)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'Person', name: 'Victor Serge', birthDate: '1890-12-30', birthPlace: { name: 'Brussels' } });
  });

  it('puts both expulsion years side by side with their ranks and the reasons for them', () => {
    const event = page('entity/expulsion-from-the-party-1928.html');
    const dates = /<ul class="claims conflict">([\s\S]*?)<\/ul><\/section>/.exec(event.slice(event.indexOf('<h3>point in time</h3>')))![1]!;
    const [y1928, y1927] = claims(`${dates}</ul>`);
    expect(y1928).toContain('<time datetime="1928">1928</time> <span class="rank">preferred</span>');
    expect(y1928).toContain('Why preferred:</span> Seed 000 dates Serge&#39;s own expulsion to 1928');
    expect(y1928).toContain("<blockquote lang=\"en\">In 1928 Serge was expelled from the Communist Party, largely because of his protests against the Soviet Union&#39;s policy on China</blockquote>");
    expect(y1927).toContain('<time datetime="1927">1927</time> <span class="rank">normal</span>');
    expect(y1927).toContain('Why normal:</span> Seed 001&#39;s year, kept at normal rank');
    expect(y1927).toContain('<blockquote lang="en">Accordingly, he was ejected from Stalin’s CSPU in 1927</blockquote>');
    expect(y1927).toContain('<span class="at">entry text</span>');
  });

  it('shows the Left Opposition membership starting 1923 (preferred) beside 1926 (normal) on the event', () => {
    const event = page('entity/membership-left-opposition.html');
    const start = claims(event.slice(event.indexOf('<h3>start time</h3>'))).slice(0, 2);
    expect(start[0]).toMatch(/1923<\/time> <span class="rank">preferred<\/span>/);
    expect(start[1]).toMatch(/1926<\/time> <span class="rank">normal<\/span>/);
  });

  it('strikes through a deprecated claim and says why it is deprecated', () => {
    const event = page('entity/employment-comintern.html');
    const claim = claims(event).find((c) => c.includes('first-international.html'))!;
    expect(claim).toMatch(/^<li class="claim rank-deprecated deprecated"/);
    expect(claim).toContain('<del><a href="../entity/first-international.html">First International</a></del> <span class="rank">deprecated</span>');
    expect(claim).toContain('Why deprecated:</span> Plainly wrong.');
    // Victor Serge's employer, derived from the event, keeps the rank and is struck through on his page too.
    expect(claims(page('entity/victor-serge.html')).filter((c) => c.includes('<del>')).join()).toContain('First International');
  });

  it('writes a Julian date as the source has it, with its Gregorian day', () => {
    const trotsky = page('entity/leon-trotsky.html');
    expect(trotsky).toContain('26 October 1879 <span class="calendar">(Julian; <time datetime="1879-11-07">7 November 1879</time> Gregorian)</span>');
  });

  it("lists on a source's page the claims that cite it, with their quotes", () => {
    const source = page('entity/seed-001.html');
    expect(source).toMatch(/<h2>Claims citing this source \(\d+\)<\/h2>/);
    expect(source).toContain('<blockquote lang="en">Accordingly, he was ejected from Stalin’s CSPU in 1927</blockquote>');
    expect(source).toContain('<a href="expulsion-from-the-party-1928.html#expulsion-from-the-party-1928-');
  });

  it('links only to files of the site (and to anchors that exist) or to the web', () => {
    const files = htmlFiles(site);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => ids.get(file) ?? ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!))).get(file)!;
    let links = 0;
    const broken: string[] = [];
    for (const file of files) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/ (?:href|src)="([^"]+)"/g)) {
        if (/^https?:\/\//.test(href!)) continue;
        links++;
        const [target, fragment] = href!.replace(/&amp;/g, '&').split('#');
        const resolved = target ? path.resolve(path.dirname(file), target) : file;
        if (!existsSync(resolved)) broken.push(`${path.relative(site, file)} → ${href}`);
        else if (fragment && resolved.endsWith('.html') && !idsOf(resolved).has(fragment)) broken.push(`${path.relative(site, file)} → ${href} (no such anchor)`);
      }
    }
    expect(broken.slice(0, 10)).toEqual([]);
    expect(links).toBeGreaterThan(10_000);
  });

  it('makes no request outside the site: no external stylesheet, script, image or font', () => {
    const external = htmlFiles(site).filter((file) => /<(?:link|script|img|iframe|source)\b[^>]*\b(?:href|src)="(?:https?:)?\/\//.test(readFileSync(file, 'utf8')));
    expect(external).toEqual([]);
    expect(page('style.css')).not.toMatch(/url\(|@import/);
    expect(page('search.js')).toContain("fetch('search-index.json')");
  });

  it('gives each claim the id of its statement IRI in the RDF beside the page', () => {
    const serge = page('entity/victor-serge.html');
    const turtle = page('entity/victor-serge.nt');
    const ids = [...serge.matchAll(/<li class="claim[^"]*" id="([^"]+)"/g)].map((m) => m[1]!);
    const statements = new Set([...turtle.matchAll(/<https:\/\/w3id\.org\/linked-lives\/serge\/statement\/([^>]+)> <http:\/\/wikiba\.se\/ontology#rank>/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(50);
    expect(new Set(ids)).toEqual(statements);
  });

  it("parses every page's Turtle, N-Triples and JSON-LD with rdflib as one graph, and their union is the full dump", async () => {
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [path.resolve('tests/site/rdf_union.py'), site, path.join(exportDir, 'full.nt')], { maxBuffer: 2 ** 26 });
    const result = JSON.parse(stdout);
    expect(result.disagree).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.triples).toBe(result.dump);
    expect(result.stems).toBeGreaterThan(600);
  }, 300_000);
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}
