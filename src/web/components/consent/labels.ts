/** Dutch words for the consent registry's media and channels (shared by Toestemming, Mijn groep and Beheer). */
export const MEDIUM_NL: Record<string, string> = { photo: 'Foto’s', video: 'Video', audio: 'Geluid' };
export const MEDIUM_OF_NL: Record<string, string> = { photo: 'foto’s', video: 'video’s', audio: 'geluidsopnames' };
export const CHANNEL_NL: Record<string, string> = { social: 'Sociale media', website: 'Website', newsletter: 'Nieuwsbrief', guide: 'Schoolgids', 'parent-app': 'Ouder-app' };
export const CHANNEL_ON_NL: Record<string, string> = { social: 'op sociale media', website: 'op de website van de school', newsletter: 'in de nieuwsbrief', guide: 'in de schoolgids', 'parent-app': 'in de ouder-app' };
export const MEDIA_ORDER = ['photo', 'video', 'audio'];
export const CHANNEL_ORDER = ['social', 'website', 'newsletter', 'guide', 'parent-app'];

/** The channels present in a consent state, in a fixed order. */
export function channelsOf(consent: Record<string, Record<string, boolean>>): string[] {
  const present = new Set(Object.values(consent).flatMap((c) => Object.keys(c)));
  return [...CHANNEL_ORDER.filter((c) => present.has(c)), ...[...present].filter((c) => !CHANNEL_ORDER.includes(c))];
}

export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('nl-NL', withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' });
}
