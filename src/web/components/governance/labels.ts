/** Dutch words for the states of a protocol version and of the (G)MR's decision. */
export const STATUS: Record<string, string> = { draft: 'Concept', in_force: 'Geldt nu', superseded: 'Vervangen' };
export const APPROVAL: Record<string, string> = { none: 'Nog niet voorgelegd aan de (G)MR', approved: 'De (G)MR heeft ingestemd', rejected: 'De (G)MR heeft niet ingestemd', outdated: 'Gewijzigd nadat de (G)MR instemde: opnieuw voorleggen' };
export const VERDICT: Record<'allowed' | 'revise' | 'consult' | 'blocked', string> & Record<string, string | undefined> = { allowed: 'Mag zo', revise: 'Aanpassen', consult: 'Eerst overleggen', blocked: 'Niet plaatsen' };
export const SEVERITY: Record<string, string> = { block: 'blokkeren', consult: 'overleggen', revise: 'aanpassen', info: 'advies' };

export function dateNl(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

/** An article as it reads once published: {school} the school's name, {datum} the (G)MR's approval date (or "[datum]" before it). */
export function filled(text: string, v: { params: { name: string }; approvalDate?: string | null }): string {
  return text.replaceAll('{school}', v.params.name).replaceAll('{datum}', v.approvalDate ? dateNl(v.approvalDate) : '[datum]');
}
