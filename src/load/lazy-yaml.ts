// **lazy-yaml** — the yaml package, required on first use rather than when the library is imported
// (it is CommonJS, so require gives the very module an import would).
import { createRequire } from 'node:module';

let loaded: typeof import('yaml') | undefined;

export const yaml = (): typeof import('yaml') => (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
