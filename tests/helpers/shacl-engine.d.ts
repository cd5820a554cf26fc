// Types for the part of shacl-engine (an untyped package) that the tests use.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Quad, Term } from '@rdfjs/types';

  export interface ValidatorFactory extends DataFactory {
    dataset(quads?: Quad[]): DatasetCore;
  }

  export interface ValidationReport {
    conforms: boolean;
    /** The W3C SHACL report graph. */
    dataset: DatasetCore;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: ValidatorFactory });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
