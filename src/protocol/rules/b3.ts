/** B3 — when in doubt whether a publication conflicts with the protocol, consult your manager. */
import { finding, type Rule } from './types.js';

/**
 * A detection the check could not settle (a finding marked `uncertain`) becomes a
 * consultation for staff: never a silent pass or a silent block. B3 runs after
 * every other rule; the engine then turns the uncertain findings themselves into
 * information (staff, who consult) or a request to revise (others).
 */
export const b3: Rule = {
  article: 'B3',
  applies: 'staff, a detection the check cannot settle',
  evaluate(ctx, earlier) {
    const uncertain = earlier.filter((f) => f.uncertain && f.severity !== 'info');
    if (!ctx.isStaff || !ctx.schoolRelated || uncertain.length === 0) return [];
    const about = [...new Set(uncertain.map((f) => f.rule))].join(', ');
    return [
      finding('B3', 'consult', [
        `De check twijfelt of dit bericht in strijd is met het protocol (${about}). Overleg met je leidinggevende voordat je het plaatst.`,
        `The check is unsure whether this message conflicts with the protocol (${about}). Consult your manager before posting.`,
      ], { kind: 'doubt', fix: 'Leg het bericht voor aan je leidinggevende.', fixEn: 'Show the message to your manager.', ...(uncertain[0]?.span ? { span: uncertain[0].span } : {}) }),
    ];
  },
};
