/** Console sessions (web sign-in), stored by the hash of the cookie token; implemented in storage/. */

export type WebSessionKind = 'oidc' | 'local' | 'login';

export interface WebSessionRecord {
  /** SHA-256 of the cookie token (hex); the token itself is never stored. */
  id: string;
  kind: WebSessionKind;
  userId: string | null;
  personId: string | null;
  email: string | null;
  name: string | null;
  /** A sign-in under way: state, nonce, PKCE verifier and where to return. */
  login: unknown;
  createdAt: Date;
  expiresAt: Date;
}

export interface WebSessionStore {
  create(session: Omit<WebSessionRecord, 'createdAt'>): Promise<void>;
  /** The session when it exists and has not expired at `now`. */
  get(id: string, now: Date): Promise<WebSessionRecord | null>;
  /** Removes one session (logout, a used sign-in); false when it was not there. */
  remove(id: string): Promise<boolean>;
  /** Removes every session expired at `now`; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}
