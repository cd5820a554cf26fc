// **generate** — synthetic entities shaped like the Serge data, as JSON Lines: persons with names,
// occupations, relations and authority identifiers (VIAF, GND, ISNI), their births, deaths and
// imprisonments, and their works (some with a page count under claims:), places with coordinates; every
// statement sourced, ~10 statements per person in the full profile. Deterministic for a seed.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';

const PLACES = 50;
const OCCUPATIONS = ['writer', 'poet', 'journalist', 'revolutionary', 'translator', 'historian', 'teacher'];

/** mulberry32: a small seeded PRNG, so that every run generates the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** ISO 7064 MOD 11-2 check character of an ISNI's first 15 digits. */
function isniCheck(digits) {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** Synthetic identifiers of person `p`, distinct per person and matching the authorities' formats
 *  (src/vocab/identifiers.ts FORMATS): VIAF nine digits, GND `10` + seven digits + a digit or X (no real check digit),
 *  ISNI four groups of four with its MOD 11-2 check character. */
const viaf = (p) => String(100_000_000 + ((p * 7919) % 900_000_000));
const gnd = (p) => `10${String(p % 10_000_000).padStart(7, '0')}${p % 11 === 10 ? 'X' : p % 11}`;
const isni = (p) => {
  const digits = `0000000${String(p % 100_000_000).padStart(8, '0')}`;
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 12)} ${digits.slice(12)}${isniCheck(digits)}`;
};
const PRECISIONS = [0.0001, 0.001, 0.01, 0.1];

/** The manifest of a synthetic dataset. */
export const MANIFEST = `title: { en: Synthetic lives }
baseIri: https://example.org/synthetic/
license: https://creativecommons.org/publicdomain/zero/1.0/
sources:
  - id: synthetic-source
    labels: { en: Synthetic source }
    title: { text: A synthetic register of lives, lang: en }
    authorNames: [The generator]
    file: synthetic.txt
    language: en
`;

/**
 * Entities, `count` in all: 50 places, then units of person, birth, death, imprisonment and work.
 * `errors`: every n-th person gets a second birth date of normal rank (a SHACL maxCount violation).
 */
export function* entities(count, { seed = 1, errorEvery = 0 } = {}) {
  const rnd = random(seed);
  // The identifiers, coordinates and page counts draw from a stream of their own, so that everything
  // else is what the same seed gave before they were added.
  const more = random(seed ^ 0x5bd1e995);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const ref = (r = rnd) => [{ source: 'synthetic-source', quote: `entry ${Math.floor(r() * 5000)}`, at: `p. ${1 + Math.floor(r() * 400)}` }];
  /** A coordinate in degrees, rounded to its precision. */
  const coordinate = () => {
    const precision = PRECISIONS[Math.floor(more() * PRECISIONS.length)];
    const round = (x) => Number((Math.round(x / precision) * precision).toFixed(4));
    return { latitude: round(-60 + more() * 130), longitude: round(-180 + more() * 360), precision };
  };
  /** VIAF for 9 persons in 10, GND for 4 in 5, ISNI for 3 in 10. */
  const identifiers = (p) => {
    const ids = {};
    if (more() < 0.9) ids.viaf = [{ value: viaf(p), references: ref(more) }];
    if (more() < 0.8) ids.gnd = [{ value: gnd(p), references: ref(more) }];
    if (more() < 0.3) ids.isni = [{ value: isni(p), references: ref(more) }];
    return Object.keys(ids).length ? { identifiers: ids } : {};
  };
  const date = (from, span) => {
    const y = from + Math.floor(rnd() * span);
    const julian = y < 1918 && rnd() < 0.2;
    return `${y}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}${julian ? ' Julian' : ''}`;
  };
  let made = 0;
  for (let i = 0; i < PLACES && made < count; i++, made++) {
    yield { kind: 'place', id: `place-${i}`, type: i % 5 === 0 ? 'prison' : 'city', labels: { en: `Place ${i}` },
      names: [{ value: { text: `Place ${i}`, lang: 'en' }, qualifiers: { startTime: 1800 + i }, references: ref() }],
      coordinates: [{ value: coordinate(), references: ref(more) }] };
  }
  for (let p = 0; made < count; p++) {
    const id = `person-${p}`;
    const born = 1850 + Math.floor(rnd() * 60);
    const person = {
      kind: 'person', id, labels: { en: `Person ${p}`, ru: `Персона ${p}` }, descriptions: { en: 'a synthetic life' },
      sexOrGender: [{ value: rnd() < 0.5 ? 'male' : 'female', references: ref() }],
      occupations: [{ value: pick(OCCUPATIONS), references: ref() }, { value: pick(OCCUPATIONS), references: ref() }],
      pseudonyms: [{ value: `Pen ${p}`, qualifiers: { startTime: born + 20 }, references: ref() }],
      ...(p > 0 && { relations: [{ value: `person-${p - 1}`, qualifiers: { role: 'friend' }, references: ref() }] }),
      ...identifiers(p),
    };
    // A page count (P1104, a quantity) for one work in five, from a few hundred values: works share
    // value nodes, across the batches of a streaming export too, as real page counts do.
    const pages = more() < 0.2 ? { claims: { P1104: [{ value: 100 + Math.floor(more() * 500), references: ref(more) }] } } : {};
    const unit = [
      person,
      { kind: 'event', id: `${id}-birth`, type: 'birth', labels: { en: `Birth of person ${p}` },
        date: [{ value: date(born, 1), references: ref() },
          ...(errorEvery && p % errorEvery === 0 ? [{ value: date(born + 1, 1), references: ref() }] : [])],
        locations: [{ value: `place-${Math.floor(rnd() * PLACES)}`, references: ref() }],
        participants: [{ value: id, references: ref() }] },
      { kind: 'event', id: `${id}-death`, type: 'death', labels: { en: `Death of person ${p}` },
        date: [{ value: date(born + 40, 40), references: ref() }],
        locations: [{ value: `place-${Math.floor(rnd() * PLACES)}`, references: ref() }],
        participants: [{ value: id, references: ref() }] },
      { kind: 'event', id: `${id}-prison`, type: 'imprisonment', labels: { en: `Imprisonment of person ${p}` },
        start: [{ value: String(born + 25), references: ref() }], end: [{ value: String(born + 27), references: ref() }],
        locations: [{ value: `place-${5 * Math.floor(rnd() * (PLACES / 5))}`, references: ref() }],
        participants: [{ value: id, references: ref() }] },
      { kind: 'work', id: `${id}-work`, type: 'literary-work', labels: { en: `Work of person ${p}` },
        titles: [{ value: { text: `Work ${p}`, lang: 'en' }, references: ref() }],
        authors: [{ value: id, references: ref() }], forms: [{ value: 'novel', references: ref() }],
        publicationDate: [{ value: String(born + 30), references: ref() }], ...pages },
    ];
    for (const entity of unit) {
      if (made++ >= count) return;
      yield entity;
    }
  }
}

/** Writes dir/dataset.yaml and dir/entities.jsonl; returns the JSON Lines path. */
export async function writeSynthetic(dir, count, options = {}) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'dataset.yaml'), MANIFEST);
  const file = path.join(dir, 'entities.jsonl');
  const out = createWriteStream(file);
  for (const e of entities(count, options)) if (!out.write(JSON.stringify(e) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '/tmp/linked-lives-synthetic', count = '10000'] = process.argv.slice(2);
  console.log(await writeSynthetic(dir, Number(count)));
}
