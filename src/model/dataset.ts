// **dataset** — a manifest plus its entities, and where each entity came from.
import type { Entity } from './entity.js';
import type { Manifest } from './manifest.js';

export interface Dataset {
  manifest: Manifest;
  entities: Entity[];
  /** The file each entity (and the manifest's sources) was read from, by id. */
  files: Map<string, string>;
  /** When each entity's file last changed, in seconds since 1970, by id (load/modified.ts); absent for
   *  a dataset built in code, whose dumps then carry no modification times. */
  modified?: Map<string, number>;
  /** The newest of those and of the manifest and concept files: the dump's modification time. */
  modifiedAt?: number;
  /** Files with a data file's name that were not read (a named pipe, a folder …), and why. */
  skipped?: { file: string; reason: string }[];
}
