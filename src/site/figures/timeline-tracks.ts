// **timeline-tracks** — the bands of a life's timeline, by event type, so that a reader finds prison
// spells, homes and work each on their own rows. Types not listed go to "Other events".

export interface Track {
  key: string;
  title: string;
  types: readonly string[];
}

export const TRACKS: readonly Track[] = [
  { key: 'life', title: 'Life and family', types: ['birth', 'death', 'burial', 'marriage', 'romantic-relationship', 'separation', 'illness'] },
  { key: 'detention', title: 'Arrests, trials, prison, exile and expulsions', types: ['arrest', 'trial', 'conviction', 'imprisonment', 'release', 'exile', 'deportation', 'expulsion', 'prisoner-exchange', 'refusal-of-entry'] },
  { key: 'residence', title: 'Homes and journeys', types: ['residence', 'migration', 'journey', 'communal-settlement'] },
  { key: 'work', title: 'Work, memberships and writing', types: ['employment', 'membership', 'studies', 'composition', 'publication', 'correspondence'] },
  { key: 'other', title: 'Other events', types: [] },
];

export const trackOf = (type: string): Track =>
  TRACKS.find((t) => t.types.includes(type)) ?? TRACKS[TRACKS.length - 1]!;
