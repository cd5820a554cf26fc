// **dataset** — a manifest plus its entities, and where each entity came from.
import type { Entity } from './entity.js';
import type { Manifest } from './manifest.js';

export interface Dataset {
  manifest: Manifest;
  entities: Entity[];
  /** The file each entity (and the manifest's sources) was read from, by id. */
  files: Map<string, string>;
}
