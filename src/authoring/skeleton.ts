// **skeleton** — what `linked-lives init DIR` writes: a dataset that validates as it is, small enough
// to read in a minute: the manifest with one source and its text, a person with a birth event, every
// statement quoting the text, and a README with the next steps.
import { chmod, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LinkedLivesError } from '../errors.js';
import { schemaPathFrom } from './package-files.js';

const SOURCE_TEXT = `Ada Exemplar, writer and teacher, was born on 4 March 1871 in a fishing village on the
coast. She taught at the village school for twenty years and wrote two novels about the sea.

(This text was written for the linked-lives example dataset: replace it with the source you work from.)
`;

const cite = (quote: string) => `\n    references:\n      - { source: example-source, quote: "${quote}", at: "first paragraph" }`;

function files(dir: string): Record<string, string> {
  const schema = (file: string, name: Parameters<typeof schemaPathFrom>[1]) =>
    `# yaml-language-server: $schema=${schemaPathFrom(path.dirname(path.join(dir, file)), name)}`;
  return {
    'dataset.yaml': `${schema('dataset.yaml', 'dataset')}
# The dataset's own description. Entities are the other .yaml files, in any folder.
title:
  en: My dataset
description:
  en: What this dataset is about, and where its sources come from.
# Entity IRIs are minted under this base (<baseIri>entity/<id>). CHANGE IT to an IRI you control,
# e.g. https://w3id.org/your-project/ — it must end with / or #.
baseIri: https://example.org/my-dataset/
# The licence the data is published under (here CC BY 4.0): change it if you choose another.
license: https://creativecommons.org/licenses/by/4.0/
# What validate insists on: each check is error (validate fails, export refuses), warning or off.
checks:
  quotes: error          # every quote is in its source's text
  missingText: error     # every source's text: file exists
  unsourced: error       # every statement cites a source
  duplicates: warning    # two entities with the same name and compatible dates
# Every statement cites one of these by its id. Add one with: linked-lives new source ID
sources:
  - id: example-source
    labels: { en: Example source }
    title: { text: "Ada Exemplar, a life in brief", lang: en }
    authorNames: [The linked-lives authors]
    text: sources/example.txt              # its words: validate finds every quote in this file
    language: en
`,
    'sources/example.txt': SOURCE_TEXT,
    'persons/ada-exemplar.yaml': `${schema('persons/ada-exemplar.yaml', 'person')}
# A person. Her dates and places of birth, death, detention … come from events (events/), not from here.
# linked-lives new person ID writes a file with every field a person takes.
kind: person
id: ada-exemplar
labels: { en: Ada Exemplar }
descriptions: { en: writer and teacher (an example) }
sexOrGender:
  - value: female${cite('She taught at the village school')}
occupations:
  - value: writer${cite('Ada Exemplar, writer and teacher')}
  - value: teacher${cite('Ada Exemplar, writer and teacher')}
`,
    'events/birth-of-ada-exemplar.yaml': `${schema('events/birth-of-ada-exemplar.yaml', 'event')}
# A birth event gives the person who is born (the participant without a role) her date of birth
# (P569) and, with locations:, her place of birth (P19). linked-lives vocab birth says so.
kind: event
id: birth-of-ada-exemplar
type: birth
labels: { en: Birth of Ada Exemplar }
date:
  - value: 1871-03-04${cite('was born on 4 March 1871')}
participants:
  - value: ada-exemplar${cite('Ada Exemplar, writer and teacher, was born')}
`,
    'README.md': `# My dataset

A [linked-lives](https://www.npmjs.com/package/linked-lives) dataset: biographical data as YAML
files, exported as Wikidata-shaped linked data.

- \`dataset.yaml\` — the title, the base IRI (change it to one you control), the licence and the
  sources every statement cites.
- \`sources/\` — the texts of the sources; each quote in the data is taken word for word from one.
- \`persons/\`, \`events/\` … — one file per entity. A person's birth, death, imprisonment or
  membership are events: the event gives the person the date and place.

## Next steps

1. Check it works: \`npx linked-lives validate --data ${path.basename(dir)}\` (run beside this folder).
2. Put your source's text in \`sources/\` and describe it in \`dataset.yaml\`
   (\`npx linked-lives new source ID --data ${path.basename(dir)}\` adds an entry to fill in).
3. Add entities: \`npx linked-lives new person|work|event|place|organization ID --data ${path.basename(dir)}\`
   writes a file listing every field the kind takes, the Wikidata property it becomes and an example;
   uncomment the fields you have a source for and replace each \`<…>\`.
4. Look up a field, property or concept key: \`npx linked-lives vocab WORD\` (e.g. \`vocab membership\`).
5. Export: \`npx linked-lives export --data ${path.basename(dir)} --out dumps\` writes Turtle, JSON-LD,
   N-Triples and N-Quads.

Editors that read \`# yaml-language-server: $schema=…\` lines (VS Code with the YAML extension)
complete the fields and concept keys and flag mistakes as you type. Delete the example person, event
and source text when your own data is in.
`,
  };
}

/** Writes the skeleton into `dir`, which must not exist or be empty; all files or none. */
export async function writeSkeleton(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new LinkedLivesError(`${dir} is a file: give init a new or empty folder`, 'authoring');
    throw error;
  });
  if (entries.length) throw new LinkedLivesError(`${dir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}): init writes a new dataset only into a new or empty folder, so that nothing of yours is overwritten`, 'authoring');
  const parent = path.dirname(path.resolve(dir));
  await mkdir(parent, { recursive: true });
  // Written beside it and renamed into place: a folder with all the files or none (an empty one is replaced).
  const temp = await mkdtemp(path.join(parent, `.${path.basename(dir)}.init-`));
  try {
    const contents = files(dir);
    for (const [name, text] of Object.entries(contents)) {
      await mkdir(path.dirname(path.join(temp, name)), { recursive: true });
      await writeFile(path.join(temp, name), text);
    }
    await chmod(temp, 0o777 & ~process.umask()); // mkdtemp makes it private
    await rename(temp, dir);
    return Object.keys(contents);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
