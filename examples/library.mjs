// Load the dataset, validate it, and print a person's truthy birth date and its Turtle.
import { loadDataset, buildGraph, validateDataset, formatReport, toTurtle } from 'linked-lives';
import { P } from 'linked-lives/vocab';

const dataset = await loadDataset('data');                 // throws InputError listing every problem
const report = await validateDataset(dataset, { profile: 'full' });
console.log(formatReport(report));                          // "The data conforms to the shapes."

const quads = buildGraph(dataset, { profile: 'truthy' });   // RDF/JS quads: hand them to any RDF/JS store
const births = quads.filter((q) => q.predicate.value.endsWith(`/prop/direct/${P.dateOfBirth}`));
for (const q of births) console.log(q.subject.value, q.object.value);

const turtle = await toTurtle(quads);
console.log(turtle.split('\n').length, 'lines of Turtle');
