// **wikidata-dump** — a synthetic Wikidata JSON dump of `count` entities, gzip-compressed, in the exact
// format of Wikidata's `latest-all.json.gz`: a line `[`, one entity per line ending in `,` (the last
// without), a line `]`. Shaped like the items a biographical import meets: ~70 % humans (labels,
// descriptions and aliases in en/fr/de/ru, sex, citizenship, 2–3 occupations, birth and death dates of
// day or year precision, some Julian, places of birth and death, a spouse, party memberships with
// start and end, a VIAF id, sitelinks, a few preferred and deprecated statements), ~20 % places
// (countries, then cities with coordinates and a country), ~10 % works (author, publication date,
// title) and a few political parties. Statements carry GUIDs, snaks their datatype and hash,
// references (P248 stated in + P813 retrieved + P854 URL) their hash and snaks-order. Every item any
// statement points to is in the dump, except the databases references state (Q59000001–Q59000006)
// and the reasons for a deprecated rank. Deterministic for a seed (no Math.random).
// Usage: node bench/wikidata-dump.mjs [DIR] [COUNT] → DIR/dump.json.gz
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { random } from './generate.mjs';

const WD = 'http://www.wikidata.org/entity/';
const GREGORIAN = `${WD}Q1985727`;
const JULIAN = `${WD}Q1985786`;
const EARTH = `${WD}Q2`;
// Items of src/vocab/items.ts: human, male, female, city, country, political party (what the concept
// `political-party` maps to), literary work, and occupations.
const HUMAN = 'Q5', MALE = 'Q6581097', FEMALE = 'Q6581072', CITY = 'Q515', COUNTRY = 'Q6256';
const POLITICAL_PARTY = 'Q7278', LITERARY_WORK = 'Q7725634';
const OCCUPATIONS = ['Q36180', 'Q49757', 'Q1930187', 'Q82955', 'Q3242115', 'Q333634']; // writer, poet, journalist, politician, revolutionary, translator
/** Databases a reference states (not in the dump, as most of what a real dump's references name). */
const DATABASES = ['Q59000001', 'Q59000002', 'Q59000003', 'Q59000004', 'Q59000005', 'Q59000006'];
/** Reasons for a deprecated rank (P2241), not in the dump either. */
const DEPRECATION_REASONS = ['Q59000101', 'Q59000102'];
/** Entity ids: Q60000000 upwards, clear of every QID src/vocab/items.ts names. */
const QID_BASE = 60_000_000;
const QID_STRIDE = 7;

const FIRST = [['Victor', 'Виктор'], ['Anna', 'Анна'], ['Pierre', 'Пьер'], ['Maria', 'Мария'], ['Ivan', 'Иван'], ['Sophie', 'Софи'],
  ['Lev', 'Лев'], ['Elena', 'Елена'], ['Jean', 'Жан'], ['Olga', 'Ольга'], ['Karl', 'Карл'], ['Rosa', 'Роза'], ['Boris', 'Борис'],
  ['Nadia', 'Надя'], ['Henri', 'Анри'], ['Vera', 'Вера'], ['Paul', 'Поль'], ['Irina', 'Ирина'], ['Georg', 'Георг'], ['Lucie', 'Люси']];
const LAST = [['Serge', 'Серж'], ['Kibalchich', 'Кибальчич'], ['Roussakov', 'Русаков'], ['Martin', 'Мартен'], ['Petrov', 'Петров'],
  ['Lefebvre', 'Лефевр'], ['Weber', 'Вебер'], ['Volkova', 'Волкова'], ['Durand', 'Дюран'], ['Schmidt', 'Шмидт'], ['Orlov', 'Орлов'],
  ['Bernard', 'Бернар'], ['Fischer', 'Фишер'], ['Sokolova', 'Соколова'], ['Moreau', 'Моро'], ['Becker', 'Беккер'],
  ['Kuznetsov', 'Кузнецов'], ['Lambert', 'Ламбер'], ['Hoffmann', 'Хоффман'], ['Popova', 'Попова'], ['Girard', 'Жирар'],
  ['Novak', 'Новак'], ['Richter', 'Рихтер'], ['Zaitsev', 'Зайцев'], ['Roux', 'Ру'], ['Wolf', 'Вольф'], ['Belova', 'Белова']];
const DESCRIPTIONS = {
  en: ['Russian writer', 'French journalist', 'German poet', 'Belgian revolutionary', 'Russian translator', 'French politician'],
  fr: ['écrivain russe', 'journaliste français', 'poète allemand', 'révolutionnaire belge', 'traducteur russe', 'homme politique français'],
  de: ['russischer Schriftsteller', 'französischer Journalist', 'deutscher Dichter', 'belgischer Revolutionär', 'russischer Übersetzer', 'französischer Politiker'],
  ru: ['русский писатель', 'французский журналист', 'немецкий поэт', 'бельгийский революционер', 'русский переводчик', 'французский политик'],
};
const LANGS = ['en', 'fr', 'de', 'ru'];
const WIKIS = ['enwiki', 'frwiki', 'dewiki', 'ruwiki', 'eswiki', 'itwiki', 'plwiki', 'ukwiki', 'enwikiquote', 'commonswiki'];


const pad = (n, w = 2) => String(n).padStart(w, '0');
const KIND = { human: 0, country: 1, city: 2, party: 3, work: 4 };

/** How many entities of each kind a dump of `count` holds. */
export function layout(count) {
  const parties = Math.max(1, Math.min(500, Math.round(count * 0.002)));
  const countries = Math.max(1, Math.min(60, Math.round(count * 0.001)));
  const places = Math.max(countries + 1, Math.round(count * 0.2));
  const works = Math.round(count * 0.1);
  const humans = count - places - works - parties;
  if (humans < 2) throw new Error(`a synthetic dump needs more entities than ${count}`);
  return { humans, countries, cities: places - countries, parties, works };
}

/** The entities of the dump, as objects, in dump order (kinds interleaved, QIDs ascending). */
export function* wikidataEntities(count, { seed = 7 } = {}) {
  const rnd = random(seed);
  const n = layout(count);
  // Kinds by position: countries first (low QIDs, as on Wikidata), the rest shuffled.
  const kinds = new Uint8Array(count);
  kinds.fill(KIND.country, 0, n.countries);
  let at = n.countries;
  for (const [kind, k] of [[KIND.human, n.humans], [KIND.city, n.cities], [KIND.party, n.parties], [KIND.work, n.works]]) kinds.fill(kind, at, (at += k));
  for (let i = count - 1; i > n.countries; i--) {
    const j = n.countries + Math.floor(rnd() * (i - n.countries + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  const qid = (i) => `Q${QID_BASE + i * QID_STRIDE}`;
  const byKind = Object.fromEntries(Object.values(KIND).map((k) => [k, []]));
  kinds.forEach((k, i) => byKind[k].push(i));
  const of = (kind) => Int32Array.from(byKind[kind]);
  const humans = of(KIND.human), countries = of(KIND.country), cities = of(KIND.city), parties = of(KIND.party);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const hex = (len, upper = false) => {
    let s = '';
    while (s.length < len) s += Math.floor(rnd() * 0x100000000).toString(16).padStart(8, '0');
    s = s.slice(0, len);
    return upper ? s.toUpperCase() : s;
  };
  const guid = (id) => `${id}$${hex(8, true)}-${hex(4, true)}-${hex(4, true)}-${hex(4, true)}-${hex(12, true)}`;

  // ---- values and snaks ----
  const item = (id) => ({ value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' });
  const time = (y, m, d, precision, julian = false) => ({
    value: { time: `+${pad(y, 4)}-${precision >= 10 ? pad(m) : '00'}-${precision >= 11 ? pad(d) : '00'}T00:00:00Z`, timezone: 0, before: 0, after: 0, precision, calendarmodel: julian ? JULIAN : GREGORIAN },
    type: 'time',
  });
  const snak = (property, datatype, datavalue) => ({ snaktype: 'value', property, hash: hex(40), datavalue, datatype });
  const itemSnak = (property, id) => snak(property, 'wikibase-item', item(id));
  const timeSnak = (property, ...t) => snak(property, 'time', time(...t));
  /** A reference as Wikidata's look: stated in + retrieved, often a URL, sometimes the URL alone. */
  const reference = (id) => {
    const snaks = {};
    const form = rnd();
    if (form < 0.85) snaks.P248 = [itemSnak('P248', pick(DATABASES))];
    if (form >= 0.5) snaks.P854 = [snak('P854', 'url', { value: `https://example.org/record/${id}/${hex(6)}`, type: 'string' })];
    snaks.P813 = [timeSnak('P813', int(2013, 2024), int(1, 12), int(1, 28), 11)];
    return { hash: hex(40), snaks, 'snaks-order': Object.keys(snaks) };
  };
  const references = (id, p = 0.8) => (chance(p) ? Array.from({ length: chance(0.15) ? 2 : 1 }, () => reference(id)) : []);
  const statement = (id, mainsnak, { rank = 'normal', qualifiers, refs = 0.8 } = {}) => {
    const s = { mainsnak, type: 'statement' };
    if (qualifiers && Object.keys(qualifiers).length) {
      s.qualifiers = qualifiers;
      s['qualifiers-order'] = Object.keys(qualifiers);
    }
    s.id = guid(id);
    s.rank = rank;
    const r = references(id, refs);
    if (r.length) s.references = r;
    return s;
  };
  const terms = (values) => Object.fromEntries(Object.entries(values).map(([language, value]) => [language, { language, value }]));
  const sitelinks = (title, p) => {
    const out = {};
    for (const site of WIKIS) if (chance(p)) out[site] = { site, title, badges: chance(0.02) ? ['Q17437796'] : [] };
    return out;
  };
  /** Page id, revision and modification time, as the dump gives each entity. */
  const meta = (i, id) => ({ pageid: 1_000_000 + i * 3, ns: 0, title: id, lastrevid: 2_000_000_000 + i * 11, modified: `20${int(19, 24)}-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}Z` });
  const coordinate = () => {
    const precision = pick([0.0001, 0.001, 0.01, 0.1, 1]);
    const round = (x) => Number((Math.round(x / precision) * precision).toFixed(6));
    return { value: { latitude: round(-60 + rnd() * 130), longitude: round(-180 + rnd() * 360), altitude: null, precision, globe: EARTH }, type: 'globecoordinate' };
  };
  /** A date before 1918 is Julian one time in five (Russia changed calendars in 1918). */
  const date = (y) => {
    const precision = chance(0.8) ? 11 : 9;
    return [y, int(1, 12), int(1, 28), precision, y < 1918 && chance(0.2)];
  };

  // ---- entities ----
  function human(i) {
    const id = qid(i);
    const [first, firstRu] = pick(FIRST), [last, lastRu] = pick(LAST);
    const name = `${first} ${String.fromCharCode(65 + int(0, 25))}. ${last}`;
    const labels = { en: name };
    if (chance(0.7)) labels.fr = name;
    if (chance(0.6)) labels.de = name;
    if (chance(0.5)) labels.ru = `${firstRu} ${lastRu}`;
    const d = int(0, DESCRIPTIONS.en.length - 1);
    const descriptions = {};
    for (const l of LANGS) if (l === 'en' || chance(0.5)) descriptions[l] = DESCRIPTIONS[l][d];
    const aliases = {};
    if (chance(0.4)) aliases.en = [`${first[0]}. ${last}`, `${first} ${last}`].slice(0, int(1, 2)).map((value) => ({ language: 'en', value }));
    if (labels.ru && chance(0.3)) aliases.ru = [{ language: 'ru', value: `${firstRu[0]}. ${lastRu}` }];
    const born = int(1820, 1920);
    const claims = {
      P31: [statement(id, itemSnak('P31', HUMAN), { refs: 0.3 })],
      P21: [statement(id, itemSnak('P21', chance(0.6) ? MALE : FEMALE))],
      P27: [statement(id, itemSnak('P27', qid(pick(countries))), { refs: 0.5 })],
      P106: [],
    };
    if (chance(0.1)) claims.P27.push(statement(id, itemSnak('P27', qid(pick(countries))), { rank: 'deprecated', refs: 0.5 }));
    const occupations = [...OCCUPATIONS];
    for (let k = occupations.length - 1; k > 0; k--) {
      const j = int(0, k);
      [occupations[k], occupations[j]] = [occupations[j], occupations[k]];
    }
    occupations.length = int(2, 3);
    const preferredJob = chance(0.05) ? 0 : -1;
    occupations.forEach((o, k) => claims.P106.push(statement(id, itemSnak('P106', o), { rank: k === preferredJob ? 'preferred' : 'normal', refs: 0.6 })));
    // Birth: one date, or (one person in twelve) a preferred day and a deprecated year with its reason.
    if (chance(1 / 12)) {
      claims.P569 = [statement(id, timeSnak('P569', ...date(born).slice(0, 3), 11, false), { rank: 'preferred' }),
        statement(id, timeSnak('P569', born + 1, 1, 1, 9), { rank: 'deprecated', qualifiers: { P2241: [itemSnak('P2241', pick(DEPRECATION_REASONS))] } })];
    } else claims.P569 = [statement(id, timeSnak('P569', ...date(born)))];
    if (chance(0.9)) claims.P19 = [statement(id, itemSnak('P19', qid(pick(cities))))];
    if (chance(0.85)) {
      claims.P570 = [statement(id, timeSnak('P570', ...date(born + int(25, 85))))];
      if (chance(0.8)) claims.P20 = [statement(id, itemSnak('P20', qid(pick(cities))))];
    }
    if (chance(0.3)) {
      const married = born + int(20, 35);
      claims.P26 = [statement(id, itemSnak('P26', qid(pick(humans))), { qualifiers: chance(0.6) ? { P580: [timeSnak('P580', married, 1, 1, 9)] } : undefined, refs: 0.5 })];
    }
    if (chance(0.25)) {
      claims.P102 = [];
      let from = born + int(17, 30);
      for (let k = int(1, 2); k > 0; k--) {
        const to = from + int(1, 15);
        const qualifiers = { P580: [timeSnak('P580', ...date(from))] };
        if (chance(0.8)) qualifiers.P582 = [timeSnak('P582', ...date(to))];
        claims.P102.push(statement(id, itemSnak('P102', qid(pick(parties))), { qualifiers, refs: 0.6 }));
        from = to + int(0, 5);
      }
    }
    if (chance(0.8)) claims.P214 = [statement(id, snak('P214', 'external-id', { value: String(100_000_000 + ((i * 7919) % 900_000_000)), type: 'string' }), { refs: 0.4 })];
    return {
      type: 'item', id, labels: terms(labels), descriptions: terms(descriptions), aliases, claims,
      sitelinks: chance(0.6) ? sitelinks(name, 0.35) : {}, ...meta(i, id),
    };
  }

  function place(i, country) {
    const id = qid(i);
    const name = country ? `Country ${i}` : `City ${i}`;
    const labels = terms({ en: name, fr: country ? `Pays ${i}` : `Ville ${i}`, de: country ? `Land ${i}` : `Stadt ${i}`, ru: country ? `Страна ${i}` : `Город ${i}` });
    const claims = { P31: [statement(id, itemSnak('P31', country ? COUNTRY : CITY), { refs: 0.3 })] };
    if (!country) claims.P17 = [statement(id, itemSnak('P17', qid(pick(countries))), { refs: 0.5 })];
    claims.P625 = [statement(id, snak('P625', 'globe-coordinate', coordinate()), { refs: 0.6 })];
    return {
      type: 'item', id, labels, descriptions: terms({ en: country ? 'country' : 'city', fr: country ? 'pays' : 'ville' }),
      aliases: chance(0.2) ? { en: [{ language: 'en', value: `${name} (old name)` }] } : {}, claims,
      sitelinks: sitelinks(name, country ? 0.9 : 0.4), ...meta(i, id),
    };
  }

  function party(i) {
    const id = qid(i);
    const name = `Party ${i}`;
    return {
      type: 'item', id, labels: terms({ en: name, fr: `Parti ${i}`, de: `Partei ${i}`, ru: `Партия ${i}` }), descriptions: terms({ en: 'political party' }), aliases: {},
      claims: { P31: [statement(id, itemSnak('P31', POLITICAL_PARTY))], P17: [statement(id, itemSnak('P17', qid(pick(countries))), { refs: 0.5 })] },
      sitelinks: sitelinks(name, 0.5), ...meta(i, id),
    };
  }

  function work(i) {
    const id = qid(i);
    const lang = pick(LANGS);
    const title = `Work ${i}`;
    const claims = {
      P31: [statement(id, itemSnak('P31', LITERARY_WORK), { refs: 0.3 })],
      P50: Array.from({ length: chance(0.1) ? 2 : 1 }, () => statement(id, itemSnak('P50', qid(pick(humans))))),
      P1476: [statement(id, snak('P1476', 'monolingualtext', { value: { text: lang === 'ru' ? `Произведение ${i}` : title, language: lang }, type: 'monolingualtext' }), { refs: 0.5 })],
    };
    if (chance(0.9)) claims.P577 = [statement(id, timeSnak('P577', int(1840, 1990), int(1, 12), int(1, 28), chance(0.7) ? 9 : 11))];
    return {
      type: 'item', id, labels: terms({ en: title, [lang]: lang === 'ru' ? `Произведение ${i}` : title }), descriptions: terms({ en: 'literary work' }), aliases: {},
      claims, sitelinks: chance(0.3) ? sitelinks(title, 0.3) : {}, ...meta(i, id),
    };
  }

  for (let i = 0; i < count; i++) {
    switch (kinds[i]) {
      case KIND.human: yield human(i); break;
      case KIND.country: yield place(i, true); break;
      case KIND.city: yield place(i, false); break;
      case KIND.party: yield party(i); break;
      default: yield work(i);
    }
  }
}

/** Writes DIR/dump.json.gz (unless it is there: the dump is deterministic) and returns its path. */
export async function writeWikidataDump(dir, count, options = {}) {
  const file = path.join(dir, 'dump.json.gz');
  if (existsSync(file)) return file;
  await mkdir(dir, { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const gzip = createGzip();
  const done = once(gzip.pipe(createWriteStream(partial)), 'finish');
  const write = async (text) => { if (!gzip.write(text)) await once(gzip, 'drain'); };
  await write('[\n');
  let previous;
  for (const entity of wikidataEntities(count, options)) {
    if (previous !== undefined) await write(`${previous},\n`);
    previous = JSON.stringify(entity);
  }
  if (previous !== undefined) await write(`${previous}\n`);
  await write(']\n');
  gzip.end();
  await done;
  await rename(partial, file);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '/tmp/linked-lives-bench/wikidata-10000', count = '10000'] = process.argv.slice(2);
  console.log(await writeWikidataDump(dir, Number(count.replace(/k$/i, '000').replace(/M$/, '000000'))));
}
