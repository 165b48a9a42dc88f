import { describe, expect, it } from "vitest";
import { arena, cinema } from "../../test/halls.ts";
import { seatAt, seatsIn } from "./hit-test.ts";
import { buildSeatIndex, stageCentre } from "./seat-index.ts";

describe("buildSeatIndex", () => {
  const { map, layout } = cinema();
  const index = buildSeatIndex(map.seats, stageCentre(layout));

  it("groups seats into rows in seat-number order, rows front to back per section", () => {
    expect(index.sections.map((s) => s.name)).toEqual(["Classic", "Recliners"]);
    const classic = index.sections[0]!.rows.map((r) => index.rows[r]!.label);
    expect(classic).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "J", "K"]);
    const rowB = index.rows[index.sections[0]!.rows[1]!]!;
    expect(rowB.seats.map((i) => map.seats[i]!.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
    expect(index.maxRowLength).toBe(14);
  });

  it("numbers grid rows and columns consistently with the row lists", () => {
    index.rows.forEach((row, r) => {
      expect(row.index).toBe(r);
      row.seats.forEach((seat, column) => {
        expect(index.rowOf[seat]).toBe(r);
        expect(index.columnOf[seat]).toBe(column);
      });
    });
  });

  it("sizes seats from their spacing: recliners are drawn larger", () => {
    const regular = index.sizeOf[index.byId.get(map.seats.find((s) => s.row === "C")!.id)!]!;
    const recliner = index.sizeOf[index.byId.get(map.seats.find((s) => s.row === "L")!.id)!]!;
    expect(regular).toBeCloseTo(0.8, 2);
    expect(recliner).toBeGreaterThan(regular * 1.5);
  });

  it("orders rows by label when there is no stage to measure from", () => {
    const reversed = buildSeatIndex([...map.seats].reverse());
    expect(reversed.sections[1]!.rows.map((r) => reversed.rows[r]!.label)[0]).toBe("A");
  });

  it("bounds every seat", () => {
    for (const seat of map.seats) {
      expect(seat.x).toBeGreaterThan(index.bounds.minX);
      expect(seat.y).toBeLessThan(index.bounds.maxY);
    }
  });
});

describe("hit-testing", () => {
  const { map, layout } = arena();
  const index = buildSeatIndex(map.seats, stageCentre(layout));

  it("finds the seat under a point, and nothing between seats or on the court", () => {
    const seat = map.seats[1234]!;
    expect(seatAt(index, { x: seat.x + 0.2, y: seat.y - 0.2 })).toBe(1234);
    expect(seatAt(index, { x: 70, y: 70 })).toBeNull();
  });

  it("widens targets by the given slack, nearest centre first", () => {
    const seat = map.seats[0]!; // courtside north, row A, seat 1
    const beside = { x: seat.x - 0.8, y: seat.y };
    expect(seatAt(index, beside)).toBeNull();
    expect(seatAt(index, beside, 0.5)).toBe(0);
  });

  it("lists the seats in a box", () => {
    const found = seatsIn(index, { minX: 55, minY: 55, maxX: 85, maxY: 65 });
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) expect(map.seats[i]!.y).toBeLessThanOrEqual(65);
    const all = seatsIn(index, { minX: -1e6, minY: -1e6, maxX: 1e6, maxY: 1e6 });
    expect(all).toHaveLength(map.seats.length);
  });
});
