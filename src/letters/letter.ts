/**
 * The Dutch letter of a decision on a case (S3/S5): the school's name and address, the
 * date, the reference, the articles concerned, the measure with its motivation and, for a
 * suspension, its period, and how to object. Composed here as text; pdf.ts lays it out.
 */
import { findArticle } from '../protocol/articles.js';
import { fill } from '../protocol/render.js';
import type { SchoolProfile } from '../protocol/school.js';
import type { SubjectKind } from '../auth/policy.js';

export const MEASURE_NL: Record<string, string> = {
  waarschuwing: 'schriftelijke waarschuwing',
  berisping: 'berisping',
  schorsing: 'schorsing',
  ontslag: 'ontslag',
  ontslag_op_staande_voet: 'ontslag op staande voet',
  verwijdering: 'verwijdering van school',
  geen_maatregel: 'geen maatregel',
};
export const MEASURE_EN: Record<string, string> = {
  waarschuwing: 'written warning',
  berisping: 'reprimand',
  schorsing: 'suspension',
  ontslag: 'dismissal',
  ontslag_op_staande_voet: 'summary dismissal',
  verwijdering: 'removal from school',
  geen_maatregel: 'no measure',
};

export interface LetterContent {
  school: { name: string; addressLines: string[]; phone?: string };
  /** Dutch long date, e.g. "1 december 2026". */
  dateNl: string;
  reference: string;
  recipientLines: string[];
  subject: string;
  salutation: string;
  paragraphs: string[];
  articles: { id: string; text: string }[];
  objectionHeading: string;
  objection: string[];
  closing: string;
  signer: { name: string; role: string };
}

const dateFmt = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
export const dateNl = (d: Date): string => dateFmt.format(d);
const isoDateNl = (iso: string): string => dateFmt.format(new Date(`${iso}T12:00:00Z`));

export interface DecisionLetterInput {
  school: SchoolProfile;
  reference: string;
  decidedAt: Date;
  subjectKind: SubjectKind;
  subjectName: string;
  /** staff and parent: the person concerned; parents: the parents/guardians of the pupil. */
  recipient: 'staff' | 'parent' | 'parents';
  measure: string;
  motivation: string;
  articles: readonly string[];
  startsOn?: string | null;
  endsOn?: string | null;
  signerName: string;
  signerRole: 'schoolleiding' | 'bestuur' | string;
}

function objectionText(kind: SubjectKind, measure: string): string[] {
  const term = 'binnen zes weken na de datum van deze brief';
  if (kind === 'staff') {
    const heavy = measure === 'schorsing' || measure === 'ontslag' || measure === 'ontslag_op_staande_voet';
    return [
      `Bent u het niet eens met dit besluit, dan kunt u ${term} schriftelijk en gemotiveerd bezwaar maken bij het bevoegd gezag (het bestuur), onder vermelding van het kenmerk van deze brief.`,
      heavy
        ? 'Tegen deze maatregel kunt u ook beroep instellen bij de Commissie van Beroep voor het funderend onderwijs (Onderwijsgeschillen, Utrecht), binnen de termijn van de cao.'
        : 'U kunt ook een schriftelijke reactie geven op deze brief; die wordt samen met deze brief in uw personeelsdossier opgenomen.',
    ];
  }
  const base = `Bent u het niet eens met dit besluit, dan kunt u ${term} schriftelijk en gemotiveerd bezwaar maken bij het bevoegd gezag (het bestuur van de school), onder vermelding van het kenmerk van deze brief. U wordt dan gehoord voordat er op uw bezwaar wordt beslist.`;
  if (measure === 'schorsing' || measure === 'verwijdering') {
    return [base, 'U kunt het geschil ook voorleggen aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht), binnen zes weken na de datum van dit besluit.'];
  }
  return [base, 'U kunt ook een schriftelijke reactie geven; die wordt samen met deze brief in het leerlingendossier opgenomen.'];
}

export function composeDecisionLetter(i: DecisionLetterInput): LetterContent {
  const s = i.school;
  const addressLines = s.postalAddress ? [s.postalAddress.street, `${s.postalAddress.postcode}  ${s.postalAddress.city}`] : s.publicAddresses.slice(0, 2);
  const m = MEASURE_NL[i.measure] ?? i.measure;
  const recipientLines =
    i.recipient === 'parents' ? ['Aan de ouder(s)/verzorger(s) van', i.subjectName] : [i.recipient === 'staff' ? `Aan ${i.subjectName}` : `Aan ${i.subjectName}`, i.recipient === 'staff' ? `medewerker van ${s.name}` : `ouder/verzorger, ${s.name}`];
  const salutation = i.recipient === 'parents' ? 'Geachte ouder(s)/verzorger(s),' : `Geachte ${i.subjectName},`;
  const who = i.recipient === 'parents' ? `uw kind ${i.subjectName}` : 'u';
  const file = i.subjectKind === 'staff' ? 'uw personeelsdossier (artikel S1 van het protocol)' : i.recipient === 'parents' ? 'het leerlingendossier van uw kind (artikel S4 van het protocol)' : 'het leerlingendossier (artikel S4 van het protocol)';
  const period =
    i.measure === 'schorsing' && i.startsOn
      ? ` De schorsing geldt ${i.endsOn && i.endsOn !== i.startsOn ? `van ${isoDateNl(i.startsOn)} tot en met ${isoDateNl(i.endsOn)}` : `op ${isoDateNl(i.startsOn)}`}.`
      : '';
  const ladder = i.subjectKind === 'staff' ? 'S3' : 'S5';
  const paragraphs = [
    `Naar aanleiding van een melding over berichten op sociale media heeft ${s.name} onderzoek gedaan. Daarbij ${i.recipient === 'parents' ? 'zijn uw kind en u' : 'bent u'} gehoord (hoor en wederhoor).`,
    `Wij hebben besloten ${who} een ${m} te geven, op grond van artikel ${ladder} van het Protocol Sociale Media van ${s.name}.${period}`,
    `Motivering: ${i.motivation}`,
    `Een kopie van deze brief wordt opgenomen in ${file}.`,
  ];
  const articles = i.articles
    .map((id) => findArticle(id))
    .filter((a) => a !== undefined)
    .map((a) => ({ id: a.id, text: fill(a.nl, s, 'nl') }));
  return {
    school: { name: s.name, addressLines, ...(s.publicPhones[0] ? { phone: s.publicPhones[0] } : {}) },
    dateNl: dateNl(i.decidedAt),
    reference: i.reference,
    recipientLines,
    subject: `Betreft: ${m}`,
    salutation,
    paragraphs,
    articles,
    objectionHeading: 'Bezwaar',
    objection: objectionText(i.subjectKind, i.measure),
    closing: 'Met vriendelijke groet,',
    signer: { name: i.signerName, role: i.signerRole === 'bestuur' ? `namens het bestuur van ${s.name}` : `directie ${s.name}` },
  };
}
