import { describe, expect, it } from "vitest";
import { type CandidateSeat, pickBestSeats } from "./best-available.ts";

/** Rows A.. from the front; `layout` per row: "." free, "x" taken, "|" aisle after the previous seat. */
function hall(...rows: string[]): CandidateSeat[] {
  const seats: CandidateSeat[] = [];
  rows.forEach((layout, rowIndex) => {
    const row = String.fromCharCode(65 + rowIndex);
    let number = 0;
    for (const mark of layout) {
      if (mark === "|") {
        const previous = seats.at(-1);
        if (previous) previous.aisleAfter = true;
        continue;
      }
      number++;
      seats.push({
        id: `${row}${number}`,
        section: "S",
        row,
        number,
        x: number,
        y: rowIndex,
        aisleAfter: false,
        free: mark === ".",
      });
    }
  });
  return seats;
}

describe("pickBestSeats", () => {
  it("keeps a party together in one row near the centre", () => {
    const seats = hall("..........", "..........", "..........");
    const picked = pickBestSeats(seats, 4);
    expect(picked).toHaveLength(4);
    const rows = new Set(picked?.map((id) => id[0]));
    expect(rows.size).toBe(1);
    expect(picked).toEqual(["B4", "B5", "B6", "B7"].map((id) => id));
  });

  it("never strands a single seat between taken ones", () => {
    // Row A: x . . . x  -> a pair would leave one seat stranded; the trio fits exactly.
    const seats = hall("x...x");
    expect(pickBestSeats(seats, 2)).toBeNull();
    expect(pickBestSeats(seats, 3)).toEqual(["A2", "A3", "A4"]);
    // The middle seat would strand one seat on each side; an end of the run strands none.
    expect(["A2", "A4"]).toContain(pickBestSeats(seats, 1)?.[0]);
  });

  it("does not seat a party across an aisle", () => {
    const seats = hall("..|..");
    const picked = pickBestSeats(seats, 2);
    expect(picked && new Set(picked.map((id) => Number(id.slice(1)) <= 2)).size).toBe(1);
  });

  it("splits a party across rows only when no row can take it whole", () => {
    const seats = hall("...x...", "...x...");
    const picked = pickBestSeats(seats, 5);
    expect(picked).toHaveLength(5);
    expect(new Set(picked).size).toBe(5);
  });

  it("returns null when there are not enough free seats", () => {
    expect(pickBestSeats(hall("xx..x"), 3)).toBeNull();
  });
});
