/** Open connections per client address in this process; refuses past the limit. */
export function createConnectionLimit(maxPerAddress: number) {
  const open = new Map<string, number>();
  return {
    tryAcquire(address: string): boolean {
      const count = open.get(address) ?? 0;
      if (count >= maxPerAddress) return false;
      open.set(address, count + 1);
      return true;
    },
    release(address: string): void {
      const count = (open.get(address) ?? 1) - 1;
      if (count <= 0) open.delete(address);
      else open.set(address, count);
    },
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
