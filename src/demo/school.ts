/**
 * The demo school n.b.s. de Sterren, fictional and deterministic: 8 groups, 200
 * pupils with their parents/guardians, 20 staff with their leidinggevende, a varied
 * set of consents and a weekly lesson schedule. One source for the in-memory
 * roster (CLI) and the database seed.
 */
const FIRST = ['Sanne', 'Daan', 'Noor', 'Milan', 'Lotte', 'Sem', 'Emma', 'Liam', 'Julia', 'Finn', 'Tess', 'Levi', 'Nova', 'Luuk', 'Zoë', 'Bram', 'Fleur', 'Mees', 'Yara', 'Jesse', 'Ayoub', 'Fatima', 'Sara', 'Lucas', 'Mila'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Peters', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Hendriks', 'van Dijk', 'Kok', 'El Amrani', 'Yilmaz', 'Dekker', 'Brouwer', 'de Wit'];
const PARENT_FIRST = ['Linda', 'Mark', 'Esther', 'Rob', 'Fatma', 'Hassan', 'Ingrid', 'Peter', 'Nadia', 'Kees', 'Marloes', 'Jeroen', 'Samira', 'Erik', 'Joyce', 'Dennis'];
const STAFF: [name: string, role: string][] = [
  ['Petra Smit', 'directeur'],
  ['Karim El Amrani', 'groep 1-2'],
  ['Anouk Mulder', 'groep 1-2'],
  ['Thomas Kok', 'groep 3'],
  ['Marieke Dijkstra', 'groep 4'],
  ['Ruben Smits', 'groep 5'],
  ['Ilse Timmer', 'groep 6'],
  ['Bas Meijer', 'groep 7'],
  ['Saskia Verhoeven', 'groep 8'],
  ['Hanneke Bosman', 'intern begeleider'],
  ['Joost van Leeuwen', 'vakleerkracht gym'],
  ['Yasmina Ouali', 'onderwijsassistent'],
  ['Wouter Kramer', 'adjunct-directeur'],
  ['Els de Haan', 'administratie'],
  ['Gerard Post', 'conciërge'],
  ['Lisa Koster', 'groep 3'],
  ['Martijn Vos', 'groep 5'],
  ['Priya Ramdin', 'groep 6'],
  ['Nienke Hoekstra', 'groep 8'],
  ['Tim Schouten', 'ICT-coördinator'],
];

export interface DemoPerson {
  id: string;
  name: string;
  role: 'pupil' | 'staff' | 'parent';
  groupId?: string;
  managerId?: string;
  /** For parents: their children. */
  children?: string[];
  /** Social-media consent per medium, given by a parent (pupils) or themself (staff). */
  consent?: { photo: boolean; video: boolean; audio: boolean };
  /** For staff: the job. */
  job?: string;
}

export interface DemoGroup {
  id: string;
  name: string;
  year: number;
  teacherId: string;
}

export interface DemoSchool {
  groups: DemoGroup[];
  people: DemoPerson[];
}

let cache: DemoSchool | undefined;

export function demoSchool(): DemoSchool {
  if (cache) return cache;
  const people: DemoPerson[] = [];
  const staffIds = STAFF.map((_, i) => `medewerker-${i + 1}`);
  STAFF.forEach(([name, job], i) => {
    people.push({ id: staffIds[i]!, name, role: 'staff', job, ...(i === 0 ? {} : { managerId: i === 12 ? staffIds[0]! : i < 12 && i > 0 && i % 2 === 0 ? staffIds[12]! : staffIds[0]! }), consent: { photo: true, video: i % 2 === 0, audio: true } });
  });
  const teacherOf = [1, 1, 3, 4, 5, 6, 7, 8];
  const groups: DemoGroup[] = Array.from({ length: 8 }, (_, g) => ({ id: `groep-${g + 1}`, name: `Groep ${g + 1}`, year: g + 1, teacherId: staffIds[teacherOf[g]!]! }));
  let parentCount = 0;
  for (let i = 0; i < 200; i++) {
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]!;
    const id = `leerling-${i + 1}`;
    people.push({ id, name: `${FIRST[i % FIRST.length]} ${last}`, role: 'pupil', groupId: groups[i % 8]!.id, consent: { photo: i % 4 !== 0, video: i % 3 === 0, audio: i % 2 === 0 } });
    // every third pupil is a sibling of the previous one and shares the parents
    if (i % 3 === 2) {
      for (const p of people.filter((x) => x.role === 'parent' && x.children?.includes(`leerling-${i}`))) p.children!.push(id);
      continue;
    }
    const guardians = i % 5 === 0 ? 1 : 2;
    for (let k = 0; k < guardians; k++) {
      parentCount++;
      people.push({ id: `ouder-${parentCount}`, name: `${PARENT_FIRST[(parentCount * 3) % PARENT_FIRST.length]} ${last}`, role: 'parent', children: [id], consent: { photo: true, video: true, audio: true } });
    }
  }
  cache = { groups, people };
  return cache;
}

/**
 * The demo consent of a person: social media per medium as the roster says; for the
 * school's own channels a varied, deterministic pattern (the website and the school
 * guide follow the photo consent with some exceptions, most families allow photos
 * in the newsletter, and photos in the parent app). Audio is asked for social media only.
 */
export function demoConsent(p: Pick<DemoPerson, 'consent'>, i: number): { medium: 'photo' | 'video' | 'audio'; channel: string; granted: boolean }[] {
  const c = p.consent ?? { photo: false, video: false, audio: false };
  return [
    ...(['photo', 'video', 'audio'] as const).map((medium) => ({ medium, channel: 'social', granted: c[medium] })),
    { medium: 'photo', channel: 'website', granted: c.photo && i % 5 !== 1 },
    { medium: 'video', channel: 'website', granted: c.video && i % 2 === 0 },
    { medium: 'photo', channel: 'newsletter', granted: i % 6 !== 0 },
    { medium: 'photo', channel: 'guide', granted: c.photo || i % 3 === 1 },
    // the parent app (class pages) is seen by the school's families only: most allow photos there
    { medium: 'photo', channel: 'parent-app', granted: c.photo || i % 4 === 1 },
    { medium: 'video', channel: 'parent-app', granted: c.video || i % 2 === 1 },
  ];
}
