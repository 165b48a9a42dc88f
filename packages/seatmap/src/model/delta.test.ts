import { describe, expect, it } from "vitest";
import { cinema, uuid } from "../../test/halls.ts";
import { applySeatDelta, changedSeats } from "./delta.ts";
import type { SeatMap } from "./types.ts";

const base = (): SeatMap => ({ ...cinema(0).map, version: 10 });

describe("applySeatDelta", () => {
  it("applies the next version and reports which seats changed", () => {
    const map = base();
    const [a, b] = map.seats;
    const outcome = applySeatDelta(map, {
      showId: map.showId,
      version: 11,
      changes: [
        { seatId: a!.id, status: "held" },
        { seatId: b!.id, status: "available" }, // already available: set, not toggled
      ],
    });
    expect(outcome.kind).toBe("applied");
    if (outcome.kind !== "applied") return;
    expect(outcome.map.version).toBe(11);
    expect(outcome.changedSeatIds).toEqual([a!.id]);
    expect(outcome.map.seats[0]!.status).toBe("held");
    expect(outcome.map.seats[1]).toBe(map.seats[1]); // untouched seats keep their identity
    expect(map.seats[0]!.status).toBe("available"); // the input is not mutated
  });

  it("ignores versions the map already has, and other shows", () => {
    const map = base();
    const change = [{ seatId: map.seats[0]!.id, status: "sold" as const }];
    expect(applySeatDelta(map, { showId: map.showId, version: 10, changes: change }).kind).toBe("stale");
    expect(applySeatDelta(map, { showId: map.showId, version: 3, changes: change }).kind).toBe("stale");
    expect(applySeatDelta(map, { showId: uuid(5), version: 11, changes: change }).kind).toBe("stale");
  });

  it("reports a gap when a version is missing, so the caller fetches a snapshot", () => {
    const map = base();
    const outcome = applySeatDelta(map, {
      showId: map.showId,
      version: 13,
      changes: [{ seatId: map.seats[0]!.id, status: "sold" }],
    });
    expect(outcome).toEqual({ kind: "gap", expected: 11, received: 13 });
  });

  it("treats a seat it does not know as a gap: the map's layout is out of date", () => {
    const map = base();
    const outcome = applySeatDelta(map, {
      showId: map.showId,
      version: 11,
      changes: [{ seatId: uuid(123_456), status: "sold" }],
    });
    expect(outcome.kind).toBe("gap");
  });

  it("updates general-admission availability", () => {
    const quotaId = uuid(777);
    const map: SeatMap = {
      ...base(),
      generalAdmission: [{ quotaId, tierId: uuid(1), name: "Standing", available: 40 }],
    };
    const outcome = applySeatDelta(map, {
      showId: map.showId,
      version: 11,
      changes: [],
      generalAdmission: [{ quotaId, available: 36 }],
    });
    expect(outcome.kind === "applied" && outcome.map.generalAdmission[0]!.available).toBe(36);
  });
});

describe("changedSeats", () => {
  it("lists seats whose status differs between two snapshots", () => {
    const before = base();
    const after: SeatMap = {
      ...before,
      version: 14,
      seats: before.seats.map((s, i) => (i === 3 || i === 8 ? { ...s, status: "sold" } : s)),
    };
    expect(changedSeats(before, after)).toEqual([before.seats[3]!.id, before.seats[8]!.id]);
  });
});
