import { describe, expect, it } from "vitest";
import { cinema } from "../../test/halls.ts";
import { buildSeatIndex } from "./seat-index.ts";
import { STATUS_AVAILABLE, STATUS_BLOCKED, sameLayout, statusCodes, tierAvailability } from "./statuses.ts";

describe("statuses", () => {
  const { map } = cinema(0.5);
  const index = buildSeatIndex(map.seats);

  it("codes statuses in index order, and counts free seats per tier", () => {
    const codes = statusCodes(index, map);
    const free = map.seats.filter((s) => s.status === "available").length;
    expect(codes.filter((c) => c === STATUS_AVAILABLE)).toHaveLength(free);
    const counts = tierAvailability(index, codes);
    const recliner = map.tiers.find((t) => t.code === "RECLINER")!;
    expect(counts.get(recliner.id)?.total).toBe(16);
    expect([...counts.values()].reduce((sum, c) => sum + c.available, 0)).toBe(free);
  });

  it("treats seats missing from a snapshot as blocked", () => {
    const codes = statusCodes(index, { ...map, seats: map.seats.slice(1) });
    expect(codes[0]).toBe(STATUS_BLOCKED);
  });

  it("knows when two snapshots share a layout", () => {
    const changed = { ...map, seats: map.seats.map((s) => ({ ...s, status: "sold" as const })) };
    expect(sameLayout(map, changed)).toBe(true);
    expect(sameLayout(map, { ...map, seats: map.seats.slice(1) })).toBe(false);
  });
});
