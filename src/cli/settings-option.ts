/**
 * How a command's action receives the settings: main() parses the
 * environment once and, before the action runs, sets them as the action's
 * `settings` option (a preAction hook), so every action reads them from the
 * options it is given — never from the environment.
 */
import type { Settings } from "../settings/index.js";

export const SETTINGS_OPTION = "settings";

/** What every action's options carry beside its own flags. */
export interface WithSettings {
  settings: Settings;
}
