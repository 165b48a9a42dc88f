import type { SeatDelta } from "@marquee/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSeatFanout } from "./seat-fanout.ts";

const showId = "0191e8a0-0000-7000-8000-000000000001";
const delta = (version: number): SeatDelta => ({ showId, version, changes: [] });

afterEach(() => {
  vi.useRealTimers();
});

describe("seat fan-out batching", () => {
  it("sends a quiet room's delta at once", () => {
    const frames: number[][] = [];
    const fanout = createSeatFanout((_room, deltas) => frames.push(deltas.map((d) => d.version)));
    fanout.push(showId, [delta(1)]);
    expect(frames).toEqual([[1]]);
    fanout.close();
  });

  it("folds deltas that arrive while an expensive room waits into the next frame, in order", () => {
    vi.useFakeTimers();
    const frames: number[][] = [];
    let cost = 20;
    const fanout = createSeatFanout((_room, deltas) => {
      frames.push(deltas.map((d) => d.version));
      vi.advanceTimersByTime(cost); // sending to a big room takes time
    });
    fanout.push(showId, [delta(1)]);
    fanout.push(showId, [delta(2)]);
    fanout.push(showId, [delta(3), delta(4)]);
    expect(frames).toEqual([[1]]);
    cost = 0;
    vi.advanceTimersByTime(200);
    expect(frames).toEqual([[1], [2, 3, 4]]);
    fanout.close();
  });

  it("never holds a delta back longer than the cap", () => {
    vi.useFakeTimers();
    const frames: number[][] = [];
    const fanout = createSeatFanout((_room, deltas) => {
      frames.push(deltas.map((d) => d.version));
      vi.advanceTimersByTime(1_000);
    });
    fanout.push(showId, [delta(1)]);
    fanout.push(showId, [delta(2)]);
    vi.advanceTimersByTime(149);
    expect(frames).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(frames).toEqual([[1], [2]]);
    fanout.close();
  });
});
