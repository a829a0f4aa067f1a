/**
 * Every automated article: at least one draft that breaks it and one that does not.
 * Cases are data: [article, description, request, expected to fire].
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../check/engine.js';
import type { Person } from '../../check/types.js';

const people: Person[] = [
  { id: 'p1', name: 'Lotte Vermeer', role: 'pupil', consent: { photo: true, video: true, audio: true } },
  { id: 'p2', name: 'Jesse Bos', role: 'pupil', consent: { photo: false, video: false, audio: false } },
  { id: 'p3', name: 'Sem Koster', role: 'pupil', consent: { photo: true, video: false, audio: false } },
  { id: 's1', name: 'Ilse Timmer', role: 'staff', consent: { photo: true, video: true, audio: true } },
  { id: 'o1', name: 'Marco Vermeer', role: 'parent' },
];

type Case = [article: string, what: string, request: Record<string, unknown>, fires: boolean];

const cases: Case[] = [
  ['D2', 'not about school', { text: 'Heerlijk gefietst langs de zee vandaag.', author: { role: 'staff' } }, true],
  ['D2', 'about school', { text: 'Heerlijk gefietst met groep 7 vandaag.', author: { role: 'staff' } }, false],
  ['A1', 'pupil posting in a lesson', { text: 'saai hoor', author: { role: 'pupil' }, setting: 'lesson' }, true],
  ['A1', 'pupil with permission', { text: 'We maken een vlog voor het project', author: { role: 'pupil' }, setting: 'lesson', lessonPermission: true }, false],
  ['A1', 'staff posting in a lesson', { text: 'Even een tweet', author: { role: 'staff' }, setting: 'lesson' }, true],
  ['A1', 'parent during a lesson', { text: 'Leuke les!', author: { role: 'parent' }, setting: 'lesson' }, false],
  ['A2', 'phone number of a parent', { text: 'De moeder van Lotte is bereikbaar op 06 98765432.', author: { role: 'parent' } }, true],
  ['A2', 'a diagnosis of a pupil', { text: 'Jesse Bos heeft autisme, daarom is hij soms druk.', author: { role: 'parent' } }, true],
  ['A2', 'family situation', { text: 'Sem Koster woont sinds de scheiding bij zijn oma.', author: { role: 'parent' } }, true],
  ['A2', 'internal matter', { text: 'Juf Ilse is geschorst na een klacht.', author: { role: 'parent' } }, true],
  ['A2', 'event information', { text: 'De ouderavond is op 12-03-2026 om 19.30 uur in de aula van de Sterren.', author: { role: 'parent' } }, false],
  ['A2', 'own results', { text: 'Ik heb een 9 voor mijn spreekbeurt over de Sterren!', author: { role: 'pupil' } }, false],
  ['A2', "the school's public number", { text: 'Vragen? Bel het secretariaat van de school: 0570-612345.', author: { role: 'parent' } }, false],
  ['A3', 'reminder on a school post', { text: 'Mooie dag op de Sterren.', author: { role: 'parent' } }, true],
  ['A4', 'reminder on a school post', { text: 'Mooie dag op de Sterren.', author: { role: 'parent' } }, true],
  ['A3', 'no reminder outside scope', { text: 'Mooie dag aan zee.', author: { role: 'parent' } }, false],
  ['A5', 'photo of a pupil without consent', { text: 'Sportdag!', author: { role: 'parent' }, media: [{ type: 'photo', depicts: ['p2'] }] }, true],
  ['A5', 'video where only photo consent exists', { text: 'Musical!', author: { role: 'parent' }, media: [{ type: 'video', depicts: ['p3'] }] }, true],
  ['A5', 'unidentified people', { text: 'Schoolplein vol!', author: { role: 'parent' }, media: [{ type: 'photo', depicts: [], unidentified: 3 }] }, true],
  ['A5', 'everyone consented', { text: 'Sportdag!', author: { role: 'parent' }, media: [{ type: 'photo', depicts: ['p1', 'p3'] }] }, false],
  ['A6', 'staff befriends a pupil', { text: '', author: { role: 'staff' }, connect: { personId: 'p1' } }, true],
  ['A6', 'staff asks a pupil in the text to follow them', { text: 'Lotte, volg je mij op Insta?', author: { role: 'staff' } }, true],
  ['A6', 'staff asks a parent in the text to follow them', { text: 'Marco, volg je mij op Insta?', author: { role: 'staff' } }, false],
  ['A6', 'a pupil asks a pupil to follow', { text: 'Lotte, volg je mij op Insta?', author: { role: 'pupil' } }, false],
  ['A6', 'staff befriends a parent', { text: '', author: { role: 'staff' }, connect: { personId: 'o1' } }, false],
  ['A6', 'a pupil befriends a pupil', { text: '', author: { role: 'pupil' }, connect: { personId: 'p1' } }, false],
  ['A7', 'insulting a classmate', { text: 'Jesse is een stomme loser', author: { role: 'pupil' } }, true],
  ['A7', 'threat', { text: 'Lotte ik weet waar je woont', author: { role: 'pupil' } }, true],
  ['A7', 'counter-speech', { text: 'Op de Sterren noemen we niemand een loser.', author: { role: 'staff' }, setting: 'work' }, false],
  ['B1', 'reply about the school at work without disclosure', { text: 'De Sterren start in januari met een nieuwe rekenmethode.', author: { role: 'staff' }, setting: 'work' }, true],
  ['B1', 'with disclosure', { text: 'Als leerkracht van de Sterren kan ik zeggen: we starten in januari met een nieuwe rekenmethode.', author: { role: 'staff' }, setting: 'work' }, false],
  ['B1', 'parents need no disclosure', { text: 'De Sterren start in januari met een nieuwe rekenmethode.', author: { role: 'parent' }, setting: 'work' }, false],
  ['B2', 'a derailing thread', { text: 'Ik werk op de Sterren; laten we dit op school bespreken.', author: { role: 'staff' }, setting: 'work', thread: ['Die meester is een idioot', 'Ik ga hem pakken'] }, true],
  ['B2', 'a calm thread', { text: 'Ik werk op de Sterren; de gymles is op dinsdag.', author: { role: 'staff' }, setting: 'work', thread: ['Wanneer is de gymles?'] }, false],
  ['B3', 'an uncertain detection for staff', { text: 'Wacht maar tot maandag, juf Ilse.', author: { role: 'staff' }, setting: 'work' }, true],
  ['B3', 'a clear post', { text: 'Ik werk op de Sterren: maandag is er weer gym.', author: { role: 'staff' }, setting: 'work' }, false],
  ['C1', 'sneering at the management', { text: 'Ik werk op de Sterren, de directie is een stel amateurs en het is er een puinhoop.', author: { role: 'staff' } }, true],
  ['C1', 'personal information in private', { text: 'Mijn collega Ilse Timmer heeft een burn-out, ik werk op de Sterren.', author: { role: 'staff' } }, true],
  ['C1', 'positive post', { text: 'Ik werk op de Sterren en ben trots op ons team. Persoonlijke mening, niet namens de school; niet verantwoordelijk voor reacties van derden.', author: { role: 'staff' } }, false],
  ['C2', 'excluding a feast', { text: 'Het Suikerfeest hoort niet op onze school, dat hoeven we niet te vieren.', author: { role: 'staff' } }, true],
  ['C2', 'welcoming every feast', { text: 'Op onze school vieren we het Suikerfeest en Kerst met alle kinderen.', author: { role: 'staff' } }, false],
  ['C3', 'about the school without disclosure', { text: 'Wat een fijne kerstviering had groep 4 van de Sterren!', author: { role: 'staff' } }, true],
  ['C3', 'with disclosure', { text: 'Ik ben juf van groep 4 op de Sterren: wat een fijne kerstviering!', author: { role: 'staff' } }, false],
  ['C4', 'about the school without disclaimer', { text: 'Ik ben juf van groep 4 op de Sterren: wat een fijne kerstviering!', author: { role: 'staff' } }, true],
  ['C4', 'with disclaimer', { text: 'Ik ben juf op de Sterren: wat een fijne kerstviering! Dit is op persoonlijke titel; ik ben niet verantwoordelijk voor reacties van anderen.', author: { role: 'staff' } }, false],
  ['C4', 'not about the school', { text: 'Ik heb een nieuwe fiets!', author: { role: 'staff' } }, false],
];

describe('every automated article fires on a breach and stays quiet otherwise', () => {
  it.each(cases)('%s: %s', (article, _what, request, fires) => {
    const result = check({ people, ...request });
    const hit = result.findings.filter((f) => f.rule === article && (fires ? true : f.severity !== 'info'));
    if (fires) expect(hit.length, JSON.stringify(result.findings)).toBeGreaterThan(0);
    else expect(hit, JSON.stringify(result.findings)).toEqual([]);
  });
});
