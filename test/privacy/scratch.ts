import { foldText } from "../../src/rules/signals/fold.js";
import { splitSentences } from "../../src/rules/signals/sentences.js";
import { confirmsOwnActivity } from "../../src/rules/signals/confirmation.js";
import { isHypotheticalSentence, isPastEpisode, isTopicQuestion } from "../../src/rules/signals/questions.js";
import { ALL_FAMILIES } from "../../src/rules/signals/families/index.js";
const d = `Our lawyer will sue you. ${"at com.acme.Export.run(Export.java:42)\n".repeat(4000)}`;
let s = Date.now(); const folded = foldText(d); console.log("fold", Date.now() - s);
s = Date.now(); const sentences = splitSentences(d, folded, "en"); console.log("split", Date.now() - s, sentences.length, Math.max(...sentences.map((x) => x.text.length)));
s = Date.now(); confirmsOwnActivity(sentences.map((x) => x.text)); console.log("confirm", Date.now() - s);
s = Date.now(); for (const x of sentences) { isTopicQuestion(x.text); isHypotheticalSentence(x.text); isPastEpisode(x.text); } console.log("questions", Date.now() - s);
const times: Record<string, number> = {};
for (const x of sentences) for (const f of ALL_FAMILIES) { const t = Date.now(); [...x.text.matchAll(f.pattern)]; if (f.requires) [...x.text.matchAll(f.requires)]; times[f.target + "/" + f.name] = (times[f.target + "/" + f.name] ?? 0) + Date.now() - t; }
console.log(Object.entries(times).sort((a, b) => b[1] - a[1]).slice(0, 8));
