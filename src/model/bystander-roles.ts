// Words that cast a person as a bystander of the agreement rather than a side's actor: a guarantor, a
// witness, a mediator, a host, a guest, or one who reacts to the deal from outside (welcomed, criticised,
// claimed credit for it). Such a person's side is not evidence that the side agreed.

export const BYSTANDER_WORDS = [
  'guarantor',
  'guarantors',
  'witnessed',
  'witnesses',
  'witness',
  'mediator',
  'mediators',
  'mediated',
  'mediating',
  'brokered',
  'hosted',
  'hosting',
  'attended',
  'observer',
  'observers',
  'facilitator',
  'facilitated',
  'guests',
  'welcomed',
  'hailed',
  'praised',
  'lauded',
  'applauded',
  'congratulated',
  'criticised',
  'criticized',
  'condemned',
  'denounced',
  'slammed',
  'credit',
  'supported',
  'supports',
  'opposed',
  'opposes',
] as const;

/**
 * Bystander words that are hosting verbs: a person named after one (not after "… by") is the guest,
 * one of the sides ("Erdogan announced the deal after hosting Somali President Hassan Sheikh Mohamud").
 */
export const HOST_OBJECT_WORDS = ['hosted', 'hosting', 'welcomed'] as const;

/** [sentence, whether it casts its person as a bystander] — run by src/core/bystander.test.ts. */
export const BYSTANDER_EXAMPLES: ReadonlyArray<readonly [string, boolean]> = [
  ['President Anna Moreno stands as guarantor of the accord.', true],
  ['The signing was witnessed by Foreign Minister Omar Haddad.', true],
  ['Prime Minister Lena Novak attended the ceremony.', true],
  ['Foreign Minister Omar Haddad signed the accord for his government.', false],
  ['General Tomas Petrov agreed to withdraw his troops.', false],
  ['President Luis Moreno welcomed the agreement between the two neighbours.', true],
  ['Prime Minister Omar Haddad claimed credit for the ceasefire.', true],
  ['Foreign Minister Lena Novak criticised the deal as one-sided.', true],
  ['Spokesman Omar Haddad said his government supported the deal.', true],
  ['President Anna Moreno welcomed Prime Minister Omar Haddad to the capital for the signing.', true],
];
