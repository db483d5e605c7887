// Venues that news copy names instead of their city ("signed at the White House", "talks at the Kremlin"):
// venue → the city it stands in. General, public facts. A venue is a place only after "in" or "at", as
// a city is; "the White House said" is an actor. `needsCity`: the name is generic (an army's "GHQ", "the
// Chancellery"), so it resolves to its city only when the text names that city too (annotation rule:
// "an institution resolves to its city only when the text names it").

export interface Venue {
  /** The venue's names as written in news copy. */
  names: string[];
  city: string;
  needsCity?: boolean;
}

export const VENUES: Venue[] = [
  { names: ['White House', 'Oval Office'], city: 'Washington' },
  { names: ['Camp David'], city: 'Camp David' },
  { names: ['Kremlin'], city: 'Moscow' },
  { names: ['Élysée Palace', 'Elysee Palace', 'Élysée', 'Elysee', "Quai d'Orsay", 'Hôtel Matignon', 'Matignon'], city: 'Paris' },
  { names: ['Lancaster House', 'Downing Street', 'Number 10'], city: 'London' },
  { names: ['Great Hall of the People', 'Zhongnanhai', 'Diaoyutai State Guesthouse', 'Diaoyutai'], city: 'Beijing' },
  { names: ['Blue House', 'Cheong Wa Dae'], city: 'Seoul' },
  { names: ['Peace House', 'Panmunjom', 'Panmunjeom'], city: 'Panmunjom' },
  { names: ['Rashtrapati Bhavan', 'Hyderabad House'], city: 'New Delhi' },
  { names: ['Aiwan-e-Sadr', 'President House'], city: 'Islamabad' },
  { names: ['GHQ', 'General Headquarters'], city: 'Rawalpindi', needsCity: true },
  { names: ['Nur Khan airbase', 'Nur Khan Air Base', 'Nur Khan Airbase'], city: 'Rawalpindi' },
  { names: ['Camp Aguinaldo'], city: 'Quezon City' },
  { names: ['Malacañang Palace', 'Malacanang Palace', 'Malacañang', 'Malacanang'], city: 'Manila' },
  { names: ['Chancellery'], city: 'Berlin', needsCity: true },
  { names: ['Bellevue Palace', 'Schloss Bellevue'], city: 'Berlin' },
  { names: ['Palais des Nations'], city: 'Geneva' },
  { names: ['Dolmabahçe Palace', 'Dolmabahce Palace', 'Dolmabahçe', 'Dolmabahce'], city: 'Istanbul' },
  { names: ['Union Buildings'], city: 'Pretoria' },
  { names: ['Berlaymont', 'Justus Lipsius'], city: 'Brussels' },
  { names: ['Al-Yamamah Palace', 'Al Yamamah Palace'], city: 'Riyadh' },
  { names: ['Akasaka Palace', 'Kantei'], city: 'Tokyo' },
  { names: ['Palazzo Chigi', 'Villa Madama', 'Quirinale'], city: 'Rome' },
  { names: ['Moncloa Palace', 'Moncloa'], city: 'Madrid' },
  { names: ['Hofburg', 'Palais Coburg'], city: 'Vienna' },
  { names: ['Mar-a-Lago'], city: 'Palm Beach' },
  { names: ['UN headquarters', 'U.N. headquarters', 'United Nations headquarters'], city: 'New York' },
  { names: ['Bletchley Park'], city: 'Bletchley' },
  { names: ['Villa La Grange'], city: 'Geneva' },
  { names: ['Joint Base Elmendorf-Richardson'], city: 'Anchorage' },
  { names: ['Çırağan Palace', 'Ciragan Palace'], city: 'Istanbul' },
  { names: ['Sentosa'], city: 'Singapore' },
  { names: ['Shusha', 'Shushi'], city: 'Shusha' },
  { names: ['Avaza'], city: 'Avaza' },
  { names: ['State Department'], city: 'Washington', needsCity: true },
];
