/** Whom the author can tag on a photo: staff the school's roster, a parent their own children (the check page and Foto veilig maken alike). */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.js';
import type { MyChild, Person, Role } from '../../api/types.js';
import type { RosterPerson } from './PersonSearch.js';

const ROLE: Record<string, string> = { pupil: 'leerling', staff: 'medewerker', parent: 'ouder', other: 'anders' };

export function useRoster(role: Role | undefined): RosterPerson[] {
  const staff = role === 'schoolleiding' || role === 'medewerker';
  const people = useQuery({ queryKey: ['people', 'all'], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people'), enabled: staff, staleTime: 5 * 60_000 });
  const children = useQuery({ queryKey: ['my-children'], queryFn: () => http.get<{ children: MyChild[] }>('/api/v1/my/children'), enabled: role === 'ouder', staleTime: 5 * 60_000 });
  return useMemo(() => {
    if (staff) return (people.data?.people ?? []).filter((p) => !p.erasedAt).map((p) => ({ id: p.id, name: p.name, hint: [ROLE[p.role] ?? p.role, p.groupId?.replace('groep-', 'groep ')].filter(Boolean).join(', ') }));
    return (children.data?.children ?? []).map((c) => ({ id: c.id, name: c.name, ...(c.groupName ? { hint: c.groupName } : {}) }));
  }, [staff, people.data, children.data]);
}
