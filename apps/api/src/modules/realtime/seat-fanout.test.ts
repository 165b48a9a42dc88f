import type { SeatDelta } from "@marquee/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { createSeatFanout } from "./seat-fanout.ts";

const showId = "0191e8a0-0000-7000-8000-000000000001";
const otherShow = "0191e8a0-0000-7000-8000-000000000002";
const delta = (version: number, show = showId): SeatDelta => ({ showId: show, version, changes: [] });
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A room of sockets that records every frame each socket receives. */
function room(size: number) {
  const members = new Set(Array.from({ length: size }, (_, i) => `s${i}`));
  const frames = new Map<string, number[][]>();
  const sends: { socketIds: string[]; versions: number[] }[] = [];
  let onSend: (() => void) | null = null;
  const fanout = createSeatFanout(
    {
      watching: (id) => (id === showId ? members : undefined),
      send(socketIds, deltas) {
        const versions = deltas.map((d) => d.version);
        sends.push({ socketIds, versions });
        for (const id of socketIds) frames.set(id, [...(frames.get(id) ?? []), versions]);
        onSend?.();
      },
    },
    { slice: 4 },
  );
  fanouts.push(fanout);
  return {
    members,
    fanout,
    sends,
    /** Every version a socket received, in the order received. */
    received: (id: string) => (frames.get(id) ?? []).flat(),
    framesOf: (id: string) => frames.get(id) ?? [],
    onSend: (listener: () => void) => {
      onSend = listener;
    },
  };
}

const fanouts: ReturnType<typeof createSeatFanout>[] = [];
afterEach(() => {
  for (const fanout of fanouts.splice(0)) fanout.close();
});

describe("seat fan-out sweep", () => {
  it("sends a quiet room's delta on the next turn, one frame for the whole group", async () => {
    const r = room(3);
    r.fanout.push(showId, [delta(1)]);
    expect(r.sends).toEqual([]);
    await r.fanout.idle();
    expect(r.sends).toEqual([{ socketIds: ["s0", "s1", "s2"], versions: [1] }]);
  });

  it("serves a big room a slice per turn of the event loop, without blocking it", async () => {
    const r = room(10);
    r.fanout.push(showId, [delta(1)]);
    await turn();
    expect(r.sends.map((s) => s.socketIds.length)).toEqual([4]);
    await turn();
    expect(r.sends.map((s) => s.socketIds.length)).toEqual([4, 4]);
    await r.fanout.idle();
    expect(r.sends.map((s) => s.socketIds.length)).toEqual([4, 4, 2]);
  });

  it("adds a delta that arrives mid-pass to the frames ahead and brings the sockets behind up next pass", async () => {
    const r = room(10);
    r.fanout.push(showId, [delta(1)]);
    await turn(); // s0..s3 have 1
    r.fanout.push(showId, [delta(2), delta(3)]);
    await r.fanout.idle();
    expect(r.framesOf("s0")).toEqual([[1], [2, 3]]);
    expect(r.framesOf("s5")).toEqual([[1, 2, 3]]);
    for (const id of r.members) expect(r.received(id)).toEqual([1, 2, 3]);
  });

  it("gives every socket every delta once and in order, however the deltas arrive", async () => {
    const r = room(23);
    let version = 0;
    let sends = 0;
    // New deltas land between slices, as Redis messages do while a big room is being served.
    r.onSend(() => {
      sends += 1;
      if (sends % 3 === 0 && version < 60) {
        const batch = [delta(++version), delta(++version)];
        setImmediate(() => r.fanout.push(showId, batch));
      }
    });
    r.fanout.push(showId, [delta(++version)]);
    for (let i = 0; i < 200 && version < 60; i++) await turn();
    await r.fanout.idle();
    const all = Array.from({ length: version }, (_, i) => i + 1);
    for (const id of r.members) expect(r.received(id)).toEqual(all);
    // Batching comes from the sweep itself: fewer frames than deltas per socket.
    expect(r.framesOf("s0").length).toBeLessThan(version);
  });

  it("a socket that joins mid-pass gets everything that arrived after it joined", async () => {
    const r = room(10);
    r.fanout.push(showId, [delta(1)]);
    await turn();
    r.members.add("late");
    r.fanout.push(showId, [delta(2)]);
    await r.fanout.idle();
    // Delta 1 was committed before it joined (its watch reply covers it): at most a duplicate.
    expect(r.received("late")).toContain(2);
    expect(r.received("late")).toEqual([...r.received("late")].sort((a, b) => a - b));
  });

  it("stops sending to a socket that left, and forgets quiet rooms", async () => {
    const r = room(6);
    r.fanout.push(showId, [delta(1)]);
    await r.fanout.idle();
    r.members.delete("s1");
    r.fanout.push(showId, [delta(2)]);
    r.fanout.push(otherShow, [delta(1, otherShow)]); // nobody here watches it
    await r.fanout.idle();
    expect(r.received("s1")).toEqual([1]);
    expect(r.received("s2")).toEqual([1, 2]);
  });
});
