/**
 * Generated Dutch school posts for the benchmark: a deterministic mix of warm
 * news, questions, personal details, insults and disclaimers, cut to a length.
 */
import type { Person } from '../check/types.js';

const FIRST = ['Sanne', 'Daan', 'Noor', 'Milan', 'Lotte', 'Sem', 'Emma', 'Liam', 'Julia', 'Finn', 'Tess', 'Levi', 'Nova', 'Luuk', 'Zoë', 'Bram', 'Fleur', 'Mees', 'Yara', 'Jesse', 'Anouk', 'Thomas', 'Karim', 'Fatima', 'Mohammed', 'Sara', 'Lucas', 'Mila', 'Noah', 'Evi'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Peters', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Hendriks', 'van Dijk', 'Kok', 'El Amrani', 'Yilmaz', 'Dekker', 'Brouwer', 'de Wit'];

export function roster(n: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${FIRST[i % FIRST.length]}${i >= FIRST.length ? String.fromCharCode(97 + (i % 23)) + (i % 7) : ''} ${LAST[(i * 7) % LAST.length]}${i >= 600 ? ` ${i}` : ''}`;
    out.push({ id: `p${i}`, name, role: i % 10 === 0 ? 'staff' : 'pupil', consent: { photo: i % 3 !== 0, video: i % 2 === 0, audio: true } });
  }
  return out;
}

const SENTENCES = [
  'Wat een geweldige dag hadden we vandaag met groep 5 op het schoolplein van de Sterren.',
  'De kinderen hebben heerlijk geknutseld voor de kerstmarkt en de ouders hielpen mee.',
  'Wie kan er morgen rijden naar de boerderij voor het project over dieren?',
  'Het nummer van de vader van Sanne is 06-12345678, bel hem even voor de carpool.',
  'Daan stinkt en is zo dom, niemand moet met hem praten.',
  'Juf Anouk ligt in het ziekenhuis, daarom is er deze week een invaller.',
  'Vannacht hebben we met de telescoop naar de sterren en de maan gekeken.',
  'Dit is mijn persoonlijke mening, los van het officiële standpunt van de school.',
  'Ik werk op de Sterren en ben trots op alle leerlingen en collega’s.',
  'Iemand schreef dat alle nieuwkomers weg moeten; zulke reacties verwijderen wij direct.',
  'De Koningsspelen begonnen met een ontbijt en daarna gingen we sporten in de gymzaal.',
  'Vergeet niet de gymspullen mee te nemen, want donderdag is er weer gym.',
  'Meester Karim heeft een prachtig verhaal voorgelezen tijdens de kinderboekenweek.',
  'Ik haat maandagen, vooral als het regent en de bus te laat is.',
  'Stuur de foto’s maar naar de klassenouder via het ouderportaal.',
];

export function post(length: number, seed: number): string {
  let s = '';
  let i = seed;
  while (s.length < length) {
    s += (s ? ' ' : '') + SENTENCES[i % SENTENCES.length]!;
    i = (i * 1103515245 + 12345) >>> 8;
  }
  return s.slice(0, length);
}
