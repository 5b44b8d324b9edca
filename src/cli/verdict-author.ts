/**
 * The author of a verdict or a learning change given at the command line:
 * the OS user who ran it, and the --agent name beside it when one is given
 * (the name says who the person claims to be, the OS user who actually ran
 * the command).
 */
import { userInfo } from "node:os";
import type { VerdictAuthor } from "../learning/trust.js";

/** `fromEnvironment`: USER or USERNAME (Settings.process.user), for systems without a passwd entry. */
export function osUser(fromEnvironment: string | undefined): string {
  try {
    return userInfo().username || "unknown";
  } catch {
    // No passwd entry (some containers): the variable is all there is.
    return fromEnvironment || "unknown";
  }
}

export function cliAuthor(agent: string | undefined, fromEnvironment: string | undefined): VerdictAuthor {
  const user = osUser(fromEnvironment);
  const name = agent?.trim();
  return { name: name || user, source: "cli", osUser: user, identity: "os_user" };
}
