// Venues that news copy names instead of their city ("signed at the White House"). Landmark → city.

export const LANDMARKS: Array<[string, string]> = [
  ['White House', 'Washington'], ['Camp David', 'Camp David'], ['Kremlin', 'Moscow'], ['Elysee', 'Paris'],
  ['Élysée', 'Paris'], ['Downing Street', 'London'], ['Great Hall of the People', 'Beijing'], ['Zhongnanhai', 'Beijing'],
  ['Blue House', 'Seoul'], ['Rashtrapati Bhavan', 'New Delhi'], ['Hyderabad House', 'New Delhi'], ['Aiwan-e-Sadr', 'Islamabad'],
  ['Chancellery', 'Berlin'], ['Palais des Nations', 'Geneva'], ['Dolmabahce', 'Istanbul'], ['Dolmabahçe', 'Istanbul'],
  ['Union Buildings', 'Pretoria'], ['Bellevue Palace', 'Berlin'], ['Quai d\'Orsay', 'Paris'], ['Berlaymont', 'Brussels'],
];
