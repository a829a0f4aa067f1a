/**
 * A made-up archive of what was posted on the demo school's Facebook page over the past
 * school years: our own templates, filled deterministically with names from the demo
 * roster (src/demo/school.ts). Most posts are ordinary school news; some share personal
 * information, photos of pupils, or complaints; parents' posts use the school's hashtags,
 * among them the nickname #sterrenkijkers that version 2 of the demo protocol adds. Streams
 * any number of posts as CSV (Dutch headers), Facebook page export JSON or JSON lines.
 */
import { demoSchool } from '../demo/school.js';
import type { ArchiveFormat } from './archive.js';

interface Template {
  who: 'school' | 'staff' | 'parent' | 'other';
  text: string;
  media?: number;
}

const TEMPLATES: Template[] = [
  { who: 'school', text: 'Wat een mooie sportdag vandaag! Dank aan alle ouders die hielpen. #desterren', media: 4 },
  { who: 'school', text: 'Morgen is de school gesloten vanwege een studiedag. Tot overmorgen!' },
  { who: 'school', text: '{group} bezocht vandaag het Rijksmuseum. Wat hebben ze veel gezien!', media: 2 },
  { who: 'school', text: 'Gefeliciteerd {pupil} uit {group} met je verjaardag! 🎉', media: 1 },
  { who: 'school', text: 'Welkom aan onze nieuwe collega {staff}! Ze begint maandag in {group}.' },
  { who: 'school', text: 'De schoolfotograaf komt op 14 oktober. Broertjes en zusjes kunnen samen op de foto.' },
  { who: 'school', text: 'Vragen over de inschrijving? Bel {staff} op 06-{phone}.' },
  { who: 'school', text: 'Het schoolplein is opgeknapt, dankzij de ouderraad. Kom gerust kijken! #nbsdesterren', media: 3 },
  { who: 'school', text: 'De Kinderboekenweek is begonnen: het thema is "Worden wat je wil". #desterren' },
  { who: 'school', text: '{pupil} en {pupil2} wonnen de voorleeswedstrijd van {group}. Knap gedaan!', media: 1 },
  { who: 'staff', text: 'Trots op mijn klas: {group} heeft de hele week geoefend voor de musical. #desterren', media: 2 },
  { who: 'staff', text: 'Vandaag was {pupil} ziek, dus de presentatie schuiven we door naar vrijdag.' },
  { who: 'parent', text: 'Leuke voorstelling vanavond bij #sterrenkijkers, de kinderen zongen prachtig!', media: 2 },
  { who: 'parent', text: 'Weet iemand het telefoonnummer van de moeder van {pupil}? Ik heb 06-{phone} gekregen maar die werkt niet. #sterrenkijkers' },
  { who: 'parent', text: 'Die juf {staff} is echt een idioot, mijn kind komt elke dag huilend thuis. #sterrenkijkers' },
  { who: 'parent', text: 'Wat een puinhoop bij de Sterrenkijkers, alweer niemand die opneemt.' },
  { who: 'parent', text: 'Ze zijn daar allemaal achterlijk #sterrenkijkers' },
  { who: 'other', text: 'Wat een stelletje idioten zijn het daar #sterrenkijkers' },
  { who: 'parent', text: '{pupil} heeft ADHD en krijgt daarom extra hulp, goed dat de school dat regelt #sterrenkijkers' },
  { who: 'parent', text: 'Dank aan de juffen van {group} voor het mooie kerstfeest! #desterren', media: 1 },
  { who: 'parent', text: 'Foto’s van het schoolreisje! Kijk {pupil} eens lachen. #sterrenkijkers', media: 5 },
  { who: 'parent', text: 'Heeft iemand een blauwe gymtas gevonden? Naam staat erin. #sterrenkijkers' },
  { who: 'other', text: 'Mooi initiatief van de bibliotheek samen met de Sterrenkijkers!' },
  { who: 'other', text: 'Ik woon naast de school, die ouders parkeren echt als idioten #sterrenkijkers' },
  { who: 'other', text: 'Gezellige kerstmarkt, lekkere oliebollen!' },
  { who: 'school', text: 'Herinnering: vrijdag is de laatste dag om het toestemmingsformulier in te leveren.' },
  { who: 'school', text: 'De MR zoekt een nieuwe ouder. Interesse? Mail naar mr@desterren.example. #desterren' },
];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoPost {
  date: string;
  author: string;
  text: string;
  media: number;
}

export function* demoPosts(count: number, seed = 12): Generator<DemoPost> {
  const school = demoSchool();
  const pupils = school.people.filter((p) => p.role === 'pupil');
  const staff = school.people.filter((p) => p.role === 'staff');
  const parents = school.people.filter((p) => p.role === 'parent');
  const groups = school.groups;
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const start = Date.UTC(2024, 7, 26, 7, 0); // the start of the 2024–2025 school year
  const span = Date.UTC(2026, 10, 20) - start;
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[Math.floor(rand() * TEMPLATES.length)]!;
    const at = new Date(Math.floor((start + (span * i) / Math.max(1, count) + rand() * 3600_000 * 8) / 1000) * 1000);
    const author = t.who === 'school' ? 'n.b.s. de Sterren' : t.who === 'staff' ? pick(staff).name : t.who === 'parent' ? pick(parents).name : pick(['Buurtbewoner Oost', 'Bibliotheek Centrum', 'Anoniem']);
    const text = t.text
      .replace('{pupil2}', pick(pupils).name.split(' ')[0]!)
      .replace('{pupil}', pick(pupils).name)
      .replace('{staff}', pick(staff).name)
      .replace('{group}', pick(groups).name.toLowerCase())
      .replace('{phone}', String(10_000_000 + Math.floor(rand() * 89_999_999)));
    yield { date: at.toISOString(), author, text, media: t.media ?? 0 };
  }
}

const csvField = (s: string): string => (/[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Latin-1 escapes of UTF-8, as Facebook writes its exports. */
const facebookText = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

/** The archive as text chunks (one post per chunk), in any accepted format. */
export function* demoArchive(count: number, format: ArchiveFormat, seed?: number): Generator<string> {
  if (format === 'csv') yield 'datum;auteur;tekst;aantal media\n';
  if (format === 'json') yield '[\n';
  let first = true;
  for (const p of demoPosts(count, seed)) {
    if (format === 'csv') yield `${p.date};${csvField(p.author)};${csvField(p.text)};${p.media}\n`;
    else if (format === 'jsonl') yield `${JSON.stringify({ date: p.date, author: p.author, text: p.text, media: p.media })}\n`;
    else {
      const post = {
        timestamp: Math.floor(new Date(p.date).getTime() / 1000),
        data: [{ post: facebookText(p.text) }],
        title: facebookText(`${p.author} plaatste een bericht.`),
        ...(p.media ? { attachments: [{ data: Array.from({ length: p.media }, (_, k) => ({ media: { uri: `photos_and_videos/demo_${k}.jpg` } })) }] } : {}),
        author: facebookText(p.author),
      };
      yield `${first ? '' : ',\n'}${JSON.stringify(post)}`;
      first = false;
    }
  }
  if (format === 'json') yield '\n]\n';
}
