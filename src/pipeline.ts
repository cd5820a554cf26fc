// **pipeline** — the stages composed: load → model (checked) → graph → validate → serialize.
import type { Quad } from '@rdfjs/types';
import type { InputIssue } from './errors.js';
import { createContext, entityIri, type GraphOptions, type Profile } from './graph/context.js';
import { buildGraph } from './graph/build.js';
import { loadDatasetShapes } from './load/load-shapes.js';
import { safeLoadDataset } from './load/load-dataset.js';
import type { Dataset } from './model/dataset.js';
import { checkSourcing } from './sourcing/check-sourcing.js';
import { sourcingErrors, type SourcingFinding } from './sourcing/findings.js';
import { nodeOwners } from './validate/owners.js';
import type { Report } from './validate/report.js';
import { CompiledShapes, validateQuads, type DescribeEntity } from './validate/validate.js';

export const PROFILES: Profile[] = ['truthy', 'full'];

export interface ProfileGraph {
  profile: Profile;
  quads: Quad[];
  report: Report;
}

export type PipelineResult =
  | { ok: false; stage: 'load'; issues: InputIssue[] }
  /** `conforms`: every graph conforms to the shapes and no sourcing finding is an error. */
  | { ok: true; dataset: Dataset; graphs: ProfileGraph[]; sourcing: SourcingFinding[]; conforms: boolean };

export interface PipelineOptions extends Omit<GraphOptions, 'profile'> {
  profiles?: Profile[];
  /** A directory of SHACL shapes (*.ttl). Defaults to the package's shapes/. */
  shapesDir?: string;
}

/** Loads a data directory, builds each profile's graph and validates it, and checks its sourcing
 *  (sourcing/check-sourcing.ts). Never throws on bad data. */
export async function runPipeline(dataDir: string, options: PipelineOptions = {}): Promise<PipelineResult> {
  const loaded = await safeLoadDataset(dataDir);
  if (!loaded.ok) return { ok: false, stage: 'load', issues: loaded.issues };
  // Compiled once for both profiles: making the validator costs a tenth of a second each time.
  const shapes = new CompiledShapes(await loadDatasetShapes(loaded.dataset.manifest, options));
  const graphs: ProfileGraph[] = [];
  for (const profile of options.profiles ?? PROFILES) {
    const quads = buildGraph(loaded.dataset, { ...options, profile });
    const report = await validateQuads(quads, shapes, { describe: describer(loaded.dataset, options), owners: nodeOwners(quads) });
    graphs.push({ profile, quads, report });
  }
  const sourcing = await checkSourcing(loaded.dataset, dataDir);
  return { ok: true, dataset: loaded.dataset, graphs, sourcing, conforms: graphs.every((g) => g.report.conforms) && !sourcingErrors(sourcing).length };
}

/** Validates a dataset in one profile with the package's shapes. */
export async function validateDataset(dataset: Dataset, options: GraphOptions & { shapesDir?: string } = {}): Promise<Report> {
  const quads = buildGraph(dataset, options);
  return validateQuads(quads, await loadDatasetShapes(dataset.manifest, options), { describe: describer(dataset, options), owners: nodeOwners(quads) });
}

/** Names entity IRIs in reports: id, English (or first) label, data file. */
export function describer(dataset: Dataset, options: GraphOptions): DescribeEntity {
  const ctx = createContext(dataset, options);
  const byIri = new Map<string, { id: string; label?: string; file?: string }>();
  for (const entity of [...dataset.manifest.sources, ...dataset.entities]) {
    const label = entity.labels.en ?? Object.values(entity.labels)[0];
    const file = dataset.files.get(entity.id);
    byIri.set(entityIri(ctx, entity), { id: entity.id, ...(label && { label }), ...(file && { file }) });
  }
  return (iri) => byIri.get(iri);
}
