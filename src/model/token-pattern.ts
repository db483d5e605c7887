// The shape of a linguistic rule kept as data: a pattern over token attributes, after spaCy's Matcher
// ([{"LEMMA": "agree"}, {"LOWER": "to"}, {"POS": "VERB"}]). src/core/match-pattern.ts runs them.

/** One step of a pattern: every attribute given must hold for the token. */
export interface Step {
  /** Lower-case word forms, any of. */
  w?: readonly string[];
  /** Lemmas, any of. */
  lemma?: readonly string[];
  /** Universal POS tags, any of. */
  pos?: readonly string[];
  /** Lower-case word forms the token must not be. */
  notW?: readonly string[];
  /** Lower-case endings, any of ("ing"). */
  suffix?: readonly string[];
  /** A present-tense or base form of the lemma ("gives", "include"), never a past form ("gave"). */
  present?: boolean;
  /** Repetition: optional, any number, or at least one (repeats are capped at eight tokens). */
  op?: '?' | '*' | '+';
}

export interface TokenPattern {
  name: string;
  /** One line: what in the language this describes. */
  comment: string;
  steps: readonly Step[];
}
