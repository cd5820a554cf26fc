// **quickstatements** — a dataset → QuickStatements v1 commands (tab-separated) for Wikidata's batch
// editor, and a report of everything the commands cannot carry. The statements are those of our RDF
// (graph/to-claims, graph/derive), value by value; the syntax is the one QuickStatements' own v1
// parser reads (magnusmanske/quickstatements, public_html/quickstatements.php: importDataFromV1 and
// parseValueV1), as docs/quickstatements.md explains with the places it was read from.
//
// - An entity with a QID receives statements (`Q42<TAB>P569<TAB>…`); a person, work, place or
//   organisation without one is created (`CREATE`, then `LAST<TAB>…`). Events are not created (their
//   facts reach Wikidata as the statements derived on their participants), sources neither (they are
//   cited in the references), concepts never.
// - Several references of one statement: on a created item one command with each reference after the
//   first opened by `!S` (QuickStatements builds the new item in one edit and keeps the groups); on an
//   existing item one command per reference, because QuickStatements writes all `S` columns of one
//   command as a single reference there (magnusmanske/quickstatements#46) but adds a further reference
//   to the statement a repeated command finds by its value.
// - A second statement with the property and value of an earlier one (other qualifiers) is written
//   `!P…`, which makes QuickStatements create a statement instead of adding to the one it finds.
// - What v1 cannot say (ranks, our extension properties, values without a QID, …) is left out and
//   reported, never dropped silently; deprecated statements are left out (v1 would write them with
//   normal rank, asserting what the sources reject).
import type { Dataset } from '../model/dataset.js';
import type { AnyEntity, Entity } from '../model/entity.js';
import type { Source } from '../model/source.js';
import { NAMESPACES, GLOBE_EARTH, UNIT_ONE } from '../vocab/namespaces.js';
import { P, PROPERTY_LABELS } from '../vocab/properties.js';
import { EXTENSION_TERMS } from '../vocab/extension.js';
import type { Claim, ClaimQualifier, ClaimReference, Value } from '../graph/claim.js';
import { createContext, entityIri, type GraphContext } from '../graph/context.js';
import { deriveClaims } from '../graph/derive.js';
import { propertyIris, type PropertyRef } from '../graph/property.js';
import { entityClaims, propertyName, statementQualifiers, wikidataPropertyId } from './claims.js';
import { BROKEN_TEXT, decimal, qsTime, quote, symmetricError, timeText, V1_COORDINATE_PRECISION } from './quickstatements-syntax.js';

export { qsTime, symmetricError } from './quickstatements-syntax.js';

/** Something of the data the commands do not carry, and why. */
export interface CarryProblem {
  /** The entity it belongs to (for a source, the source). */
  entity: { id: string; label: string };
  /** The property whose value is not carried: a Wikidata id (P569), an extension property (locator),
   *  a dataset's own (printRun), or a term command (Len, Den). Absent for a whole entity. */
  property?: { id: string; label: string };
  /** The value, in words (not in QuickStatements syntax, which has none for it). */
  value?: string;
  /** The statement it is part of, when it is a qualifier, a rank reason or part of a reference. */
  statement?: { property: { id: string; label: string }; value: string };
  reason: string;
}

export interface QuickStatementsOptions {
  /** The language of the entity labels the report names entities by. Defaults to `en` (else the first). */
  language?: string;
  /** Also send the labels and descriptions of entities that have a QID. QuickStatements *replaces* an
   *  item's label or description in a language with the one it is given, so by default they are left out
   *  and reported; aliases are always sent (they are added to the item's). */
  replaceTerms?: boolean;
}

export interface QuickStatementsResult {
  /** The commands, one per line, columns separated by tabs, ending with a newline (empty for none). */
  text: string;
  /** What the commands do not carry, in entity order. */
  report: CarryProblem[];
}

/** QuickStatements v1 commands for every entity of the dataset, with a report of what they cannot carry.
 *  Same dataset, same bytes. */
export function quickStatements(dataset: Dataset, options: QuickStatementsOptions = {}): QuickStatementsResult {
  return new Exporter(dataset, options).run();
}

/** The report as text: one line per problem, after a count. */
export function formatCarryReport(report: CarryProblem[]): string {
  if (!report.length) return 'QuickStatements carries everything in the data.\n';
  const lines = report.map((p) => {
    const where = p.statement ? ` in ${p.statement.property.id} (${p.statement.property.label}) ${p.statement.value}` : '';
    const what = p.property ? ` ${p.property.id} (${p.property.label})${p.value !== undefined ? ` ${p.value}` : ''}${where}:` : where ? `${where}:` : '';
    return `${p.entity.id} (${p.entity.label}):${what} ${p.reason}`;
  });
  return `${report.length} thing${report.length === 1 ? '' : 's'} QuickStatements does not carry:\n${lines.join('\n')}\n`;
}

/** A qualifier or reference column pair: `P580` / `S248` and its value. */
type Cell = [key: string, value: string];

interface Statement {
  property: string;
  value: string;
  qualifiers: Cell[];
  references: Cell[][];
}

type Rendered = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const WD = NAMESPACES.wd;
const QID = /^Q[1-9]\d*$/;
/** Language codes both QuickStatements parsers read (PHP `[a-z_-]+`, Rust `[a-z][a-z0-9_-]*`). */
const LANGUAGE = /^[a-z]+(-[a-z]+)*$/;
const STATED_IN = P.statedIn;

class Exporter {
  private readonly ctx: GraphContext;
  private readonly language: string;
  private readonly entities = new Map<string, AnyEntity>();
  private readonly sources = new Map<string, Source>();
  private readonly byIri = new Map<string, AnyEntity>();
  private readonly lines: string[] = [];
  private readonly report: CarryProblem[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly dataset: Dataset, private readonly options: QuickStatementsOptions) {
    this.ctx = createContext(dataset);
    this.language = options.language ?? 'en';
    for (const entity of [...dataset.manifest.sources, ...dataset.entities]) {
      this.entities.set(entity.id, entity);
      this.byIri.set(entityIri(this.ctx, entity), entity);
    }
    for (const source of dataset.manifest.sources) this.sources.set(entityIri(this.ctx, source), source);
  }

  run(): QuickStatementsResult {
    for (const source of this.dataset.manifest.sources) this.source(source);
    const derived = deriveClaims(this.ctx, this.dataset.entities);
    for (const entity of this.dataset.entities) this.entity(entity, derived);
    return { text: this.lines.length ? `${this.lines.join('\n')}\n` : '', report: this.report };
  }

  private problem(entity: AnyEntity, problem: Omit<CarryProblem, 'entity'>): void {
    const entry: CarryProblem = { entity: { id: entity.id, label: this.labelOf(entity) }, ...problem };
    const key = JSON.stringify(entry);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.report.push(entry);
  }

  private labelOf(entity: AnyEntity): string {
    const { labels } = entity;
    return labels[this.language] ?? labels.en ?? Object.keys(labels).sort().map((k) => labels[k]!)[0] ?? entity.id;
  }

  private source(source: Source): void {
    if (source.qid) return;
    this.problem(source, { reason: 'not created: a source without a QID is cited in each reference by its title (S1476), authors (S50 or S2093), publication date (S577) and URL (S854)' });
    if (source.file !== undefined) {
      this.problem(source, { property: propertyName({ ns: 'll', name: 'sourceFile' }), value: JSON.stringify(source.file), reason: 'not sent: the name of a local file, which Wikidata has no use for' });
    }
  }

  private entity(entity: Entity, derived: Map<string, Claim[]>): void {
    if (!entity.qid && entity.kind === 'event') {
      this.problem(entity, { reason: 'not created: events are given as the statements derived on their participants' });
      return;
    }
    const created = !entity.qid;
    const subject = entity.qid ?? 'LAST';
    if (created) this.lines.push('CREATE');
    this.terms(entity, subject, created);
    const statements = new Map<string, Statement>();
    for (const claim of byProperty(entityClaims(this.ctx, entity, derived))) {
      const statement = this.statement(entity, claim, created);
      if (!statement) continue;
      // The same statement twice (an event and a typed field, two events): once, with the references of both.
      const key = [statement.property, statement.value, ...statement.qualifiers.flat()].join('\t');
      const earlier = statements.get(key);
      if (earlier) earlier.references = unique([...earlier.references, ...statement.references], (r) => r.flat().join('\t'));
      else statements.set(key, statement);
    }
    const valued = new Set<string>();
    for (const s of statements.values()) {
      // QuickStatements adds to a statement of the same property and value; `!P` makes it create one.
      const again = valued.has(`${s.property}\t${s.value}`);
      valued.add(`${s.property}\t${s.value}`);
      this.write(subject, created, s, again);
    }
  }

  private write(subject: string, created: boolean, s: Statement, again: boolean): void {
    const head = [subject, `${again ? '!' : ''}${s.property}`, s.value, ...s.qualifiers.flat()];
    if (!s.references.length) this.lines.push(head.join('\t'));
    else if (created) {
      const refs = s.references.flatMap((cells, i) => cells.map(([k, v], j): Cell => [i > 0 && j === 0 ? `!${k}` : k, v]));
      this.lines.push([...head, ...refs.flat()].join('\t'));
    } else {
      s.references.forEach((cells, i) => {
        // Further references: the statement again, found by its value, with one reference each.
        const start = i === 0 ? head : [subject, s.property, s.value];
        this.lines.push([...start, ...cells.flat()].join('\t'));
      });
    }
  }

  private terms(entity: Entity, subject: string, created: boolean): void {
    const send = created || this.options.replaceTerms;
    const term = (code: 'L' | 'D' | 'A', name: string, lang: string, text: string) => {
      const property = { id: `${code}${lang}`, label: `${name} in ${lang}` };
      const lower = lang.toLowerCase();
      if (!LANGUAGE.test(lower)) return this.problem(entity, { property, value: JSON.stringify(text), reason: `not sent: QuickStatements reads only language codes of letters and dashes, not "${lang}"` });
      const quoted = quote(text);
      if (quoted === undefined) return this.problem(entity, { property, value: JSON.stringify(text), reason: `not sent: ${BROKEN_TEXT}` });
      if (code !== 'A' && !send) {
        return this.problem(entity, { property, value: JSON.stringify(text), reason: `not sent: ${subject} exists on Wikidata, and a QuickStatements ${name} command replaces the ${name} it has in ${lang} (replaceTerms sends it)` });
      }
      this.lines.push([subject, `${code}${lower}`, quoted].join('\t'));
    };
    for (const [lang, text] of sorted(entity.labels)) term('L', 'label', lang, text);
    for (const [lang, text] of sorted(entity.descriptions)) term('D', 'description', lang, text);
    for (const [lang, list] of sorted(entity.aliases)) for (const text of new Set(list)) term('A', 'alias', lang, text);
  }

  /** The statement a claim gives, or nothing (reported) when v1 cannot carry it. */
  private statement(entity: Entity, claim: Claim, created: boolean): Statement | undefined {
    const property = propertyName(claim.property);
    const value = claim.snak.type === 'value' ? this.describe(claim.snak.value) : claim.snak.type === 'somevalue' ? 'unknown value' : 'no value';
    const pid = wikidataPropertyId(claim.property);
    if (pid === undefined) {
      this.problem(entity, { property, value, reason: `statement not sent: ${propertyReason(claim.property)}` });
      return undefined;
    }
    if (claim.rank === 'deprecated') {
      const why = claim.rankReason ? ` (reason for the rank: ${claim.rankReason})` : '';
      this.problem(entity, { property, value, reason: `deprecated statement not sent${why}: QuickStatements v1 has no rank syntax, and with normal rank it would assert what the sources reject` });
      return undefined;
    }
    let main: string;
    if (claim.snak.type !== 'value') {
      if (created) {
        this.problem(entity, { property, value, reason: `statement not sent: QuickStatements fails to create an item with ${value === 'unknown value' ? 'an unknown-value' : 'a no-value'} statement (it writes the snak as a value: magnusmanske/quickstatements#25); add it once the item has its QID` });
        return undefined;
      }
      main = claim.snak.type;
    } else {
      const rendered = this.value(claim.snak.value);
      if (!rendered.ok) {
        this.problem(entity, { property, value, reason: `statement not sent: ${rendered.reason}` });
        return undefined;
      }
      for (const note of rendered.notes) this.problem(entity, { property, value, reason: note });
      main = rendered.text;
    }
    const where = { property, value };
    if (claim.rank === 'preferred') this.problem(entity, { property, value, reason: 'preferred rank not carried: QuickStatements v1 has no rank syntax, so the statement is sent with normal rank; set the rank on Wikidata by hand' });
    if (claim.rankReason) {
      this.problem(entity, { property: propertyName({ ns: 'll', name: 'rankReason' }), value: JSON.stringify(claim.rankReason), statement: where, reason: `not sent: ${propertyReason({ ns: 'll', name: 'rankReason' })}` });
    }
    const qualifiers: Cell[] = [];
    for (const q of statementQualifiers(claim)) {
      const cell = this.snak(entity, where, q.property, q.value, 'P', 'qualifier');
      if (cell) qualifiers.push(cell);
    }
    const references = claim.references.map((r) => this.reference(entity, where, r)).filter((cells) => cells.length);
    return {
      property: pid, value: main, qualifiers: unique(qualifiers, (c) => c.join('\t')),
      references: unique(references, (r) => r.flat().join('\t')),
    };
  }

  /** A qualifier (`P…`) or reference (`S…`) column pair, or nothing (reported). */
  private snak(entity: Entity, where: CarryProblem['statement'], property: PropertyRef, value: ClaimQualifier['value'], prefix: 'P' | 'S', role: string): Cell | undefined {
    const name = propertyName(property);
    const pid = wikidataPropertyId(property);
    if (pid === undefined) {
      this.problem(entity, { property: name, value: this.describe(value), statement: where, reason: `${role} not sent: ${propertyReason(property)}` });
      return undefined;
    }
    if (value.type === 'somevalue' || value.type === 'novalue') {
      if (entity.qid) return [`${prefix}${pid.slice(1)}`, value.type];
      this.problem(entity, { property: name, value: this.describe(value), statement: where, reason: `${role} not sent: QuickStatements fails to create an item with an unknown or no value (it writes the snak as a value: magnusmanske/quickstatements#25); add it once the item has its QID` });
      return undefined;
    }
    const rendered = this.value(value);
    if (!rendered.ok) {
      this.problem(entity, { property: name, value: this.describe(value), statement: where, reason: `${role} not sent: ${rendered.reason}` });
      return undefined;
    }
    for (const note of rendered.notes) this.problem(entity, { property: name, value: this.describe(value), statement: where, reason: `${role}: ${note}` });
    return [`${prefix}${pid.slice(1)}`, rendered.text];
  }

  /** One reference's column pairs. A source with a QID is `S248 Q…`; one without is cited by what we know
   *  of it: title, authors, publication date, URL. Then the passage's URL, the quotation, the source's
   *  spelling (P1932 "stated as") and the snaks given by property. */
  private reference(entity: Entity, where: CarryProblem['statement'], reference: ClaimReference): Cell[] {
    const cells: Cell[] = [];
    const text = (property: PropertyRef, value: ClaimQualifier['value']) => {
      const cell = this.snak(entity, where, property, value, 'S', 'reference part');
      if (cell) cells.push(cell);
    };
    const source = reference.sourceIri ? this.sources.get(reference.sourceIri) : undefined;
    if (source?.qid) cells.push([`S${STATED_IN.slice(1)}`, source.qid]);
    else if (source) {
      text(wdRef('title'), { type: 'monolingualtext', ...source.title });
      for (const id of source.authors) {
        const author = this.entities.get(id);
        if (author?.qid) cells.push([`S${P.author.slice(1)}`, author.qid]);
        // An author the data knows but Wikidata does not (yet): the name, as Wikidata cites authors without an item.
        else text(wdRef('authorNameString'), { type: 'string', text: author ? this.labelOf(author) : id });
      }
      for (const name of source.authorNames) text(wdRef('authorNameString'), { type: 'string', text: name });
      if (source.date) text(wdRef('publicationDate'), { type: 'time', time: source.date });
      if (source.url) text(wdRef('referenceUrl'), { type: 'url', iri: source.url });
    } else if (reference.sourceIri) {
      this.problem(entity, { property: propertyName(wdRef('statedIn')), value: reference.sourceIri, statement: where, reason: 'reference part not sent: not a source of the dataset' });
    }
    if (reference.url) text(wdRef('referenceUrl'), { type: 'url', iri: reference.url });
    if (reference.quote) text(wdRef('quotation'), { type: 'monolingualtext', text: reference.quote, lang: reference.lang ?? 'en' });
    if (reference.namedAs) text(wdRef('objectNamedAs'), { type: 'string', text: reference.namedAs });
    if (reference.at) {
      this.problem(entity, { property: propertyName({ ns: 'll', name: 'locator' }), value: JSON.stringify(reference.at), statement: where, reason: `reference part not sent: ${propertyReason({ ns: 'll', name: 'locator' })}; P304 "page(s)" would claim it is a page` });
    }
    if (reference.note) {
      this.problem(entity, { property: propertyName({ ns: 'll', name: 'referenceNote' }), value: JSON.stringify(reference.note), statement: where, reason: `reference part not sent: ${propertyReason({ ns: 'll', name: 'referenceNote' })}` });
    }
    for (const snak of reference.snaks ?? []) text(snak.property, snak.value);
    return unique(cells, (c) => c.join('\t'));
  }

  /** A value in v1 syntax, or why it has none. `notes`: what is lost on the way (the value is still sent). */
  private value(value: Value): Rendered {
    const ok = (text: string, notes: string[] = []): Rendered => ({ ok: true, text, notes });
    switch (value.type) {
      case 'item': {
        const qid = this.qidOf(value);
        return qid ? ok(qid) : { ok: false, reason: this.noQidReason(value) };
      }
      case 'string': case 'external-id': case 'commonsMedia': case 'url': {
        const text = value.type === 'url' ? value.iri : value.type === 'external-id' ? value.id : value.type === 'commonsMedia' ? value.file : value.text;
        const quoted = quote(text);
        return quoted === undefined ? { ok: false, reason: BROKEN_TEXT } : ok(quoted);
      }
      case 'monolingualtext': {
        const lang = value.lang.toLowerCase();
        if (!LANGUAGE.test(lang)) return { ok: false, reason: `QuickStatements reads only language codes of letters and dashes, not "${value.lang}"` };
        const quoted = quote(value.text);
        return quoted === undefined ? { ok: false, reason: BROKEN_TEXT } : ok(`${lang}:${quoted}`);
      }
      case 'time': {
        const { before, after } = value.time;
        return ok(qsTime(value.time), before || after ? [`sent without its uncertainty (before ${before ?? 0}, after ${after ?? 0}), which v1 cannot write`] : []);
      }
      case 'globe-coordinate': {
        if (value.globe !== GLOBE_EARTH) return { ok: false, reason: `a coordinate on the globe ${this.itemText(value.globe, value.globeRef)}: QuickStatements v1 writes every coordinate on Earth (Q2)` };
        const notes = value.precision === V1_COORDINATE_PRECISION ? [] : [
          `${value.precision === undefined ? 'no precision is given, and' : `precision ${decimal(value.precision)}° not carried:`} QuickStatements v1 writes every coordinate with precision 0.000001°`,
        ];
        return ok(`@${decimal(value.latitude)}/${decimal(value.longitude)}`, notes);
      }
      case 'quantity': {
        let unit = '';
        if (value.unit !== UNIT_ONE) {
          const qid = value.unit.startsWith(WD) ? value.unit.slice(WD.length) : this.qidOf({ type: 'item', iri: value.unit, ...(value.unitRef !== undefined && { ref: value.unitRef }) });
          if (!qid || !QID.test(qid)) return { ok: false, reason: `the unit ${this.itemText(value.unit, value.unitRef)} has no QID, and QuickStatements names units by QID (U…)` };
          unit = `U${qid.slice(1)}`;
        }
        if (value.lowerBound === undefined || value.upperBound === undefined) return ok(`${value.amount}${unit}`);
        const error = symmetricError(value.amount, value.lowerBound, value.upperBound);
        if (error !== undefined) return ok(`${value.amount}~${error}${unit}`);
        return ok(`${value.amount}${unit}`, [`bounds [${value.lowerBound}, ${value.upperBound}] not carried: QuickStatements v1 writes only bounds at the same distance on both sides of the amount (amount~distance), and these are not; the amount is sent without bounds`]);
      }
      default: {
        const unknown: { type: string } = value;
        return { ok: false, reason: `QuickStatements export does not know values of type ${unknown.type}` };
      }
    }
  }

  /** The QID an item value names: a Wikidata item, a concept with a verified QID, or an entity with a `qid`. */
  private qidOf(value: Extract<Value, { type: 'item' }>): string | undefined {
    if (value.iri.startsWith(WD) && QID.test(value.iri.slice(WD.length))) return value.iri.slice(WD.length);
    const entity = (value.ref !== undefined ? this.entities.get(value.ref) : undefined) ?? this.byIri.get(value.iri);
    return entity?.qid;
  }

  private noQidReason(value: Extract<Value, { type: 'item' }>): string {
    const entity = (value.ref !== undefined ? this.entities.get(value.ref) : undefined) ?? this.byIri.get(value.iri);
    if (!entity) return `${this.itemText(value.iri, value.ref)} is a concept with no verified Wikidata QID, and QuickStatements names items by QID`;
    if (entity.kind === 'event') return `the value is the event ${entity.id}, which has no QID and is not created on Wikidata`;
    if (entity.kind === 'source') return `the value is the source ${entity.id}, which has no QID and is not created on Wikidata`;
    return `the value is ${entity.id}, which has no QID: this batch creates it, but a v1 command can name a new item only as LAST, the item created last; add the statement once ${entity.id} has its QID`;
  }

  private itemText(iri: string, ref?: string): string {
    if (iri.startsWith(WD)) {
      const qid = iri.slice(WD.length);
      return ref !== undefined && ref !== qid ? `${ref} (${qid})` : qid;
    }
    const entity = ref !== undefined ? this.entities.get(ref) : this.byIri.get(iri);
    if (entity) return `${entity.id} (${this.labelOf(entity)})`;
    return ref ?? iri;
  }

  /** A value in words, for the report. */
  private describe(value: ClaimQualifier['value']): string {
    switch (value.type) {
      case 'somevalue': return 'unknown value';
      case 'novalue': return 'no value';
      case 'item': return this.itemText(value.iri, value.ref);
      case 'time': return timeText(value.time);
      case 'monolingualtext': return `${JSON.stringify(value.text)}@${value.lang}`;
      case 'string': return JSON.stringify(value.text);
      case 'external-id': return JSON.stringify(value.id);
      case 'commonsMedia': return JSON.stringify(value.file);
      case 'url': return value.iri;
      case 'quantity': {
        const bounds = value.lowerBound !== undefined ? ` [${value.lowerBound}, ${value.upperBound}]` : '';
        return `${value.amount}${bounds}${value.unit === UNIT_ONE ? '' : ` ${this.itemText(value.unit, value.unitRef)}`}`;
      }
      case 'globe-coordinate': {
        const precision = value.precision !== undefined ? ` ±${decimal(value.precision)}°` : '';
        return `${decimal(value.latitude)}, ${decimal(value.longitude)}${precision}${value.globe === GLOBE_EARTH ? '' : ` on ${this.itemText(value.globe, value.globeRef)}`}`;
      }
      default: return JSON.stringify(value);
    }
  }
}


const wdRef = (name: keyof typeof PROPERTY_LABELS): PropertyRef => ({ ns: 'wd', name });

function propertyReason(property: PropertyRef): string {
  if (property.ns === 'll') return `"${EXTENSION_TERMS[property.name].label}" is a linked-lives extension property, which Wikidata does not have`;
  if (property.ns === 'open') return `"${property.info.key}" is a property of the dataset's own, not a Wikidata property`;
  return `${propertyIris(property).id} cannot be written`;
}

/** Claims grouped by property, in order of first appearance (as render-claims groups them). */
function byProperty(claims: Claim[]): Claim[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = propertyIris(claim.property).claim;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()].flat();
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));
