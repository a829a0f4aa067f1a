/**
 * The demo school's fictional roster (n.b.s. de Sterren): deterministic, so every
 * fresh start shows the same people. Used by the CLI and the service until the
 * school's registry (database) provides the real one.
 */
import type { Person } from '../check/types.js';

const FIRST = ['Sanne', 'Daan', 'Noor', 'Milan', 'Lotte', 'Sem', 'Emma', 'Liam', 'Julia', 'Finn', 'Tess', 'Levi', 'Nova', 'Luuk', 'Zoë', 'Bram', 'Fleur', 'Mees', 'Yara', 'Jesse', 'Ayoub', 'Fatima', 'Sara', 'Lucas', 'Mila'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Peters', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Hendriks', 'van Dijk', 'Kok', 'El Amrani', 'Yilmaz', 'Dekker', 'Brouwer', 'de Wit'];
const STAFF = ['Petra Smit', 'Karim El Amrani', 'Anouk Mulder', 'Thomas Kok', 'Marieke Dijkstra', 'Ruben Smits', 'Ilse Timmer', 'Bas Meijer'];

let cache: Person[] | undefined;

export function demoRoster(): Person[] {
  if (cache) return cache;
  const people: Person[] = [];
  for (let i = 0; i < 200; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`;
    people.push({ id: `leerling-${i + 1}`, name, role: 'pupil', consent: { photo: i % 4 !== 0, video: i % 3 === 0, audio: i % 2 === 0 } });
  }
  STAFF.forEach((name, i) => people.push({ id: `medewerker-${i + 1}`, name, role: 'staff', consent: { photo: true, video: i % 2 === 0, audio: true } }));
  cache = people;
  return people;
}
