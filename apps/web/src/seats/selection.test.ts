import type { SeatMap } from "@marquee/contracts";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { holdProblemOf } from "./hold-problem.ts";
import { pickedSeats, seatRuns, takenSeats, totalOf } from "./selection.ts";

const tierA = {
  id: "t-a",
  name: "Gold",
  code: "GOLD",
  color: null,
  price: { amountMinor: 45_000, currency: "INR" },
  fees: { amountMinor: 3_000, currency: "INR" },
};
const tierB = {
  id: "t-b",
  name: "Silver",
  code: "SILVER",
  color: null,
  price: { amountMinor: 25_000, currency: "INR" },
  fees: { amountMinor: 3_000, currency: "INR" },
};

function seat(
  id: string,
  row: string,
  number: number,
  tierId = "t-a",
  status: "available" | "sold" = "available",
) {
  return {
    id,
    label: `${row}${number}`,
    section: "Stalls",
    row,
    number,
    x: number,
    y: row.charCodeAt(0),
    tierId,
    status,
    accessible: false,
    wheelchair: false,
    companion: false,
    category: "standard",
    aisleAfter: false,
  };
}

const map: SeatMap = {
  showId: "show",
  version: 3,
  tiers: [tierA, tierB],
  seats: [
    seat("f12", "F", 12),
    seat("f11", "F", 11),
    seat("f13", "F", 13),
    seat("g3", "G", 3, "t-b"),
    seat("g10", "G", 10, "t-b", "sold"),
    seat("f14", "F", 14),
  ],
  generalAdmission: [],
};

describe("the chosen seats", () => {
  it("come in reading order with their tiers, and add up", () => {
    const picked = pickedSeats(map, new Set(["g3", "f12", "f11"]));
    expect(picked.map((p) => p.seat.label)).toEqual(["F11", "F12", "G3"]);
    expect(picked[2]?.tier?.name).toBe("Silver");
    expect(totalOf(picked)).toEqual({ amountMinor: 115_000, currency: "INR" });
    expect(totalOf([])).toBeNull();
  });

  it("read compactly, neighbours joined", () => {
    expect(seatRuns(map.seats.filter((s) => ["f11", "f12", "f13", "f14", "g3"].includes(s.id)))).toBe(
      "F11–14, G3",
    );
    expect(seatRuns(map.seats.filter((s) => ["f11", "f13"].includes(s.id)))).toBe("F11, F13");
  });

  it("notice seats someone else took", () => {
    expect(takenSeats(map, new Set(["g10", "f11"])).map((s) => s.id)).toEqual(["g10"]);
  });
});

describe("holdProblemOf", () => {
  const apiError = (data: unknown) =>
    new TRPCClientError("failed", { result: { error: { message: "failed", code: -32600, data } } });

  it("lists the seats that were taken", () => {
    expect(holdProblemOf(apiError({ code: "SEAT_UNAVAILABLE", details: { seatIds: ["a", "b"] } }))).toEqual({
      kind: "taken",
      seatIds: ["a", "b"],
    });
  });

  it("sends a signed-out buyer to sign in, and reports the rest", () => {
    expect(holdProblemOf(apiError({ code: "UNAUTHENTICATED" }))).toEqual({ kind: "signIn" });
    expect(holdProblemOf(apiError({ code: "HOLD_LIMIT_REACHED" }))).toEqual({
      kind: "message",
      code: "HOLD_LIMIT_REACHED",
    });
  });
});
