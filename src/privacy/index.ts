/**
 * Privacy: what leaves the agent is redacted, what a model reads is cut to
 * a budget, HTML mail is read as text. The entry points other parts call.
 */
export { REDACTION_KINDS, redactionMarker, type RedactionKind } from "../domain/redaction-kinds.js";
export { parseRedactionKinds, REDACT_ENV } from "./config.js";
export { redactForModel, redactText, type Redacted } from "./redact.js";
export { redactDeep } from "./redact-deep.js";
export { clipMessage, configuredSecrets, scrubSecrets, SECRET_REPLACEMENT } from "./secrets.js";
export { scrubDeep } from "./scrub-deep.js";
export { MODEL_TEXT_MAX_CHARS, prepareTextForModel, type ModelText } from "./model-text.js";
export { htmlToPlainText, looksLikeHtml, plainTextOf } from "./html.js";
export { redactForView, redactTextForView } from "./view.js";
export { messageForStorage, REDACT_STORED_ENV, ticketForStorage } from "./stored.js";
