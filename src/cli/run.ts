/** Process entry point of the CLI (bin/escalation-agent.js imports this). */
import { main } from "./main.js";

process.exitCode = await main(process.argv);
