// **wdqs-extensions** — two WDQS extensions a copied query may use, rewritten into standard SPARQL for
// the embedded store (Oxigraph takes no custom functions):
// - `wikibase:isSomeValue(?x)`: true for an "unknown value", which WDQS holds as a blank node or a
//   skolem IRI under `/.well-known/genid/` at the root of the host (IsSomeValueFunctionFactory); ours
//   follow the same rule, so it becomes `isBlank(?x) || (isIRI(?x) && REGEX(STR(?x), "^[^:/]+://[^/]+/\.well-known/genid/"))`,
//   the portable test to use on any other store.
// - Blazegraph query hints (`hint:Query hint:optimizer "None"`): advice to WDQS's optimizer, not data;
//   as triple patterns they would match nothing, so they are dropped.
// sparqljs is loaded only for a query that mentions either (most queries never pay for it).
import { createRequire } from 'node:module';
import type { Expression, Pattern, SparqlQuery, Triple } from 'sparqljs';
import { NAMESPACES, WDQS_PREFIXES } from '../vocab/namespaces.js';

const IS_SOME_VALUE = `${NAMESPACES.wikibase}isSomeValue`;
const HINT = WDQS_PREFIXES.hint;
export const SOME_VALUE_PATTERN = '^[^:/]+://[^/]+/\\.well-known/genid/';

/** The query (with its prefixes declared) with the extensions rewritten, or unchanged when it uses
 *  neither or does not parse (the store then reports the error against the user's own text). */
export function rewriteExtensions(sparql: string): string {
  if (!/isSomeValue|queryHints|\bhint:/.test(sparql)) return sparql;
  // Loaded synchronously (the store's query API is synchronous), and only here.
  const sparqljs = createRequire(import.meta.url)('sparqljs') as typeof import('sparqljs');
  let parsed: SparqlQuery;
  try {
    parsed = new sparqljs.Parser().parse(sparql) as SparqlQuery;
  } catch {
    return sparql;
  }
  if (parsed.type !== 'query') return sparql;
  const changed = { value: false };
  query(parsed as unknown as Record<string, unknown>, changed);
  return changed.value ? new sparqljs.Generator().stringify(parsed) : sparql;
}

type Changed = { value: boolean };

/** Every place of a query (or subquery) that holds patterns or expressions. */
function query(q: Record<string, unknown>, changed: Changed): void {
  const where = q.where as Pattern[] | undefined;
  if (where) q.where = patterns(where, changed);
  const rewrite = (e: Expression) => expression(e, changed);
  for (const key of ['variables', 'group', 'order'] as const) {
    const list = q[key] as ({ expression?: Expression } | unknown)[] | undefined;
    if (Array.isArray(list)) for (const item of list) if (item && typeof item === 'object' && 'expression' in item && item.expression) item.expression = rewrite(item.expression as Expression);
  }
  if (Array.isArray(q.having)) q.having = (q.having as Expression[]).map(rewrite);
}

function patterns(list: Pattern[], changed: Changed): Pattern[] {
  return list.flatMap((p): Pattern[] => {
    switch (p.type) {
      case 'bgp': {
        const triples = p.triples.filter((t) => !isHint(t));
        if (triples.length !== p.triples.length) changed.value = true;
        return triples.length ? [{ ...p, triples }] : [];
      }
      case 'filter': return [{ ...p, expression: expression(p.expression, changed) }];
      case 'bind': return [{ ...p, expression: expression(p.expression, changed) }];
      case 'group': case 'optional': case 'minus': case 'service': case 'union':
        return [{ ...p, patterns: patterns(p.patterns, changed) } as Pattern];
      case 'graph': return [{ ...p, patterns: patterns(p.patterns, changed) }];
      case 'query': query(p as unknown as Record<string, unknown>, changed); return [p];
      default: return [p];
    }
  });
}

const isHint = (t: Triple) => [t.subject, t.predicate].some((term) => 'termType' in term && term.termType === 'NamedNode' && term.value.startsWith(HINT));

function expression(e: Expression, changed: Changed): Expression {
  if (Array.isArray(e) || !('type' in e)) return e;
  if (e.type === 'functionCall' && typeof e.function === 'object' && e.function.value === IS_SOME_VALUE && e.args.length === 1) {
    changed.value = true;
    const x = expression(e.args[0] as Expression, changed);
    return {
      type: 'operation', operator: '||', args: [
        { type: 'operation', operator: 'isblank', args: [x] },
        { type: 'operation', operator: '&&', args: [
          { type: 'operation', operator: 'isiri', args: [x] },
          { type: 'operation', operator: 'regex', args: [{ type: 'operation', operator: 'str', args: [x] }, literal(SOME_VALUE_PATTERN)] },
        ] },
      ],
    } as Expression;
  }
  // EXISTS / NOT EXISTS take a group pattern as their argument.
  if (e.type === 'operation' && (e.operator === 'exists' || e.operator === 'notexists')) return { ...e, args: patterns(e.args as Pattern[], changed) } as Expression;
  if (e.type === 'operation' || e.type === 'functionCall') return { ...e, args: (e.args as Expression[]).map((a) => expression(a, changed)) } as Expression;
  return e;
}

const literal = (value: string) => ({ termType: 'Literal', value, language: '', datatype: { termType: 'NamedNode', value: `${NAMESPACES.xsd}string` } }) as unknown as Expression;
