/** Domain errors with a stable code; user-facing messages are Dutch. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}

export class IngestError extends DomainError {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('ingest_failed', `${file}: ${message}`, options);
    this.name = 'IngestError';
  }
}

export class ChannelError extends DomainError {
  constructor(
    code: 'unauthorized' | 'forbidden' | 'not_found' | 'rate_limited' | 'unavailable' | 'bad_request',
    message: string,
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'ChannelError';
  }
}

export class DatabaseBusyError extends DomainError {
  constructor(
    message: string,
    /** Where the process holding the database listens, when it is a server that takes work. */
    readonly server?: { port: number; token: string },
  ) {
    super('database_busy', message);
    this.name = 'DatabaseBusyError';
  }
}
