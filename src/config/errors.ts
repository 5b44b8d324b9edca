/**
 * A problem with what the user configured (a file, a variable, a flag). The
 * CLI prints its message alone and exits 2; the message names the file or
 * variable and never echoes a secret value.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * The error for a bad variable or flag: "SMTP_URL is not a valid URL". The
 * value is never part of the message (it may be a password or a token);
 * given, it is also cut out of the problem text, in case a parser's
 * message quoted it.
 */
export function variableError(name: string, problem: string, value?: string): ConfigError {
  const safe = value && value.length > 0 ? problem.split(value).join("[redacted]") : problem;
  return new ConfigError(`${name} ${safe}`);
}
