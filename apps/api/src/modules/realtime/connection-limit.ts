/** Why a connection was refused: too many from its address, or this process is full. */
export type ConnectionRefusal = "address" | "process";

/**
 * Open connections in this process, per client address and in all: refuses past either limit,
 * so one address cannot take them all and the process never holds more sockets than it can serve.
 */
export function createConnectionLimit(limits: { perAddress: number; total: number }) {
  const open = new Map<string, number>();
  let total = 0;
  return {
    /** Counts the connection in and returns null, or says why it is refused. */
    tryAcquire(address: string): ConnectionRefusal | null {
      if (total >= limits.total) return "process";
      const count = open.get(address) ?? 0;
      if (count >= limits.perAddress) return "address";
      open.set(address, count + 1);
      total += 1;
      return null;
    },
    release(address: string): void {
      const count = open.get(address);
      if (count === undefined) return;
      total -= 1;
      if (count <= 1) open.delete(address);
      else open.set(address, count - 1);
    },
    /** Open connections in all. */
    get total() {
      return total;
    },
    /** Addresses with open connections. */
    get size() {
      return open.size;
    },
  };
}

/**
 * Counts events in a sliding window of fixed buckets: cheap enough to run on every message a
 * socket sends.
 */
export function createEventBudget(maxEvents: number, windowMs: number) {
  let windowStart = 0;
  let used = 0;
  return (now: number): boolean => {
    if (now - windowStart >= windowMs) {
      windowStart = now;
      used = 0;
    }
    used += 1;
    return used <= maxEvents;
  };
}
