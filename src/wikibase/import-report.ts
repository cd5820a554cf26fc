// **import-report** — what an import did: entities by kind, statements per property and where they
// went (a named field, an event, `claims:`), and everything it could not carry, with the reason.
import type { InputIssue } from '../errors.js';

export type Destination = 'field' | 'event' | 'claims' | 'given back by an event' | 'already there' | 'not imported';

export class ImportReport {
  readonly entities = new Map<string, number>();
  /** Statements per property id, by where they went. */
  readonly statements = new Map<string, Map<Destination, number>>();
  /** What was not carried over, by property and reason: how many entities, and the first few. A dump
   *  repeats one reason for thousands of entities; the report stays small and says it once. */
  readonly notes = new Map<string, { property?: string; message: string; count: number; entities: string[] }>();
  /** Whole entities left out (on-error skip), or not entities of a kind linked-lives holds. */
  readonly skipped: InputIssue[] = [];
  /** Fields named by the import and the file-level counts. */
  sitelinks = 0;
  declaredProperties: string[] = [];
  /** English labels of the properties the input declares (property entities). */
  readonly propertyLabels = new Map<string, string>();

  entity(kind: string): void {
    this.entities.set(kind, (this.entities.get(kind) ?? 0) + 1);
  }

  statement(property: string, to: Destination, count = 1): void {
    let by = this.statements.get(property);
    if (!by) this.statements.set(property, (by = new Map()));
    by.set(to, (by.get(to) ?? 0) + count);
  }

  note(entity: string, message: string, property?: string): void {
    const key = `${property}\t${message}`;
    let note = this.notes.get(key);
    if (!note) this.notes.set(key, (note = { ...(property !== undefined && { property }), message, count: 0, entities: [] }));
    if (note.entities.at(-1) === entity) return; // one entity, one line per reason
    note.count++;
    if (note.entities.length < EXAMPLES) note.entities.push(entity);
  }

  get entityCount(): number {
    let n = 0;
    for (const count of this.entities.values()) n += count;
    return n;
  }

  /** The summary a user reads: one line per kind and per property, then each note. */
  format(label: (property: string) => string): string {
    const lines = [`Imported ${plural(this.entityCount, 'entity', 'entities')} (${[...this.entities].map(([k, n]) => plural(n, k, `${k}s`)).join(', ') || 'none'}).`];
    if (this.statements.size) {
      lines.push('Statements per property:');
      const ids = [...this.statements.keys()].sort((a, b) => numeric(a) - numeric(b) || (a < b ? -1 : 1));
      for (const id of ids) {
        const parts = [...this.statements.get(id)!].map(([to, n]) => `${n} ${to === 'field' ? 'to a named field' : to === 'event' ? 'to events' : to === 'claims' ? 'under claims' : to}`);
        lines.push(`  ${label(id)}: ${parts.join(', ')}`);
      }
    }
    if (this.declaredProperties.length) lines.push(`Declared in the manifest (properties:): ${this.declaredProperties.join(', ')}`);
    if (this.sitelinks) lines.push(`Not imported: ${this.sitelinks} sitelinks (a dataset has no wiki pages).`);
    if (this.notes.size) {
      lines.push('Not carried over:');
      for (const n of this.notes.values()) {
        const what = n.property ? ` ${label(n.property)}` : '';
        lines.push(n.count === 1 ? `  ${n.entities[0]}${what}: ${n.message}`
          : `  ${n.count} entities${what}: ${n.message} (${n.entities.join(', ')}${n.count > n.entities.length ? ' …' : ''})`);
      }
    }
    if (this.skipped.length) {
      lines.push(`Skipped (${this.skipped.length}):`);
      for (const s of this.skipped) lines.push(`  ${s.file}${s.line ? `:${s.line}` : ''}${s.entity ? ` ${s.entity}` : ''}: ${s.message}`);
    }
    return lines.join('\n');
  }
}

const EXAMPLES = 5;

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const numeric = (id: string) => (/^P\d+$/.test(id) ? Number(id.slice(1)) : Number.MAX_SAFE_INTEGER);
