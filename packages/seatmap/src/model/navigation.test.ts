import { describe, expect, it } from "vitest";
import { arena, cinema } from "../../test/halls.ts";
import { type Direction, initialFocus, neighbour, otherSection, rowEdge } from "./navigation.ts";
import { buildSeatIndex, type SeatIndex, stageCentre } from "./seat-index.ts";

const directions: Direction[] = ["left", "right", "up", "down"];

function seatNamed(index: SeatIndex, section: string, row: string, number: number): number {
  const i = index.seats.findIndex((s) => s.section === section && s.row === row && s.number === number);
  if (i < 0) throw new Error(`no seat ${section} ${row}${number}`);
  return i;
}
const name = (index: SeatIndex, i: number | null) =>
  i === null ? null : `${index.seats[i]!.row}${index.seats[i]!.number}`;

describe("keyboard navigation in a cinema", () => {
  const { map, layout } = cinema();
  const index = buildSeatIndex(map.seats, stageCentre(layout));
  const c = (row: string, n: number) => seatNamed(index, "Classic", row, n);

  it("moves along a row, across the aisle, and stops at the walls", () => {
    expect(name(index, neighbour(index, c("C", 3), "right"))).toBe("C4");
    expect(name(index, neighbour(index, c("C", 7), "right"))).toBe("C8");
    expect(name(index, neighbour(index, c("C", 4), "left"))).toBe("C3");
    expect(neighbour(index, c("C", 1), "left")).toBeNull();
  });

  it("moves to the nearest seat of the row behind or in front", () => {
    expect(name(index, neighbour(index, c("C", 3), "down"))).toBe("D3");
    expect(name(index, neighbour(index, c("C", 3), "up"))).toBe("B3");
    expect(neighbour(index, c("A", 3), "up")).toBeNull();
  });

  it("continues into the next section past the last row", () => {
    const below = neighbour(index, c("K", 7), "down");
    expect(index.seats[below!]!.section).toBe("Recliners");
    expect(name(index, below)).toBe("L4");
  });

  it("jumps to row ends and between sections", () => {
    expect(name(index, rowEdge(index, c("E", 5), "start"))).toBe("E1");
    expect(name(index, rowEdge(index, c("E", 5), "end"))).toBe("E14");
    expect(index.seats[otherSection(index, c("E", 5), 1)!]!.section).toBe("Recliners");
    expect(index.seats[otherSection(index, c("E", 5), -1)!]!.section).toBe("Recliners");
  });

  it("starts on a selected seat, else a free seat near the middle", () => {
    const chosen = index.seats[c("F", 2)]!.id;
    expect(initialFocus(index, () => true, new Set([chosen]))).toBe(c("F", 2));
    const start = initialFocus(index, (i) => index.seats[i]!.status === "available")!;
    expect(index.seats[start]!.status).toBe("available");
  });
});

describe("keyboard navigation in an arena", () => {
  const { map, layout } = arena();
  const index = buildSeatIndex(map.seats, stageCentre(layout));
  const vectors = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] } as const;

  it("always moves the way the arrow points on screen, even where rows run right to left", () => {
    index.seats.forEach((seat, i) => {
      for (const direction of directions) {
        const next = neighbour(index, i, direction);
        if (next === null) continue;
        const [vx, vy] = vectors[direction];
        const moved = (index.seats[next]!.x - seat.x) * vx + (index.seats[next]!.y - seat.y) * vy;
        expect(moved, `${seat.section} ${seat.label} ${direction}`).toBeGreaterThan(0);
      }
    });
  });

  it("in the south stand, right goes to a lower seat number", () => {
    const south = seatNamed(index, "Section 109", "C", 5);
    expect(index.seats[neighbour(index, south, "right")!]!.number).toBe(4);
    // further from the court is further down the screen in the south
    expect(index.seats[neighbour(index, south, "down")!]!.row).toBe("D");
  });

  it("reaches every seat from any start with arrow keys alone", () => {
    const seen = new Set<number>([0]);
    const queue = [0];
    while (queue.length > 0) {
      const at = queue.pop()!;
      for (const direction of directions) {
        const next = neighbour(index, at, direction);
        if (next !== null && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(index.seats.length);
  });
});
