export { channelSettingsFromEnv, loadSettings, DEFAULT_SETTINGS, type Env } from "./load.js";
export type { ChannelSettings } from "./channels.js";
export type * from "./settings.js";
