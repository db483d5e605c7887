import { expect, test } from 'vitest';
import { detectLanguage } from './detect-language';

test.each([
  ['The two countries agreed on Monday to open a new border crossing for trade and travel.', 'en'],
  ['Los dos países acordaron el lunes abrir un nuevo paso fronterizo para el comercio y los viajes.', 'es'],
  ['Les deux pays sont convenus lundi d’ouvrir un nouveau poste frontière pour le commerce et les voyages.', 'fr'],
  ['Die beiden Länder haben sich am Montag darauf geeinigt, einen neuen Grenzübergang für den Handel zu öffnen.', 'de'],
  ['Os dois países concordaram na segunda-feira em abrir uma nova passagem de fronteira para o comércio.', 'pt'],
  ['I due paesi hanno concordato lunedì di aprire un nuovo valico di frontiera per il commercio e i viaggi.', 'it'],
  ['Hi', null],
])('%s', (text, lang) => {
  expect(detectLanguage(text)).toBe(lang);
});
