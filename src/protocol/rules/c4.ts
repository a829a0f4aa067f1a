/** C4 — outside work, a staff member who publishes about the school adds the disclaimer. */
import { finding, type Rule } from './types.js';

export const c4: Rule = {
  article: 'C4',
  applies: 'staff, private setting, personal account, publishes about the school, without the disclaimer',
  evaluate(ctx) {
    // on the school's own channel the post is the school's position: no disclaimer
    if (ctx.request.account === 'school') return [];
    if (!ctx.isStaff || ctx.request.setting !== 'private' || !ctx.aboutSchool) return [];
    const d = ctx.school.disclaimer;
    if (!ctx.disclaimer.ownView) {
      return [
        finding('C4', 'revise', [
          `Je publiceert over ${ctx.school.name}. Vermeld dat dit je eigen mening is, los van de officiële standpunten van de school, en dat je niet verantwoordelijk bent voor reacties van derden.`,
          `You publish about ${ctx.school.name}. State that this is your own opinion, separate from the school's official positions, and that you are not responsible for what third parties write.`,
        ], { kind: 'disclaimer', fix: `Voeg toe: "${d.nl}"`, fixEn: `Add: "${d.en}"` }),
      ];
    }
    if (!ctx.disclaimer.thirdParties) {
      return [
        finding('C4', 'info', [
          'Je disclaimer noemt je eigen mening; het protocol vraagt ook te melden dat je niet verantwoordelijk bent voor de inhoud en uitlatingen van derden.',
          'Your disclaimer mentions your own opinion; the protocol also asks you to state that you are not responsible for the content and statements of third parties.',
        ], { kind: 'disclaimer_partial', fix: 'Voeg toe: "Ik ben niet verantwoordelijk voor de inhoud en uitlatingen van derden."', fixEn: 'Add: "I am not responsible for the content and statements of third parties."' }),
      ];
    }
    return [];
  },
};
