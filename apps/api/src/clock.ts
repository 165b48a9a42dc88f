/** Time comes from here so tests can move it (hold expiry, sales windows). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
