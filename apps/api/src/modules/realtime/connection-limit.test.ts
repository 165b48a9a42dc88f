import { describe, expect, it } from "vitest";
import { createConnectionLimit, createEventBudget } from "./connection-limit.ts";

describe("connection limits", () => {
  it("refuses an address past its share, and anyone once the process is full", () => {
    const limit = createConnectionLimit({ perAddress: 2, total: 3 });
    expect(limit.tryAcquire("a")).toBeNull();
    expect(limit.tryAcquire("a")).toBeNull();
    expect(limit.tryAcquire("a")).toBe("address");
    expect(limit.tryAcquire("b")).toBeNull();
    expect(limit.tryAcquire("c")).toBe("process");
    expect(limit.total).toBe(3);

    limit.release("a");
    expect(limit.tryAcquire("c")).toBeNull();
    expect(limit.tryAcquire("a")).toBe("process");
  });

  it("frees nothing for an address it never counted", () => {
    const limit = createConnectionLimit({ perAddress: 1, total: 1 });
    expect(limit.tryAcquire("a")).toBeNull();
    limit.release("stranger");
    expect(limit.total).toBe(1);
    expect(limit.tryAcquire("b")).toBe("process");
    limit.release("a");
    expect(limit.size).toBe(0);
    expect(limit.tryAcquire("b")).toBeNull();
  });

  it("budgets events per window", () => {
    const withinBudget = createEventBudget(2, 1_000);
    expect([withinBudget(0), withinBudget(10), withinBudget(20)]).toEqual([true, true, false]);
    expect(withinBudget(1_000)).toBe(true);
  });
});
