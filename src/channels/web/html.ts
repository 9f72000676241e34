/** HTML escaping for server-rendered pages: every value from data goes through `escapeHtml` or the `html` tag. */

/** HTML that is already safe (built by `html` or produced by our own renderers) and is inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Marks a string as trusted HTML; only for HTML our own code produced. */
export function trusted(htmlText: string): SafeHtml {
  return new SafeHtml(htmlText);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/** Template tag: interpolated values are escaped unless they are SafeHtml; arrays are joined; null/false vanish. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** URL of one agreement's page. */
export function agreementHref(municipality: string, number: string): string {
  return `/agreements/${encodeURIComponent(municipality)}/${encodeURIComponent(number)}`;
}

/** Formats a period ("2022 t/m 2026") or null when unknown. */
export function formatPeriod(period: { from: number | null; to: number | null }): string | null {
  if (period.from && period.to) return period.from === period.to ? String(period.from) : `${period.from} t/m ${period.to}`;
  if (period.from) return `vanaf ${period.from}`;
  if (period.to) return `t/m ${period.to}`;
  return null;
}
