// **linked-lives** — biographical knowledge as Wikidata-shaped linked data. The public API.

// load
export { loadDataset, safeLoadDataset, MANIFEST_NAMES } from './load/load-dataset.js';
export type { LoadResult } from './load/load-dataset.js';
export { loadShapes, loadDatasetShapes, PACKAGE_SHAPES_DIR } from './load/load-shapes.js';

// model
export { PersonSchema } from './model/person.js';
export type { Person } from './model/person.js';
export { WorkSchema } from './model/work.js';
export type { Work } from './model/work.js';
export { EventSchema } from './model/event.js';
export type { Event } from './model/event.js';
export { PlaceSchema } from './model/place.js';
export type { Place } from './model/place.js';
export { OrganizationSchema } from './model/organization.js';
export type { Organization } from './model/organization.js';
export { SourceSchema } from './model/source.js';
export type { Source } from './model/source.js';
export { EntitySchema, FIELDS } from './model/entity.js';
export type { Entity, AnyEntity } from './model/entity.js';
export { ManifestSchema } from './model/manifest.js';
export type { Manifest } from './model/manifest.js';
export type { Dataset } from './model/dataset.js';
export type { Statement, Rank, Snak } from './model/statement.js';
export type { Reference } from './model/reference.js';
export type { Qualifiers } from './model/qualifiers.js';
export { parseTime, TimeValueSchema, PRECISION } from './model/time.js';
export type { TimePoint, TimeValue, Precision, Calendar } from './model/time.js';
export { checkDataset } from './model/check.js';
// the same, as written in a data file (before parsing): for data written in TypeScript
export type { PersonInput } from './model/person.js';
export type { WorkInput } from './model/work.js';
export type { EventInput } from './model/event.js';
export type { PlaceInput } from './model/place.js';
export type { OrganizationInput } from './model/organization.js';
export type { SourceInput } from './model/source.js';
export type { EntityInput } from './model/entity.js';
export type { ManifestInput } from './model/manifest.js';
export type { StatementInput } from './model/statement.js';
export type { ReferenceInput } from './model/reference.js';
export type { QualifiersInput } from './model/qualifiers.js';
export type { TimeValueInput, TimePointInput } from './model/time.js';
export type { Checks } from './model/checks.js';

// sourcing
export { checkSourcing } from './sourcing/check-sourcing.js';
export type { SourcingFinding } from './sourcing/findings.js';

// graph
export { buildGraph, graphQuads } from './graph/build.js';
export type { GraphOptions, Profile } from './graph/context.js';
export { timeLiteral } from './graph/time-literal.js';

// validate
export { validateQuads } from './validate/validate.js';
export type { ValidateOptions, DescribeEntity } from './validate/validate.js';
export { formatReport } from './validate/report.js';
export type { Report, ReportResult, Severity } from './validate/report.js';

// serialize
export { serializers, FORMATS } from './serialize/index.js';
export type { Format, Serializer, SerializeOptions } from './serialize/index.js';
export { toTurtle, turtleStream } from './serialize/turtle.js';
export { toNTriples, toNQuads, ntriplesStream, nquadsStream } from './serialize/ntriples.js';
export { toJsonLd, jsonldStream, parseJsonLd } from './serialize/jsonld.js';
export { JSONLD_CONTEXT } from './serialize/jsonld-context.js';

// pipeline and output
export { runPipeline, validateDataset, PROFILES } from './pipeline.js';
export type { PipelineResult, PipelineOptions, ProfileGraph } from './pipeline.js';
export { writeDumps } from './output/write-dumps.js';
export type { ProfileOutput, DumpOptions, WrittenDumps } from './output/write-dumps.js';
export { voidQuads, voidTurtle } from './output/void.js';
export type { VoidInput } from './output/void.js';
export type { ShardInfo } from './output/shard.js';

// streaming
export { streamGraphBlocks, streamGraphQuads } from './graph/stream.js';
export type { StreamOptions } from './graph/stream.js';
export { readEntities, indexEntities, readLines } from './load/read-jsonl.js';
export { indexInput } from './first-pass.js';
export { PreferredClaims } from './graph/preferred.js';
export type { LineTally, OnError } from './load/read-jsonl.js';
export { factsOf } from './model/resolve.js';
export type { EntityFacts } from './model/resolve.js';

// Wikidata in and out (import, Wikibase JSON, QuickStatements)
export { importEntities, slugOf } from './wikibase/import.js';
export type { ImportOptions, ImportedItem } from './wikibase/import.js';
export type { ImportedDocument, ManifestPart } from './wikibase/from-json.js';
export { ImportReport } from './wikibase/import-report.js';
export { writeImport } from './wikibase/write-import.js';
export { mergeInto } from './wikibase/merge.js';
export { readWikibaseEntities } from './wikibase/read-entities.js';
export { wikibaseJsonLines } from './wikibase/to-json.js';
export type { JsonEntity, JsonStatement } from './wikibase/json-model.js';
export { quickStatements, formatCarryReport } from './wikibase/quickstatements.js';
export type { CarryProblem } from './wikibase/quickstatements.js';

// site
export { buildSite } from './site/build.js';
export type { SiteOptions, SiteResult } from './site/build.js';

// errors
export { LinkedLivesError, InputError, formatIssue } from './errors.js';
export type { InputIssue, IssueCode } from './errors.js';

// query
export { loadStore, RESULT_FORMATS } from './query/store.js';
export type { QueryStore, ResultFormat, StoreOptions } from './query/store.js';
export type { QueryResult, Binding } from './query/results.js';
export { parseSparqlJson } from './query/results.js';
export { formatTable, formatTerm } from './query/format-table.js';
export { withPrefixes } from './query/prefixes.js';
export { dumpFormatOf, DUMP_FORMATS } from './query/dump-format.js';
export type { DumpFormat } from './query/dump-format.js';
export { parseDump } from './query/source.js';
export type { RdfSource, DumpText } from './query/source.js';

// publish
export { publish, DEFAULT_BATCH, MAX_BATCH } from './publish/publish.js';
export type { PublishOptions, PublishProgress, PublishResult } from './publish/publish.js';
export { Credentials, credentialsFromEnv, readCredentialsFile, parseCredentials } from './publish/credentials.js';
export { PublishError, PUBLISH_EXIT_CODES } from './publish/errors.js';
export type { PublishErrorCode } from './publish/errors.js';
export type { Protocol } from './publish/endpoints.js';
export type { RetryPolicy } from './publish/retry.js';

// site figures (SVG drawn at build time)
export {
  figureSource, lifeOf, timelineSvg, relationsOf, relationsSvg, lifePlacesOf, mapSvg, FIGURE_CSS,
} from './site/figures/index.js';
export type {
  FigureSource, Href, Label, Life, LifeEvent, DateReading, TimelineOptions, Relations, RelationGroup, RelationMember,
  RelationsOptions, LifePlaces, MapPlace, MapOptions,
} from './site/figures/index.js';
