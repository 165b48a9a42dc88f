import type { SeatDelta, SeatMap } from "@marquee/contracts";
import { describe, expect, it } from "vitest";
import { SeatMapSync } from "./seat-map-sync.ts";

const showId = "0191e8a0-0000-7000-8000-000000000001";
const seatIds = Array.from({ length: 4 }, (_, i) => `0191e8a0-0000-7000-8000-00000000010${i}`);

function snapshot(
  version: number,
  statuses: Record<number, SeatMap["seats"][number]["status"]> = {},
): SeatMap {
  return {
    showId,
    version,
    tiers: [],
    generalAdmission: [],
    seats: seatIds.map((id, i) => ({
      id,
      label: `A${i + 1}`,
      section: "Stalls",
      row: "A",
      number: i + 1,
      x: i,
      y: 0,
      tierId: showId,
      status: statuses[i] ?? "available",
      accessible: false,
      wheelchair: false,
      companion: false,
      category: "standard",
      aisleAfter: false,
    })),
  };
}

const delta = (version: number, seat: number, status: "held" | "available" | "sold" = "held"): SeatDelta => ({
  showId,
  version,
  changes: [{ seatId: seatIds[seat] ?? "", status }],
});

const statusOf = (sync: SeatMapSync, seat: number) => sync.map?.seats[seat]?.status;

/** A snapshot source the test answers by hand. */
function snapshots() {
  const calls: ((map: SeatMap) => void)[] = [];
  return {
    load: () => new Promise<SeatMap>((resolve) => calls.push(resolve)),
    get count() {
      return calls.length;
    },
    answer(map: SeatMap) {
      const next = calls.shift();
      if (!next) throw new Error("no snapshot was asked for");
      next(map);
      return new Promise((r) => setTimeout(r, 0));
    },
  };
}

async function started(version: number) {
  const source = snapshots();
  const sync = new SeatMapSync({ loadSnapshot: source.load });
  sync.beginCatchUp();
  sync.endCatchUp({ ok: true, showId, version, deltas: [], resync: true });
  await source.answer(snapshot(version));
  return { sync, source };
}

describe("SeatMapSync", () => {
  it("applies deltas in order and ignores ones it already has", async () => {
    const { sync, source } = await started(3);
    sync.receive(delta(4, 0));
    sync.receive(delta(5, 1, "sold"));
    sync.receive(delta(4, 0));
    expect(sync.version).toBe(5);
    expect(statusOf(sync, 0)).toBe("held");
    expect(statusOf(sync, 1)).toBe("sold");
    expect(sync.stats).toMatchObject({ applied: 2, duplicates: 1, gaps: 0, snapshots: 1 });
    expect(sync.status).toBe("live");
    expect(source.count).toBe(0);
  });

  it("reloads the snapshot when a version is missing, then applies newer deltas", async () => {
    const { sync, source } = await started(3);
    sync.receive(delta(5, 1));
    expect(sync.status).toBe("resyncing");
    expect(source.count).toBe(1);
    sync.receive(delta(6, 2));
    await source.answer(snapshot(5, { 0: "sold", 1: "held" }));
    expect(sync.version).toBe(6);
    expect([statusOf(sync, 0), statusOf(sync, 1), statusOf(sync, 2)]).toEqual(["sold", "held", "held"]);
    expect(sync.stats.gaps).toBe(1);
    expect(sync.status).toBe("live");
  });

  it("holds live deltas while a reconnect catches up, so they cannot look like a gap", async () => {
    const { sync, source } = await started(3);
    sync.disconnected();
    expect(sync.status).toBe("offline");
    sync.beginCatchUp();
    sync.receive(delta(6, 2));
    sync.endCatchUp({ ok: true, showId, version: 5, deltas: [delta(4, 0), delta(5, 1)], resync: false });
    expect(sync.version).toBe(6);
    expect(sync.stats).toMatchObject({ applied: 3, gaps: 0 });
    expect(source.count).toBe(0);
  });

  it("resyncs when the catch-up reply is short of the server's version", async () => {
    const { sync, source } = await started(3);
    sync.beginCatchUp();
    sync.endCatchUp({ ok: true, showId, version: 5, deltas: [delta(4, 0)], resync: false });
    expect(source.count).toBe(1);
    await source.answer(snapshot(5));
    expect(sync.version).toBe(5);
    expect(sync.stats.gaps).toBe(1);
  });

  it("ignores a snapshot older than the map it holds", async () => {
    const { sync, source } = await started(3);
    sync.receive(delta(4, 0));
    const reload = sync.resync();
    await source.answer(snapshot(2));
    await reload;
    expect(sync.version).toBe(4);
    expect(statusOf(sync, 0)).toBe("held");
  });

  it("updates general admission availability", async () => {
    const source = snapshots();
    const sync = new SeatMapSync({ loadSnapshot: source.load });
    sync.endCatchUp({ ok: true, showId, version: 1, deltas: [], resync: true });
    const quotaId = seatIds[3] ?? "";
    await source.answer({
      ...snapshot(1),
      generalAdmission: [{ quotaId, tierId: showId, name: "Floor", available: 10 }],
    });
    sync.receive({ showId, version: 2, changes: [], generalAdmission: [{ quotaId, available: 7 }] });
    expect(sync.map?.generalAdmission[0]?.available).toBe(7);
  });

  it("tells subscribers about every change of map or status", async () => {
    const { sync } = await started(1);
    const seen: (number | null)[] = [];
    sync.subscribe(() => seen.push(sync.version));
    sync.receive(delta(2, 0));
    sync.receive(delta(3, 0, "sold"));
    expect(seen).toEqual([2, 3]);
  });
});
