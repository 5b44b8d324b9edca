/**
 * The reply the bot sends when it keeps a message written in a language it
 * has no reply templates for (the reading tables of src/rules/other-languages/
 * found it calm). It is in English, like every reply in such a language, and
 * it must not pretend to have understood what the rules only skimmed for
 * alarms: it says so, offers an article as something that *may* help, and
 * asks for the need in a language we read.
 */
import { SUPPORTED_LANGUAGES } from "../../../../domain/taxonomy.js";

const NAMES: Readonly<Record<(typeof SUPPORTED_LANGUAGES)[number], string>> = { en: "English", de: "German", es: "Spanish", fr: "French" };
const READ = SUPPORTED_LANGUAGES.map((l) => NAMES[l]);
const LISTED = `${READ.slice(0, -1).join(", ")} and ${READ.at(-1) ?? ""}`;

export const UNREAD_LANGUAGE = {
  note: `Thank you for your message. Our automatic replies are written in ${LISTED}, so we may not have understood every detail of what you wrote.`,
  articleIntro: (title: string) => `This help article may answer your question: “${title}”.`,
  articleOutro: "If it doesn't, or if you need something else, just reply, ideally in one of these languages, and we'll look into it with you.",
  askAgain: "Could you tell us in a few words, ideally in one of these languages, what you would like to do? We'll pick it up from there.",
  thanksOutro: "If anything else comes up, just reply to this message.",
} as const;
