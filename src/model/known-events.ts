// Curated events of the bundled fact model. An article is matched to one by content (see
// src/core/match-known-event.ts): the same sides, the participants' surnames, the event's distinctive
// measure terms and, when the article yields a date, a date window. Never by URL or wording.

export interface KnownEvent {
  id: string;
  title: string;
  /** Canonical party names (all must be among the article's parties). */
  parties: string[];
  officials: Array<{ name: string; title: string; affiliation: string }>;
  measures: string[];
  /** Lower-case stems whose presence marks this event's measures (at least one must occur). */
  distinctiveTerms: string[];
  date: string;
  /** Days either side of `date` that an article's event date may fall in. */
  dateRangeDays: number;
  place: string;
  context: string;
}

export const KNOWN_EVENTS: KnownEvent[] = [
  {
    id: 'pk-ir-2024-01-29-liaison-officers',
    title: 'Pakistan and Iran agree to deploy military liaison officers (Rawalpindi, 29 January 2024)',
    parties: ['Pakistan', 'Iran'],
    officials: [
      { name: 'Hossein Amir Abdollahian', title: 'Foreign Minister', affiliation: 'Iran' },
      { name: 'Syed Asim Munir', title: 'Chief of Army Staff', affiliation: 'Pakistan' },
      { name: 'Jalil Abbas Jilani', title: 'Foreign Minister', affiliation: 'Pakistan' },
    ],
    measures: [
      "deploy military liaison officers in each other's country",
      'intelligence sharing and coordination against terrorism',
      'high-level mechanism at the level of foreign ministers',
    ],
    distinctiveTerms: ['liaison officer', 'level of foreign ministers', 'foreign-minister level', 'foreign minister level'],
    date: '2024-01-29',
    dateRangeDays: 1,
    place: 'Rawalpindi',
    context: "Iran's missile strikes in Balochistan and Pakistan's retaliatory strikes in Sistan-Baluchestan (16-18 January 2024)",
  },
];
