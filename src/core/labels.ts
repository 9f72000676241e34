/**
 * Dutch names for the codes stored in the database (roles, report statuses), so no channel shows
 * "coordinator" or "op-schema" to a person. JSON output keeps the codes.
 */
import type { AgreementKind } from './agreement.js';
import type { RoleName } from './people.js';

/** The kinds of an agreement, as a person reads them, in the order a form offers them. */
export const KIND_LABELS: Record<AgreementKind, string> = {
  focus: 'Focusafspraak',
  regulier: 'Reguliere afspraak',
  meerjarig: 'Meerjarige afspraak',
  jaarafspraak: 'Jaarafspraak',
};
export const AGREEMENT_KINDS = Object.keys(KIND_LABELS) as AgreementKind[];

export const ROLE_LABELS: Record<RoleName, string> = { reporter: 'rapporteur', coordinator: 'coördinator', admin: 'beheerder' };

/** "coördinator" for "coordinator"; an unknown role is shown as stored. */
export const roleLabel = (role: string): string => ROLE_LABELS[role as RoleName] ?? role;

/** Report status codes and their labels, in the order the form offers them. */
export const STATUS_LABELS = {
  'op-schema': 'Op schema',
  risico: 'Risico',
  vertraagd: 'Vertraagd',
  gereed: 'Gereed',
  'niet-gestart': 'Niet gestart',
  nvt: 'Niet van toepassing',
} as const;

const BY_TEXT = new Map<string, string>();
for (const [code, label] of Object.entries(STATUS_LABELS)) {
  BY_TEXT.set(code, label);
  BY_TEXT.set(label.toLowerCase(), label);
}
BY_TEXT.set('n.v.t.', STATUS_LABELS.nvt);

/** The label of a stored status, whether it holds the code ("op-schema") or the label; unknown text as is. */
export const statusLabel = (stored: string): string => BY_TEXT.get(stored.trim().toLowerCase()) ?? stored;
