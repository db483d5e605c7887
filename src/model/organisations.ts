// Hand-curated organisations and armed groups or movements that can be a side of an agreement.
// Names are matched case-sensitively as written in English news copy; the first name is canonical.
// kind 'organization': intergovernmental bodies; kind 'group': armed groups, movements, militias.
// Groups that English news names mostly by acronym (TPLF, FDLR, ELN) have the acronym as canonical name.

export interface OrgRecord {
  /** Canonical name first, then variants. */
  names: string[];
  kind: 'organization' | 'group';
  /** Adjectives used for members ("Houthi rebels", "Taliban delegation"). */
  adjectives?: string[];
}

export const ORGANISATIONS: OrgRecord[] = [
  { names: ['United Nations', 'UN', 'U.N.'], kind: 'organization' },
  { names: ['European Union', 'EU', 'E.U.'], kind: 'organization' },
  { names: ['NATO', 'North Atlantic Treaty Organization', 'Nato'], kind: 'organization' },
  { names: ['African Union', 'AU'], kind: 'organization' },
  { names: ['ASEAN', 'Association of Southeast Asian Nations', 'Asean'], kind: 'organization' },
  { names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'], kind: 'organization' },
  { names: ['Gulf Cooperation Council', 'GCC'], kind: 'organization' },
  { names: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'], kind: 'organization' },
  { names: ['International Atomic Energy Agency', 'IAEA'], kind: 'organization' },
  { names: ['ECOWAS', 'Economic Community of West African States', 'Ecowas'], kind: 'organization' },
  { names: ['Arab League', 'League of Arab States'], kind: 'organization' },
  { names: ['OPEC', 'Organization of the Petroleum Exporting Countries'], kind: 'organization' },
  { names: ['Organization for Security and Co-operation in Europe', 'OSCE'], kind: 'organization' },
  { names: ['Organization of American States', 'OAS'], kind: 'organization' },
  { names: ['Southern African Development Community', 'SADC'], kind: 'organization' },
  { names: ['East African Community', 'EAC'], kind: 'organization' },
  { names: ['Intergovernmental Authority on Development', 'IGAD'], kind: 'organization' },
  { names: ['South Asian Association for Regional Cooperation', 'SAARC'], kind: 'organization' },
  { names: ['International Monetary Fund', 'IMF'], kind: 'organization' },
  { names: ['World Bank'], kind: 'organization' },
  { names: ['World Health Organization', 'WHO'], kind: 'organization' },
  { names: ['World Trade Organization', 'WTO'], kind: 'organization' },
  { names: ['International Committee of the Red Cross', 'ICRC', 'Red Cross'], kind: 'organization' },
  { names: ['BRICS'], kind: 'organization' },
  { names: ['G7', 'Group of Seven'], kind: 'organization' },
  { names: ['G20', 'Group of 20'], kind: 'organization' },
  { names: ['Mercosur'], kind: 'organization' },
  { names: ['CARICOM', 'Caribbean Community'], kind: 'organization' },
  { names: ['Palestinian Authority'], kind: 'organization' },
  { names: ['Palestine Liberation Organization', 'PLO'], kind: 'organization' },
  { names: ['Taliban'], kind: 'group', adjectives: ['Taliban'] },
  { names: ['Hamas'], kind: 'group' },
  { names: ['Hezbollah', 'Hizbollah', 'Hizballah'], kind: 'group' },
  { names: ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarallah'], kind: 'group' },
  { names: ['ELN', 'National Liberation Army'], kind: 'group' },
  { names: ['FARC', 'Revolutionary Armed Forces of Colombia'], kind: 'group' },
  { names: ['M23', 'March 23 Movement'], kind: 'group' },
  { names: ['RSF', 'Rapid Support Forces'], kind: 'group' },
  { names: ['Sudanese Armed Forces', 'SAF'], kind: 'group' },
  { names: ['SDF', 'Syrian Democratic Forces'], kind: 'group' },
  { names: ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'], kind: 'group' },
  { names: ['al-Shabaab', 'Al-Shabaab', 'al-Shabab', 'Al-Shabab'], kind: 'group' },
  { names: ['Islamic State', 'ISIS', 'ISIL'], kind: 'group' },
  { names: ['al-Qaida', 'al-Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al Qaeda', 'Al-Qaida'], kind: 'group' },
  { names: ['TTP', 'Tehreek-e-Taliban Pakistan'], kind: 'group' },
  { names: ['Islamic Jihad', 'Palestinian Islamic Jihad'], kind: 'group' },
  { names: ['Fatah'], kind: 'group' },
  { names: ['Boko Haram'], kind: 'group' },
  { names: ['Polisario Front', 'Polisario'], kind: 'group' },
  { names: ['MILF', 'Moro Islamic Liberation Front'], kind: 'group' },
  { names: ["New People's Army", 'NPA'], kind: 'group' },
  { names: ['Arakan Army'], kind: 'group' },
  { names: ['FDLR', 'Democratic Forces for the Liberation of Rwanda'], kind: 'group' },
  { names: ['ADF', 'Allied Democratic Forces'], kind: 'group' },
  { names: ['Wagner Group'], kind: 'group' },
  { names: ['TPLF', 'Tigray People\'s Liberation Front'], kind: 'group' },
  { names: ['Sudan People\'s Liberation Movement-North', 'SPLM-N'], kind: 'group' },
];
