/** The CLI's commands; anything else is refused before the bot is loaded. */
export const COMMANDS = ['serve', 'ingest', 'agreements', 'agreement', 'documents', 'document', 'search', 'ask', 'directory', 'progress', 'digest', 'meetings', 'schedule'] as const;

/** Commands that only read agreements: they open the database without loading search, progress or digests. */
export const STORE_COMMANDS: readonly string[] = ['agreements', 'agreement'];
