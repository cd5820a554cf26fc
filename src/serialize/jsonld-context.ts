// **jsonld-context** — the fixed JSON-LD context of linked-lives dumps: the prefixes of vocab/namespaces.
// Shipped as `linked-lives/context.jsonld` too; a test keeps that file equal to this object.
import { NAMESPACES } from '../vocab/namespaces.js';

export const JSONLD_CONTEXT: Record<string, string> = Object.fromEntries(
  Object.entries(NAMESPACES).sort(([a], [b]) => (a < b ? -1 : 1)),
);
