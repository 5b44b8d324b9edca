/**
 * The behaviour every LangGraph store used by the agent must have, as one
 * suite run against each implementation (InMemoryStore, SqliteStore,
 * PostgresStore). InMemoryStore is the reference; where another store is
 * known to differ, the difference is a named capability and the suite pins
 * down what that store does instead, so a change upstream shows up here.
 */
import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

export interface StoreCapabilities {
  /** A query ranks lexical matches first (SQLite FTS5, PostgreSQL full text); InMemoryStore without embeddings ignores it. */
  lexicalQuery: boolean;
  /**
   * Prefixes compare whole labels: ["docs"] does not reach ["docsx"].
   * PostgresStore compares the joined text with LIKE 'docs%', so it does.
   */
  labelWisePrefix: boolean;
  /** search([]) searches every namespace (PostgresStore refuses the empty prefix). */
  searchEverything: boolean;
  /** listNamespaces accepts "*" for any one label (PostgresStore treats it literally). */
  wildcardNamespaces: boolean;
  /**
   * maxDepth cuts longer namespaces down to that depth ("truncate", the
   * LangGraph reference) or drops them ("filter", PostgresStore).
   */
  maxDepth: "truncate" | "filter";
}

export interface StoreFixture {
  store: BaseStore;
  cleanup(): Promise<void>;
}

const keysOf = (items: Array<{ key: string }>) => items.map((i) => i.key).sort();
const paths = (namespaces: string[][]) => namespaces.map((ns) => ns.join("/")).sort();

export function storeContract(name: string, open: () => Promise<StoreFixture>, can: StoreCapabilities): void {
  describe(`${name}: the store contract`, () => {
    let fixture: StoreFixture;
    let store: BaseStore;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it("gets back what was put, with its namespace, key and timestamps", async () => {
      await store.put(["outcomes"], "T-1", { segment: "billing:paid", risk: 40, nested: { signals: ["churn_risk"] } });
      const item = await store.get(["outcomes"], "T-1");
      expect(item?.value).toEqual({ segment: "billing:paid", risk: 40, nested: { signals: ["churn_risk"] } });
      expect(item?.key).toBe("T-1");
      expect(item?.namespace).toEqual(["outcomes"]);
      expect(item?.createdAt).toBeInstanceOf(Date);
      expect(item?.updatedAt).toBeInstanceOf(Date);
    });

    it("answers null for a key that was never put", async () => {
      expect(await store.get(["outcomes"], "missing")).toBeNull();
    });

    it("replaces the value on a second put and keeps the creation time", async () => {
      await store.put(["outcomes"], "T-1", { verdict: null });
      const first = await store.get(["outcomes"], "T-1");
      await store.put(["outcomes"], "T-1", { verdict: { appropriate: false } });
      const second = await store.get(["outcomes"], "T-1");
      expect(second?.value).toEqual({ verdict: { appropriate: false } });
      expect(second?.createdAt.getTime()).toBe(first?.createdAt.getTime());
      expect(second?.updatedAt.getTime()).toBeGreaterThanOrEqual(first?.updatedAt.getTime() ?? Infinity);
    });

    it("deletes an item, and deleting a missing one is harmless", async () => {
      await store.put(["outcomes"], "T-1", { a: 1 });
      await store.delete(["outcomes"], "T-1");
      await store.delete(["outcomes"], "never-there");
      expect(await store.get(["outcomes"], "T-1")).toBeNull();
      expect(await store.search(["outcomes"])).toEqual([]);
    });

    it("keeps the same key apart in different namespaces", async () => {
      await store.put(["outcomes"], "T-1", { from: "outcomes" });
      await store.put(["followups"], "T-1", { from: "followups" });
      expect((await store.get(["outcomes"], "T-1"))?.value).toEqual({ from: "outcomes" });
      expect((await store.get(["followups"], "T-1"))?.value).toEqual({ from: "followups" });
    });

    it("refuses to put into an empty or malformed namespace", async () => {
      await expect(store.put([], "k", { a: 1 })).rejects.toThrow();
      await expect(store.put(["has.dot"], "k", { a: 1 })).rejects.toThrow();
    });

    describe("search", () => {
      beforeEach(async () => {
        await store.put(["outcomes"], "a", { segment: "billing:paid", risk: 20, escalated: false });
        await store.put(["outcomes"], "b", { segment: "billing:paid", risk: 60, escalated: true });
        await store.put(["outcomes"], "c", { segment: "technical:enterprise", risk: 45, escalated: true });
        await store.put(["outcomes", "archive"], "d", { segment: "billing:paid", risk: 80, escalated: true });
        await store.put(["followups"], "e", { segment: "billing:paid", risk: 10, escalated: false });
      });

      it("finds the items in a namespace and below it, not beside it", async () => {
        expect(keysOf(await store.search(["outcomes"]))).toEqual(["a", "b", "c", "d"]);
        expect(keysOf(await store.search(["outcomes", "archive"]))).toEqual(["d"]);
        expect(keysOf(await store.search(["followups"]))).toEqual(["e"]);
      });

      it(can.searchEverything ? "searches everything under the empty prefix" : "refuses the empty prefix (known divergence)", async () => {
        if (can.searchEverything) expect(keysOf(await store.search([], { limit: 50 }))).toEqual(["a", "b", "c", "d", "e"]);
        else await expect(store.search([], { limit: 50 })).rejects.toThrow(/empty/);
      });

      it(can.labelWisePrefix ? "compares prefixes label by label" : "compares prefixes as text (known divergence)", async () => {
        await store.put(["outcomesx"], "z", { segment: "x" });
        const found = keysOf(await store.search(["outcomes"], { limit: 50 }));
        if (can.labelWisePrefix) expect(found).not.toContain("z");
        else expect(found).toContain("z");
      });

      it("filters on exact values of top-level keys", async () => {
        expect(keysOf(await store.search(["outcomes"], { filter: { segment: "billing:paid" } }))).toEqual(["a", "b", "d"]);
        expect(keysOf(await store.search(["outcomes"], { filter: { segment: "billing:paid", escalated: true } }))).toEqual(["b", "d"]);
        expect(keysOf(await store.search(["outcomes"], { filter: { risk: 45 } }))).toEqual(["c"]);
      });

      it("filters with comparison operators", async () => {
        expect(keysOf(await store.search(["outcomes"], { filter: { risk: { $gte: 45 } } }))).toEqual(["b", "c", "d"]);
        expect(keysOf(await store.search(["outcomes"], { filter: { risk: { $gt: 20, $lt: 80 } } }))).toEqual(["b", "c"]);
        expect(keysOf(await store.search(["outcomes"], { filter: { risk: { $lte: 20 } } }))).toEqual(["a"]);
        expect(keysOf(await store.search(["outcomes"], { filter: { segment: { $ne: "billing:paid" } } }))).toEqual(["c"]);
      });

      it("filters out null values with $ne: null (how outcomes with a verdict are found)", async () => {
        await store.put(["verdicts"], "judged", { verdict: { appropriate: false } });
        await store.put(["verdicts"], "open", { verdict: null });
        expect(keysOf(await store.search(["verdicts"], { filter: { verdict: { $ne: null } } }))).toEqual(["judged"]);
      });

      it("pages with limit and offset, each item exactly once", async () => {
        const seen: string[] = [];
        for (let offset = 0; offset < 6; offset += 2) {
          const page = await store.search(["outcomes"], { limit: 2, offset });
          expect(page.length).toBeLessThanOrEqual(2);
          seen.push(...page.map((i) => i.key));
        }
        expect(seen.sort()).toEqual(["a", "b", "c", "d"]);
      });

      it("returns at most ten items unless told otherwise", async () => {
        for (let i = 0; i < 12; i++) await store.put(["bulk"], `k${i}`, { i });
        expect(await store.search(["bulk"])).toHaveLength(10);
        expect(await store.search(["bulk"], { limit: 20 })).toHaveLength(12);
      });

      it(can.lexicalQuery ? "ranks items by how well they match a query" : "keeps to prefix and filter when given a query", async () => {
        await store.put(["cases"], "refund", { summary: "duplicate charge refund on the invoice", tier: "paid" });
        await store.put(["cases"], "sso", { summary: "single sign-on login failing with SAML error", tier: "enterprise" });
        await store.put(["cases"], "export", { summary: "export projects to CSV", tier: "paid" });
        const found = await store.search(["cases"], { query: "SAML login error" });
        for (const item of found) expect(item.namespace[0]).toBe("cases");
        if (can.lexicalQuery) expect(found[0]?.key).toBe("sso");
        const filtered = await store.search(["cases"], { query: "refund invoice", filter: { tier: "enterprise" } });
        expect(filtered.map((i) => i.key)).not.toContain("refund");
      });
    });

    describe("listNamespaces", () => {
      beforeEach(async () => {
        await store.put(["outcomes"], "a", { x: 1 });
        await store.put(["outcomes", "2024"], "b", { x: 1 });
        await store.put(["outcomes", "2025"], "c", { x: 1 });
        await store.put(["followups", "2025"], "d", { x: 1 });
        await store.put(["learning"], "settings", { x: 1 });
      });

      it("lists every namespace that holds items", async () => {
        expect(paths(await store.listNamespaces())).toEqual(["followups/2025", "learning", "outcomes", "outcomes/2024", "outcomes/2025"]);
      });

      it("narrows by prefix and by suffix", async () => {
        expect(paths(await store.listNamespaces({ prefix: ["outcomes"] }))).toEqual(["outcomes", "outcomes/2024", "outcomes/2025"]);
        expect(paths(await store.listNamespaces({ suffix: ["2025"] }))).toEqual(["followups/2025", "outcomes/2025"]);
      });

      it(can.wildcardNamespaces ? "matches any label with *" : "takes * literally (known divergence)", async () => {
        const found = paths(await store.listNamespaces({ prefix: ["*", "2025"] }));
        expect(found).toEqual(can.wildcardNamespaces ? ["followups/2025", "outcomes/2025"] : []);
      });

      it(`limits the depth (${can.maxDepth})`, async () => {
        const found = paths(await store.listNamespaces({ maxDepth: 1 }));
        expect(found).toEqual(can.maxDepth === "truncate" ? ["followups", "learning", "outcomes"] : ["learning", "outcomes"]);
      });

      it("pages with limit and offset in a stable order", async () => {
        const all = await store.listNamespaces();
        const first = await store.listNamespaces({ limit: 2 });
        const rest = await store.listNamespaces({ limit: 10, offset: 2 });
        expect([...first, ...rest]).toEqual(all);
      });
    });

    it("answers a batch of independent operations in order", async () => {
      await store.put(["outcomes"], "a", { n: 1 });
      const [got, missing, put, found, namespaces] = await store.batch([
        { namespace: ["outcomes"], key: "a" },
        { namespace: ["outcomes"], key: "zzz" },
        { namespace: ["followups"], key: "f", value: { due: "2025-01-01" } },
        { namespacePrefix: ["outcomes"], limit: 10, offset: 0 },
        // A list-namespaces operation is recognised by its matchConditions key.
        { matchConditions: [], limit: 10, offset: 0 },
      ] as const);
      expect(got?.value).toEqual({ n: 1 });
      expect(missing).toBeNull();
      expect(put).toBeFalsy();
      expect(keysOf(found)).toEqual(["a"]);
      expect(paths(namespaces)).toContain("outcomes");
      expect((await store.get(["followups"], "f"))?.value).toEqual({ due: "2025-01-01" });
    });
  });
}
