// **own-entity** — an entity of our own Wikibase JSON (`export --format wikibase-json`, recognised by its
// `linkedLives` object) back into what the data wrote: the manifest's header, a source, a concept, or an
// entity file. Statements derived from events are left to the events, which give them back.
import { P } from '../vocab/properties.js';
import type { Converted } from './documents.js';
import { nonEmpty, push, termsOf } from './documents.js';
import { defaultField } from './fields.js';
import type { EntityConverter } from './from-json.js';
import { EXTENSION_KEY, type EntityExtension, type JsonEntity } from './json-model.js';
import { inputStatement, mainValue, Problem } from './snaks.js';

/** The documents or manifest part of one of our entities. */
export function ownEntity(c: EntityConverter, entity: JsonEntity, extension: EntityExtension): Converted | string {
  const id = entity.id!;
  const labels = c.terms(entity.labels) ?? {};
  switch (extension.kind) {
    case 'dataset':
      return { documents: [], manifest: [{ type: 'header', title: labels, description: c.terms(entity.descriptions) ?? {}, ...(extension.baseIri && { baseIri: extension.baseIri }), ...(extension.license && { license: extension.license }) }] };
    case 'concept': {
      const broader = entity.claims?.[P.subclassOf]?.[0]?.mainsnak;
      const body = { kind: 'concept', id, group: extension.group, label: labels.en ?? Object.values(labels)[0], ...(extension.qid && { qid: extension.qid }), ...(broader?.snaktype === 'value' && broader.datavalue.type === 'wikibase-entityid' && { broader: broader.datavalue.value.id }) };
      c.report.entity('concept');
      return { documents: [{ kind: 'concept', id, body }], manifest: [] };
    }
    case 'source':
      return ownSource(c, entity, extension, labels);
    default: {
      const kind = extension.kind;
      const body: Record<string, unknown> = { kind, id, ...(extension.qid && { qid: extension.qid }) };
      const fields: Record<string, unknown> = {};
      const ctx = c.snakContext(id);
      if (extension.type !== undefined && kind !== 'person') body.type = extension.type;
      for (const [property, statements] of Object.entries(entity.claims ?? {})) {
        for (const statement of statements) {
          const ext = statement[EXTENSION_KEY];
          if (ext?.derivedFrom !== undefined) {
            c.report.statement(property, 'given back by an event');
            continue;
          }
          if (property === P.instanceOf && !ext?.field) continue; // the one the kind or type gives
          const field = ext?.field ?? defaultField(kind, property);
          const converted = inputStatement(ctx, statement, !!ext?.idGiven);
          if (converted instanceof Problem) {
            c.report.note(id, converted.message, property);
            c.report.statement(property, 'not imported');
            continue;
          }
          push(fields, field, converted);
          c.report.statement(property, field.startsWith('claims.') ? 'claims' : 'field');
        }
      }
      c.report.entity(kind);
      return { documents: [{ kind, id, body: { ...body, ...termsOf(labels, c.terms(entity.descriptions), c.aliases(entity.aliases)), ...fields } }], manifest: [] };
    }
  }
}

function ownSource(c: EntityConverter, entity: JsonEntity, extension: EntityExtension, labels: Record<string, string>): Converted {
  const value = (property: string) => (entity.claims?.[property] ?? []).flatMap((s) => {
    const v = s.mainsnak.snaktype === 'value' ? mainValue(c.snakContext(entity.id!), s.mainsnak) : undefined;
    return v && !(v instanceof Problem) ? [v.value] : [];
  });
  const [title] = value(P.title);
  const [date] = value(P.publicationDate);
  const [file] = value('sourceFile');
  const source = {
    id: entity.id, ...(extension.qid && { qid: extension.qid }), labels,
    ...nonEmpty('descriptions', c.terms(entity.descriptions)), ...nonEmpty('aliases', c.aliases(entity.aliases)),
    title, ...nonEmpty('authors', value(P.author)), ...nonEmpty('authorNames', value(P.authorNameString)),
    ...(date !== undefined && { date }), ...(extension.url && { url: extension.url }), ...(file !== undefined && { file }),
    language: extension.language,
  };
  c.ctx.sources.set(entity.id!, extension.language ?? 'en');
  c.report.entity('source');
  return { documents: [], manifest: [{ type: 'source', source }] };
}
