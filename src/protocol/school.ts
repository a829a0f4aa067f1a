/**
 * A school's protocol settings: how it is named, its mission, and the sentences the
 * check offers as fixes. Many Dutch schools adopted the same template protocol; this
 * profile is what differs between them. n.b.s. de Sterren is the demo default.
 */
import { z } from 'zod';
import { calendarDate } from '../validation/dates.js';

export const schoolProfileSchema = z.object({
  /** Official name as written in the protocol, e.g. "n.b.s. de Sterren". */
  name: z.string().min(2).max(200),
  /** Short name used in sentences ("de Sterren"). */
  shortName: z.string().min(2).max(200),
  /** Other ways people write the name; matched with typos, spacing and accents forgiven. */
  aliases: z.array(z.string().min(2).max(200)).max(100).default([]),
  /** Hashtags and handles without '#'/'@'. */
  hashtags: z.array(z.string().min(2).max(100)).max(100).default([]),
  /**
   * Whether the short name is also an ordinary phrase ("de sterren" = the stars).
   * When true, the short name alone counts as the school only with school context.
   */
  shortNameIsCommonPhrase: z.boolean().default(true),
  /** Public contact data of the school itself: never personal information. */
  publicPhones: z.array(z.string()).max(20).default([]),
  publicEmailDomains: z.array(z.string()).max(20).default([]),
  publicAddresses: z.array(z.string()).max(20).default([]),
  mission: z.object({ nl: z.string(), en: z.string() }),
  /** The disclosure sentence offered for B1/C3. */
  disclosure: z.object({ nl: z.string(), en: z.string() }),
  /** The disclaimer offered for C4 (both halves of the article). */
  disclaimer: z.object({ nl: z.string(), en: z.string() }),
  /** The school's postal address, printed on letters (S1/S4 decisions). */
  postalAddress: z.object({ street: z.string().min(1).max(200), postcode: z.string().min(1).max(20), city: z.string().min(1).max(100) }).optional(),
  /** Date of the (G)MR approval of the protocol in force (ISO date), if known. */
  approvalDate: calendarDate.optional(),
});

export type SchoolProfile = z.infer<typeof schoolProfileSchema>;

export const DE_STERREN: SchoolProfile = {
  name: 'n.b.s. de Sterren',
  shortName: 'de Sterren',
  aliases: ['nbs de Sterren', 'basisschool de Sterren', 'neutrale basisschool de Sterren', 'obs de Sterren', 'school de Sterren'],
  hashtags: ['desterren', 'nbsdesterren', 'basisschooldesterren', 'sterrenschool'],
  shortNameIsCommonPhrase: true,
  publicPhones: ['0570-612345'],
  publicEmailDomains: ['desterren.example'],
  publicAddresses: [],
  mission: {
    nl: 'Op n.b.s. de Sterren is ieder kind en ieder gezin welkom, wat de achtergrond, overtuiging of geaardheid ook is. We hebben respect voor elkaar. De school geeft geen voorkeur aan een geloof of levensovertuiging.',
    en: 'At n.b.s. de Sterren every child and every family is welcome, whatever their background, belief or orientation. We respect each other. The school prefers no religion or belief.',
  },
  disclosure: {
    nl: '(Ik ben medewerker van n.b.s. de Sterren.)',
    en: '(I work at n.b.s. de Sterren.)',
  },
  disclaimer: {
    nl: 'De standpunten en meningen in dit bericht zijn mijn eigen persoonlijke mening en staan los van eventuele officiële standpunten van n.b.s. de Sterren. Ik ben niet verantwoordelijk voor de inhoud en uitlatingen van derden.',
    en: 'The views and opinions in this message are my own personal opinion and separate from any official positions of n.b.s. de Sterren. I am not responsible for the content and statements of third parties.',
  },
  postalAddress: { street: 'Melkweg 12', postcode: '7411 AB', city: 'Deventer' },
  approvalDate: '2026-06-15',
};
