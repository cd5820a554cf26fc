// **esm-only** — what `require('linked-lives')` loads: the package is an ES module, and this says so
// and how to load it, instead of Node's "No exports main defined".
const error = new Error(
  "linked-lives is an ES module only and cannot be loaded with require(). Import it instead:\n" +
  "  import { loadDataset, buildGraph } from 'linked-lives';        // in an ES module (.mjs, or \"type\": \"module\")\n" +
  "  const { loadDataset, buildGraph } = await import('linked-lives'); // from CommonJS, inside an async function",
);
Object.assign(error, { code: 'ERR_REQUIRE_ESM' });
throw error;
