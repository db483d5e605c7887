// The gate's compiled names must be the model's names: the generated file is rewritten by every build,
// and this catches a model edit committed without one.
import { describe, expect, it } from 'vitest';
import { LEADERS } from '../model/leaders';
import { ORGANISATIONS } from '../model/organisations';
import { STATES_DATA } from '../model/gazetteer.generated';
import { PARTY_FORMS } from '../model/party-forms.generated';
import { compilePartyForms } from './compile-party-forms';

describe('compilePartyForms', () => {
  it('is what the committed generated file holds', () => {
    const compiled = compilePartyForms({ states: STATES_DATA, organisations: ORGANISATIONS, leaders: LEADERS });
    expect(PARTY_FORMS).toEqual(compiled);
  });

  it('files every form by its first word, longest first, with its entity', () => {
    const forms = compilePartyForms({
      states: 'AE|United Arab Emirates||UAE;Emirates|Emirati|Abu Dhabi\nUS|United States|United States of America|USA|American|Washington',
      organisations: [{ names: ['United Nations', 'UN'] }],
      leaders: [
        ['Donald Trump', 'US'],
        ['Nobody Known', 'ZZ'],
      ],
    });
    expect(forms.Un).toBe('|United:US States of America;AE Arab Emirates;o0 Nations;US States|');
    expect(forms.Ab).toBe('|Abu:AE Dhabi|');
    expect(forms.Em).toBe('|Emirates:AE|Emirati:AE|');
    expect(forms.Do).toBe('|Donald:US Trump|');
    // a leader of a state the gazetteer does not hold names no party
    expect(forms.No).toBeUndefined();
  });
});
