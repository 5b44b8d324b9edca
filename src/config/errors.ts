/**
 * A problem with what the user configured (a file, a variable, a flag). The
 * CLI prints its message alone and exits 2; the message names the file or
 * variable and never echoes a secret value.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
