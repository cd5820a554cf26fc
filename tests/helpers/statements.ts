// Test helper: a small dataset built on the mini fixture, its graphs in both profiles, and what one
// subject's statements of a property hold (values, ps: values, the quotes of their references).
import { Store } from 'n3';
import { expect } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { loadDataset } from '../../src/load/load-dataset.js';
import { validateDataset } from '../../src/pipeline.js';
import { NAMESPACES as N } from '../../src/vocab/namespaces.js';
import { tempData } from './temp-data.js';

export const MINI_BASE = 'https://example.org/mini/';
export const MINI_ENTITY = `${MINI_BASE}entity/`;
/** A reference to the mini fixture's source with a quote, as YAML. */
export const ref = (quote: string) => `references: [{ source: doc-a, quote: "${quote}" }]`;

/** The mini fixture plus `files`, loaded, and its graphs in both profiles as stores. */
export async function miniGraphs(files: Record<string, string>) {
  const dataset = await loadDataset(await tempData(files));
  return { dataset, truthy: new Store(buildGraph(dataset, { profile: 'truthy' })), full: new Store(buildGraph(dataset, { profile: 'full' })) };
}

export const values = (store: Store, subject: string, predicate: string) => store.getObjects(subject, predicate, null).map((t) => t.value).sort();

/** The ps: values of the subject's statements of one property. */
export const statementValues = (store: Store, subject: string, pid: string) =>
  store.getObjects(subject, N.p + pid, null).flatMap((s) => store.getObjects(s, N.ps + pid, null)).map((t) => t.value).sort();

/** The quotes (pr:P1683) of the references of the subject's statements of one property. */
export const quotesOf = (store: Store, subject: string, pid: string) =>
  store.getObjects(subject, N.p + pid, null).flatMap((s) => store.getObjects(s, N.prov + 'wasDerivedFrom', null))
    .flatMap((r) => store.getObjects(r, N.pr + 'P1683', null)).map((t) => t.value).sort();

/** SHACL finds nothing in either profile. */
export async function expectValid(dataset: Awaited<ReturnType<typeof loadDataset>>) {
  for (const profile of ['truthy', 'full'] as const) expect((await validateDataset(dataset, { profile })).results, profile).toEqual([]);
}
