/**
 * LangGraph's checkpointer spec against our compact SQLite saver, a
 * SqliteSaver that stores what changes (compact-sqlite-saver.ts); it differs
 * only where compact-deviations.ts and the entry below say. Each checkpointer
 * is a fresh in-memory database.
 */
import { CompactSqliteSaver } from "../../src/persistence/checkpoint/compact-sqlite-saver.js";
import { upstreamCheckpointerSpec } from "../helpers/checkpointer-contract.js";
import { PENDING_WRITES_DROPPED } from "./compact-deviations.js";

upstreamCheckpointerSpec<CompactSqliteSaver>(
  {
    checkpointerName: "CompactSqliteSaver",
    createCheckpointer: () => CompactSqliteSaver.open(":memory:"),
    destroyCheckpointer: (saver) => void saver.db.close(),
  },
  [
    ...PENDING_WRITES_DROPPED,
    {
      // Values of a few bytes (flags, ids, short strings: isSmall) ride in every checkpoint row rather than in a
      // row of their own per version, so a checkpoint reads them back even when newVersions did not name them.
      // LangGraph passes every channel it holds a value for, so the graph reads what it wrote either way.
      test: /#put > should only store channel_values that have changed \(based on newVersions\)$/,
      why: "small values are kept inline in each checkpoint row, whatever newVersions says",
    },
  ],
);
