/** A mistake in how the CLI was called: printed as is, exit code 2. */
export class UsageError extends Error {}

/** The value, or a UsageError saying what is missing. */
export function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} ontbreekt.`);
  return value;
}
