/** Raised when a setting is missing, malformed or conflicts with another; names the setting. */
export class ConfigError extends Error {
  readonly code = 'config_invalid';
}
