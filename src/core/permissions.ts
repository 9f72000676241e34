/**
 * Who may act as coordinator where: the one rule the progress, meeting and digest services and the web
 * console share, so Slack, Teams and the console refuse the same things.
 */
import type { Person } from './people.js';

const same = (a: string | null, b: string) => !!a && a.toLowerCase() === b.toLowerCase();

/** Admins coordinate every municipality; a coordinator only their own. */
export function mayCoordinate(person: Person | null, municipality: string): boolean {
  if (!person) return false;
  return person.roles.some((r) => r.role === 'admin' || (r.role === 'coordinator' && same(r.municipality, municipality)));
}

/** The municipalities among `known` the person coordinates (all of them for an admin). */
export function coordinatedMunicipalities(person: Person | null, known: string[]): string[] {
  return known.filter((m) => mayCoordinate(person, m));
}

/** True when the person has a coordinator or admin role anywhere. */
export function isCoordinatorAnywhere(person: Person | null): boolean {
  return !!person?.roles.some((r) => r.role === 'admin' || (r.role === 'coordinator' && !!r.municipality));
}

/** True for admins: they see what concerns every municipality at once (such as sends that failed). */
export function isAdmin(person: Person | null): boolean {
  return !!person?.roles.some((r) => r.role === 'admin');
}
