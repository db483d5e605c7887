// The facts Accord Lens extracts from one article. Mirrors ../shared/contract/facts.schema.json:
// what the command line prints, what the content script hands to the popup.
//
// Offsets are UTF-16 code units into `article.text`, end exclusive, so that
// `article.text.slice(m.start, m.end) === m.text` holds for every mention.

/** One span of the article text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export type PartyKind = 'state' | 'organization' | 'group';

/** A side of the agreement (or of the meeting, on pages that report no agreement). */
export interface Party {
  /** Canonical name, e.g. "Pakistan". */
  name: string;
  kind: PartyKind;
  /** ISO 3166-1 alpha-2 for states, else null. */
  code: string | null;
  /** Every mention that stands for the party: names, demonyms, possessives, capitals acting as the state. */
  mentions: Mention[];
}

/** A named person with a role. */
export interface Official {
  /** The fullest form of the name found, e.g. "Syed Asim Munir". */
  name: string;
  /** Role, e.g. "Chief of Army Staff". */
  title: string | null;
  /** Canonical party name the official acts for. */
  affiliation: string | null;
  mentions: Mention[];
}

/** How far a measure has got, from the wording (after CAMEO/PLOVER: intent, agreement, signature, implementation). */
export type { MeasureStatus } from '../model/cues';
import type { MeasureStatus } from '../model/cues';

/** Something the parties agreed, decided or committed to. */
export interface Measure {
  /** Short normalised phrase, e.g. "deploy military liaison officers in each other's country". */
  text: string;
  status?: MeasureStatus;
  mentions: Mention[];
}

/** An event that led to the agreement (e.g. "recent missile exchanges"). */
export interface ContextItem {
  text: string;
  mentions: Mention[];
}

/** An attributed quotation. */
export interface Quote {
  text: string;
  /** Name of the speaker as canonicalised among officials, or as written; null when unattributed. */
  speaker: string | null;
  mentions: Mention[];
}

/** A curated event of the bundled fact model that this article reports. */
export interface KnownEventRef {
  id: string;
  title: string;
  /** The curated facts of the event (src/model/known-events.ts), for showing beside what the page says. */
  record?: KnownEventRecord;
}

/** The curated record of a known event. */
export interface KnownEventRecord {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  place: string;
  /** Canonical party names. */
  parties: string[];
  officials: Array<{ name: string; title: string; affiliation: string }>;
  measures: string[];
  context: string[];
}

export interface Facts {
  version: 1;
  /** The input path or the page URL. */
  source: string;
  article: {
    title: string | null;
    text: string;
    /** BCP 47 code where detected, e.g. "en". */
    language: string | null;
  };
  isAgreement: boolean;
  /** 0..1 */
  confidence: number;
  knownEvent: KnownEventRef | null;
  /** ISO date (YYYY-MM-DD) of the event itself. */
  date: string | null;
  /** City or site where the meeting or agreement took place. */
  location: string | null;
  parties: Party[];
  officials: Official[];
  measures: Measure[];
  context: ContextItem[];
  quotes: Quote[];
  /** One generated sentence; empty when the page reports no agreement. */
  summary: string;
}

/** What the core needs to extract facts: plain text and what the page knows besides. */
export interface ExtractInput {
  text: string;
  title?: string | null;
  /** The input path or page URL, copied to Facts.source. */
  source?: string;
  /** The page's publication date (ISO, YYYY-MM-DD), used to resolve "on Monday" when the text has no dateline. */
  publishedDate?: string | null;
  /** The page's declared language (e.g. <html lang>), a hint only. */
  languageHint?: string | null;
}

/** The three categories highlighted on the page. */
export type HighlightKind = 'party' | 'official' | 'measure';
