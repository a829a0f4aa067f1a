/** B3 — when in doubt whether a publication conflicts with the protocol, consult your manager. */
import type { Finding } from '../../check/types.js';
import { finding, type Rule } from './types.js';

/**
 * B3 runs after the other rules: a detection the check could not settle becomes a
 * consultation for staff (never a silent pass or a silent block).
 */
export function b3For(ctx: { isStaff: boolean }, uncertain: Finding[]): Finding[] {
  if (!ctx.isStaff || uncertain.length === 0) return [];
  const about = [...new Set(uncertain.map((f) => f.rule))].join(', ');
  return [
    finding('B3', 'consult', [
      `De check twijfelt of dit bericht in strijd is met het protocol (${about}). Overleg met je leidinggevende voordat je het plaatst.`,
      `The check is unsure whether this message conflicts with the protocol (${about}). Consult your manager before posting.`,
    ], { kind: 'doubt', fix: 'Leg het bericht voor aan je leidinggevende.', fixEn: 'Show the message to your manager.', ...(uncertain[0]?.span ? { span: uncertain[0].span } : {}) }),
  ];
}

export const b3: Rule = {
  article: 'B3',
  applies: 'staff, a detection the check cannot settle (applied by the engine after the other rules)',
  evaluate() {
    return [];
  },
};
