// **places** — the input of a life's map: the places of a person's events that have coordinates on
// Earth (P625), each with the events that happened there. A place without coordinates (a prison) is
// shown at the first place it lies in that has them (its town), and says so.
import type { Place } from '../../model/place.js';
import { RANKS } from '../../model/statement.js';
import type { GlobeCoordinate } from '../../model/wikibase-values.js';
import { GLOBE_EARTH, WIKIDATA } from '../../vocab/namespaces.js';
import { pickLabel, type FigureSource } from './source.js';
import type { Label } from './svg.js';

export interface MapPlace {
  id: string;
  label: Label;
  latitude: number;
  longitude: number;
  /** The place whose coordinates are used, when this one has none of its own. */
  via?: { id: string; label: Label };
  events: { id: string; label: Label }[];
}

export interface LifePlaces {
  person: { id: string; label: Label };
  places: MapPlace[];
  /** Places of the life that have no coordinates, nor any place they lie in. */
  unplaced: Label[];
}

const onEarth = (c: GlobeCoordinate) => c.globe === undefined || WIKIDATA.wd + c.globe === GLOBE_EARTH;

/** The best-ranked coordinates on Earth a place states itself, if any. */
export function coordinatesOf(place: Place): GlobeCoordinate | undefined {
  const valued = place.coordinates.filter((s) => s.snak.type === 'value' && s.rank !== 'deprecated' && onEarth(s.snak.value));
  const best = [...valued].sort((a, b) => RANKS.indexOf(a.rank) - RANKS.indexOf(b.rank))[0];
  return best?.snak.type === 'value' ? best.snak.value : undefined;
}

/** Coordinates of the place or of the nearest place it lies in (located in, part of) that has some. */
function locate(source: FigureSource, place: Place, seen = new Set<string>()): { place: Place; at: GlobeCoordinate } | undefined {
  const at = coordinatesOf(place);
  if (at) return { place, at };
  seen.add(place.id);
  for (const s of [...place.locatedIn, ...place.partOf]) {
    if (s.snak.type !== 'value' || s.rank === 'deprecated' || seen.has(s.snak.value)) continue;
    const parent = source.entity(s.snak.value);
    const found = parent?.kind === 'place' ? locate(source, parent, seen) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The places of a person's life; undefined when the id is not a person or no event names a place. */
export function lifePlacesOf(source: FigureSource, personId: string): LifePlaces | undefined {
  const person = source.entity(personId);
  if (person?.kind !== 'person') return undefined;
  const places = new Map<string, MapPlace>();
  const unplaced = new Map<string, Label>();
  for (const event of source.eventsOf(personId)) {
    if (!event.participants.some((p) => p.snak.type === 'value' && p.snak.value === personId && p.rank !== 'deprecated')) continue;
    const eventLabel = pickLabel(event.labels, source.lang) ?? { text: event.id };
    for (const s of event.locations) {
      const place = s.snak.type === 'value' && s.rank !== 'deprecated' ? source.entity(s.snak.value) : undefined;
      if (place?.kind !== 'place') continue;
      const label = pickLabel(place.labels, source.lang) ?? { text: place.id };
      const found = locate(source, place);
      if (!found) {
        unplaced.set(place.id, label);
        continue;
      }
      const entry = places.get(place.id) ?? { id: place.id, label, latitude: found.at.latitude, longitude: found.at.longitude, events: [],
        ...(found.place !== place && { via: { id: found.place.id, label: pickLabel(found.place.labels, source.lang) ?? { text: found.place.id } } }) };
      if (!entry.events.some((e) => e.id === event.id)) entry.events.push({ id: event.id, label: eventLabel });
      places.set(place.id, entry);
    }
  }
  if (!places.size && !unplaced.size) return undefined;
  return { person: { id: personId, label: pickLabel(person.labels, source.lang) ?? { text: personId } }, places: [...places.values()], unplaced: [...unplaced.values()] };
}
