import { TicketAssessment, ReplyJudgement } from "../src/domain/judgement.js";
import { strictJsonSchema } from "../src/llm/strict-schema.js";
const s = JSON.stringify(strictJsonSchema(TicketAssessment));
console.log(s.length, s);
