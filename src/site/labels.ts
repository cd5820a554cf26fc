// **labels** — the words a reader sees for properties, from the tables the dump's own labels come from.
import type { PropertyRef } from '../graph/property.js';
import { EXTENSION_TERMS } from '../vocab/extension.js';
import { PROPERTY_LABELS } from '../vocab/properties.js';

export function propertyLabel(property: PropertyRef): string {
  switch (property.ns) {
    case 'wd': return PROPERTY_LABELS[property.name];
    case 'll': return EXTENSION_TERMS[property.name].label;
    case 'open': return property.info.labels.en ?? Object.values(property.info.labels)[0] ?? property.info.key;
  }
}
