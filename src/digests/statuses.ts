/**
 * Status labels and colours in digests. Decision: groen = Op schema, Gereed; oranje = Risico, Niet gestart;
 * rood = Vertraagd; grijs = Niet van toepassing and "geen rapportage" (nothing reported yet).
 * Reports may store the code ("op-schema") or the label ("Op schema"); both are read.
 */
export type StatusLabel = 'Op schema' | 'Risico' | 'Vertraagd' | 'Gereed' | 'Niet gestart' | 'Niet van toepassing';
export type Colour = 'groen' | 'oranje' | 'rood' | 'grijs';

export const STATUS_ORDER: StatusLabel[] = ['Op schema', 'Gereed', 'Risico', 'Niet gestart', 'Vertraagd', 'Niet van toepassing'];
export const NO_REPORT = 'Geen rapportage';

const COLOURS: Record<StatusLabel, Colour> = {
  'Op schema': 'groen',
  Gereed: 'groen',
  Risico: 'oranje',
  'Niet gestart': 'oranje',
  Vertraagd: 'rood',
  'Niet van toepassing': 'grijs',
};

const BY_KEY = new Map<string, StatusLabel>();
for (const label of STATUS_ORDER) {
  BY_KEY.set(label.toLowerCase(), label);
  BY_KEY.set(label.toLowerCase().replace(/\s+/g, '-'), label);
}
BY_KEY.set('nvt', 'Niet van toepassing');
BY_KEY.set('n.v.t.', 'Niet van toepassing');

/** The label of a stored status, or null for an unknown value. */
export function statusFromStored(value: string): StatusLabel | null {
  return BY_KEY.get(value.trim().toLowerCase()) ?? null;
}

export const colourOf = (status: StatusLabel | null): Colour => (status ? COLOURS[status] : 'grijs');

export const COLOUR_EMOJI: Record<Colour, string> = { groen: '🟢', oranje: '🟠', rood: '🔴', grijs: '⚪' };
export const COLOUR_HEX: Record<Colour, string> = { groen: '#2e7d32', oranje: '#ef6c00', rood: '#c62828', grijs: '#9e9e9e' };
