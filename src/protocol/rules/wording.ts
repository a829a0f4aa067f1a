/**
 * Staff wording shared by B1 and C3: say what the post does ("Je schrijft over …", or, replying
 * in a thread, "Je reageert …"), and offer the school's disclosure sentence, or the school's own
 * channel where the author writes in the school's name and discloses nothing.
 */
import type { CheckContext } from './types.js';

export function disclosureWording(ctx: CheckContext): { message: [string, string]; fix: [string, string] } {
  const name = ctx.school.name;
  const d = ctx.school.disclosure;
  const replying = ctx.request.thread.length > 0;
  const does: [string, string] = replying ? [`Je reageert op een bericht en schrijft daarbij over ${name}.`, `You reply to a message and write about ${name}.`] : [`Je schrijft over ${name}.`, `You write about ${name}.`];
  return {
    message: [
      `${does[0]} Vermeld dat je er medewerker bent, zodat je bericht niet verward wordt met het officiële standpunt van de school.`,
      `${does[1]} State that you work there, so your message is not mistaken for the school's official position.`,
    ],
    fix: [
      `Voeg toe: "${d.nl}" Of plaats het op een kanaal van de school (de klassenpagina, de website, de nieuwsbrief): daar schrijf je namens de school.`,
      `Add: "${d.en}" Or post it on a channel of the school (the class page, the website, the newsletter): there you write in the school's name.`,
    ],
  };
}
