import { describe, expect, it } from 'vitest';
import { decencyOf } from '../reading/probe.js';
import type { Person } from '../types.js';

const people: Person[] = [{ id: 'a', name: 'Lotte de Graaf', role: 'pupil' }, { id: 'b', name: 'Bas Meijer', role: 'staff' }];
const { blocked: harmful } = decencyOf(people);

describe('decency (A7): catches', () => {
  it.each([
    'Lotte is een vieze k@nkerlijer',
    'l o t t e  is een  h 0 e r',
    'jij bent echt een kkr mongool',
    'Bas is zo dommmmm en lelijk',
    'ik maak je af',
    'als je dat nog eens doet sla ik je in elkaar',
    'Ik weet waar jij woont, Lotte.',
    'Meester Bas heeft een kind geslagen, iedereen moet het weten',
    'Moslims zijn ongedierte',
    'Ik haat homo’s',
    'Vluchtelingen moeten allemaal worden vergast',
    'Typisch gedrag voor een flikker',
    'Die Marokkanen zijn allemaal dieven',
    'Niemand moet met Lotte spelen, ze stinkt',
    'Joden verdienen het om te sterven',
    'Ik wlag van alle Turken',
    'Ik ontmoette een moslim gisteren. Wat een vies beest was dat.',
    'Ik heb het helemaal gehad met die zwarte mensen, ze verpesten alles.',
    'Lotte is zo’n loser haha niemand nodigt haar uit',
  ])('%s', (t) => expect(harmful(t)).toBe(true));
});

describe('decency (A7): lets pass', () => {
  it.each([
    'Wij accepteren geen pesten op school.',
    "Iemand schreef 'je bent een loser', dat vind ik niet oké.",
    'Ik haat maandagen, vooral als het regent.',
    'Een pot pindakaas en een pot jam voor het ontbijt.',
    'Pak de pot met kwasten maar uit de kast.',
    "Homo's zijn net zo welkom als ieder ander.",
    'Vannacht naar de sterren gekeken.',
    'Moslims zijn geen dieven en dat weet je best.',
    'Er is geen haat in mijn hart voor vluchtelingen.',
    'Stop met mensen uitschelden voor mongool, dat is kwetsend.',
    'De opa van Lotte heeft kanker.',
    'We hebben de slingers opgehangen in de klas.',
    'Mijn koptelefoon is uitschot.',
    'Ik ben gek op juf Bas haar verhalen.',
    'De kinderen speelden tikkertje en Lotte won.',
    'Mevrouw de Vries is onze nieuwe juf.',
    // words that fold into listed ones ("appen" → "apen") but are other real words as written
    'De kinderen zijn weer aan het appen in de klas.',
    'Lotte is de beste van de klas en dat weet ze best.',
    // hatred of a situation, not of people
    'Ik haat het als mensen gehandicapten uitlachen.',
    'Het is niet waar dat moslims gewelddadig zijn.',
  ])('%s', (t) => expect(harmful(t)).toBe(false));
});
