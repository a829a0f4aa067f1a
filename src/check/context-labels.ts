/**
 * How the post's context reads to a person (Dutch, with English): the labels a front end
 * (the web app's check page, the CLI's help) shows for `account` and `channel`.
 */
import type { Account, Channel } from './types.js';

export const ACCOUNT_LABELS: Record<Account, { nl: string; en: string; hintNl: string; hintEn: string }> = {
  personal: { nl: 'Mijn eigen account', en: 'My own account', hintNl: 'Je plaatst op je eigen account; de beeldtoestemming van de school geldt hier niet.', hintEn: "You post on your own account; the school's image consent does not apply here." },
  school: { nl: 'Een kanaal van de school', en: "A channel of the school", hintNl: 'De schoolpagina, een klassenpagina in de ouder-app, de website of de nieuwsbrief: je schrijft namens de school.', hintEn: "The school's page, a class page in the parent app, the website or the newsletter: you write in the school's name." },
};

export const CHANNEL_LABELS: Record<Channel, { nl: string; en: string }> = {
  social: { nl: 'Sociale media', en: 'Social media' },
  website: { nl: 'Website van de school', en: "School website" },
  newsletter: { nl: 'Nieuwsbrief', en: 'Newsletter' },
  guide: { nl: 'Schoolgids', en: 'School guide' },
  'parent-app': { nl: 'Ouder-app (klassenpagina)', en: 'Parent app (class page)' },
};
