// The site's SVG figures (src/site/figures) on the Serge data and on an invented fixture with
// coordinates: what each figure shows, that its links go to entities of the data, that it is
// well-formed XML with its text alternative, and that the same input gives the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/load-dataset.js';
import type { Dataset } from '../../src/model/dataset.js';
import {
  figureSource, lifeOf, lifePlacesOf, mapSvg, relationsOf, relationsSvg, timelineSvg, type FigureSource,
} from '../../src/site/figures/index.js';

const href = (id: string) => `../entity/${id}.html`;
let serge: Dataset;
let source: FigureSource;
let timeline: string;
let relations: string;

beforeAll(async () => {
  serge = await loadDataset('data');
  source = figureSource(serge);
  timeline = timelineSvg(lifeOf(source, 'victor-serge')!, { href })!;
  relations = relationsSvg(relationsOf(source, 'victor-serge')!, { href })!;
});

/** The `<a>` element linking to an entity's page (the first one), whole. */
function linkTo(svg: string, id: string): string {
  const start = svg.indexOf(`<a href="${href(id)}"`);
  expect(start, `a link to ${id}`).toBeGreaterThanOrEqual(0);
  return svg.slice(start, svg.indexOf('</a>', start) + 4);
}

const rects = (markup: string, cls: string) =>
  [...markup.matchAll(new RegExp(`<rect x="([-\\d.]+)" y="[-\\d.]+" width="([\\d.]+)" height="[\\d.]+"(?: rx="[\\d.]+")? class="${cls}"/>`, 'g'))]
    .map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));

/** The x of a year on the timeline, from two of its axis ticks. */
function axisOf(svg: string): (year: number) => number {
  const ticks = [...svg.matchAll(/<line x1="([\d.]+)"[^>]*class="tl-grid"\/><text x="[\d.]+" y="[\d.]+"(?: text-anchor="\w+")? class="tl-tick">(\d+)<\/text>/g)]
    .map((m) => ({ x: Number(m[1]), year: Number(m[2]) }));
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (year) => a.x + ((year - a.year) / (b.year - a.year)) * (b.x - a.x);
}

/** The x of the birth and death lines (the legend's sample left out). */
const frameLines = (svg: string) =>
  [...svg.slice(0, svg.indexOf('class="tl-key"')).matchAll(/<line x1="([\d.]+)"[^>]*class="tl-frame"\/>/g)].map((m) => Number(m[1]));

const idsLinked = (svg: string) => [...svg.matchAll(/<a href="\.\.\/entity\/([^"]+)\.html"/g)].map((m) => m[1]!);

describe('life timeline (Victor Serge)', () => {
  it('frames the life with the birth in 1890 and the death in 1947', () => {
    const birth = linkTo(timeline, 'birth-of-victor-serge');
    expect(birth).toContain('date 30 December 1890');
    expect(linkTo(timeline, 'death-of-victor-serge')).toContain('1947');
    const x = axisOf(timeline);
    const frames = frameLines(timeline);
    expect(frames).toHaveLength(2);
    expect(frames[0]).toBeCloseTo(x(1890 + 363 / 365), 0); // 30 December 1890
    expect(frames[1]).toBeGreaterThan(x(1947.8));
    expect(frames[1]).toBeLessThan(x(1948.01));
  });

  it('draws imprisonment and exile as spans, and a year-precision date a year wide', () => {
    const x = axisOf(timeline);
    for (const id of ['imprisonment-in-france-1913-1917', 'exile-orenburg', 'imprisonment-1928']) {
      expect(linkTo(timeline, id)).toMatch(/class="tl-event tl-span/);
    }
    const exile = rects(linkTo(timeline, 'exile-orenburg'), 'tl-bar')[0]!;
    expect(exile.x).toBeCloseTo(x(1934), 0); // after the start year 1933, a year wide, up to the end year 1936
    expect(exile.x + exile.width).toBeCloseTo(x(1936), 0);
    const kronstadt = linkTo(timeline, 'complaint-over-kronstadt-1921');
    const [range] = rects(kronstadt, 'tl-range');
    expect(range!.x).toBeCloseTo(x(1921), 1);
    expect(range!.width).toBeCloseTo(x(1922) - x(1921), 1);
  });

  it('marks the expulsion of 1928 / 1927 contested and draws both readings', () => {
    const x = axisOf(timeline);
    const expulsion = linkTo(timeline, 'expulsion-from-the-party-1928');
    expect(expulsion).toContain('tl-contested');
    expect(expulsion).toContain('date contested: 1928 (preferred) / 1927 (normal)');
    expect(rects(expulsion, 'tl-range')[0]!.x).toBeCloseTo(x(1928), 1);
    expect(rects(expulsion, 'tl-alt')[0]!.x).toBeCloseTo(x(1927), 1);
    expect(linkTo(timeline, 'birth-of-victor-serge')).not.toContain('contested');
  });

  it('shows earliest / latest bounds instead of the whole decade, and nothing after the death', () => {
    const x = axisOf(timeline);
    // 1940s, not before 1941, not after 1947: from 1941 to his death on 17 November 1947.
    const attempts = linkTo(timeline, 'assassination-attempts-on-serge-in-mexico');
    const bounds = /<path d="M([\d.]+) [\d.]+v5H([\d.]+)v-5" class="tl-bounds"\/>/.exec(attempts)!;
    expect(Number(bounds[1])).toBeCloseTo(x(1941), 0);
    expect(Number(bounds[2])).toBeCloseTo(x(1947 + 321 / 365), 0);
    expect(rects(attempts, 'tl-range')[0]!.x).toBeCloseTo(x(1941), 0);
    // A span with no end (a residence "from 1909") runs on as a stub, never past the death.
    const death = frameLines(timeline)[1]!;
    const stubs = [...timeline.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)" y2="[\d.]+" class="tl-open"\/>/g)].map((m) => Number(m[2]));
    expect(stubs.length).toBeGreaterThan(5);
    expect(Math.max(...stubs)).toBeLessThanOrEqual(death);
  });

  it('links every mark to an event of the data', () => {
    const events = new Set(serge.entities.filter((e) => e.kind === 'event').map((e) => e.id));
    const linked = idsLinked(timeline);
    expect(linked.length).toBeGreaterThan(50);
    expect(linked.filter((id) => !events.has(id))).toEqual([]);
  });
});

describe('relations graph (Victor Serge)', () => {
  /** The members of the group headed by a relation, as linked ids. */
  function group(relation: string): string[] {
    const heading = new RegExp(`class="rel-relation">${relation}(?: \\(\\d+\\))?</text>`).exec(relations);
    expect(heading, relation).not.toBeNull();
    const end = relations.indexOf('</g>', heading!.index);
    return idsLinked(relations.slice(heading!.index, end));
  }

  it('has his parents, spouse and children from data/', () => {
    expect(group('father')).toEqual(['leo-kibalchich']);
    expect(group('mother')).toEqual(['vera-frolova']);
    expect(group('spouse')).toEqual(['liuba-russakova']); // from the marriage event
    expect(group('child')).toEqual(['vlady-kibalchich', 'jeannine']);
    expect(group('opponent')).toContain('joseph-stalin');
    expect(group('member of')).toContain('bolshevik-party');
  });

  it('links every member to an entity of the data', () => {
    const ids = new Set(serge.entities.map((e) => e.id));
    expect(idsLinked(relations).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('life map (invented fixture with coordinates)', () => {
  let fixture: FigureSource;
  beforeAll(async () => {
    fixture = figureSource(await loadDataset('tests/fixtures/figures-map'));
  });

  it('places each place by its coordinates, a prison at its town, and names the place it cannot place', () => {
    const places = lifePlacesOf(fixture, 'ada-traveller')!;
    const byId = new Map(places.places.map((p) => [p.id, p]));
    expect([...byId.keys()].sort()).toEqual(['eastfield', 'northtown', 'northtown-gaol', 'southport']);
    expect(byId.get('northtown')).toMatchObject({ latitude: 52.5, longitude: 13.4 }); // not the deprecated reading
    expect(byId.get('northtown-gaol')).toMatchObject({ latitude: 52.5, via: { id: 'northtown' } });
    expect(places.unplaced.map((l) => l.text)).toEqual(['Nowhere Inn']);
    const svg = mapSvg(places, { href })!;
    const point = (id: string) => {
      const m = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(linkTo(svg, id))!;
      return { x: Number(m[1]), y: Number(m[2]) };
    };
    expect(point('southport').x).toBeLessThan(point('northtown').x); // west
    expect(point('southport').y).toBeGreaterThan(point('northtown').y); // south
    expect(point('eastfield').x).toBeGreaterThan(point('northtown').x);
    expect(svg).toMatch(/<a href="\.\.\/entity\/eastfield\.html" class="map-place"><title>[^<]*<\/title><text [^>]*lang="ru">Восточное поле<\/text><\/a>/);
    // The gaol has no coordinates: drawn at Northtown's point, its name under Northtown's.
    const label = (id: string) => /<text x="([\d.]+)" y="([\d.]+)"/.exec(svg.slice(svg.lastIndexOf(`<a href="${href(id)}"`)))!;
    expect(label('northtown-gaol')[1]).toBe(label('northtown')[1]);
    expect(Number(label('northtown-gaol')[2]) - Number(label('northtown')[2])).toBe(14);
    expect(svg).toContain('Not on the map, for want of coordinates: Nowhere Inn.');
  });

  it('draws no map where no place has coordinates (the Serge data has none)', () => {
    const places = lifePlacesOf(source, 'victor-serge')!;
    expect(places.places).toEqual([]);
    expect(places.unplaced.length).toBeGreaterThan(10);
    expect(mapSvg(places, { href })).toBeUndefined();
  });
});

describe('every figure', () => {
  it('gives nothing for an id that is not a person', () => {
    expect(lifeOf(source, 'paris')).toBeUndefined();
    expect(relationsOf(source, 'paris')).toBeUndefined();
    expect(lifePlacesOf(source, 'no-such-id')).toBeUndefined();
  });

  it('is the same bytes for the same input', async () => {
    const again = figureSource(serge);
    expect(timelineSvg(lifeOf(again, 'victor-serge')!, { href })).toBe(timeline);
    expect(relationsSvg(relationsOf(again, 'victor-serge')!, { href })).toBe(relations);
    const fixture = figureSource(await loadDataset('tests/fixtures/figures-map'));
    const map = () => mapSvg(lifePlacesOf(fixture, 'ada-traveller')!, { href });
    expect(map()).toBe(map());
  });

  it('is well-formed XML, a group labelled by its title and description (role img would hide its links)', async () => {
    const fixture = figureSource(await loadDataset('tests/fixtures/figures-map'));
    const svgs = { timeline, relations, map: mapSvg(lifePlacesOf(fixture, 'ada-traveller')!, { href })! };
    const dir = mkdtempSync(join(tmpdir(), 'figures-'));
    for (const [name, svg] of Object.entries(svgs)) writeFileSync(join(dir, `${name}.svg`), svg);
    // An independent XML parser: Python's minidom reads each file and reports the root and its labels.
    const check = `import sys, xml.dom.minidom as m
for f in sys.argv[1:]:
    d = m.parse(f).documentElement
    ids = {e.getAttribute('id'): e.tagName for e in d.getElementsByTagName('*') if e.hasAttribute('id')}
    print(d.tagName, d.getAttribute('role'), ' '.join(ids[i] for i in d.getAttribute('aria-labelledby').split()), d.getElementsByTagName('a').length)`;
    const out = execFileSync('/usr/bin/python3', ['-c', check, ...Object.keys(svgs).map((n) => join(dir, `${n}.svg`))], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^svg group title desc [1-9]\d*$/);
  });
});
