// Words that make a state's demonym a region's ("South American nations", "Latin American leaders",
// "North American markets", "Central American migrants"): where no state's name begins with them, the
// demonym after them names no state. ("South African", "Central African" and "North Korean" are states'
// own forms, found from their first word before this is asked.)
export const REGION_BEFORE_DEMONYM = {
  words: new Set(['south', 'north', 'latin', 'central', 'pan', 'meso']),
  /** The state each sentence must name (null: none). */
  should: [
    ['Leaders of eight South American nations met in Manaus.', null],
    ['Latin American governments welcomed the truce.', null],
    ['Central American migrants crossed the border.', null],
  ],
  shouldNot: [
    ['South African officials signed the accord.', 'South Africa'],
    ['The Central African government agreed to the truce.', 'Central African Republic'],
    ['North Korean and American envoys met.', 'North Korea'],
    ['American and Cuban envoys met in Havana.', 'United States'],
  ],
} as const;
