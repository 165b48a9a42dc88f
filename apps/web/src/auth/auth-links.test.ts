import { describe, expect, it } from "vitest";
import { destinationOf, isOwnPath } from "./destination.ts";
import { linkTokenOf } from "./link-token.ts";
import { nextSignInStepOf } from "./sign-in-steps.ts";

describe("after signing in", () => {
  it("goes back only to a page of this site", () => {
    expect(destinationOf({ from: "/bookings?tab=past" })).toBe("/bookings?tab=past");
    expect(destinationOf({ from: "//evil.example/x" })).toBe("/");
    expect(destinationOf({ from: "/\\evil.example" })).toBe("/");
    expect(destinationOf({ from: "https://evil.example" })).toBe("/");
    expect(destinationOf(null)).toBe("/");
    expect(isOwnPath("/")).toBe(true);
  });
});

describe("emailed links", () => {
  it("carry their token after #", () => {
    expect(linkTokenOf("#token=mq_abc-DEF.123")).toBe("mq_abc-DEF.123");
    expect(linkTokenOf("#token=")).toBeNull();
    expect(linkTokenOf("")).toBeNull();
  });
});

describe("the step a sign-in still needs", () => {
  const refusal = (code: string, details?: Record<string, unknown>) => ({ data: { code, details } });

  it("is a code, or setting up two-step verification, each with its token", () => {
    expect(nextSignInStepOf(refusal("MFA_REQUIRED", { challengeToken: "c.t.s" }))).toEqual({
      kind: "code",
      challengeToken: "c.t.s",
    });
    expect(nextSignInStepOf(refusal("MFA_ENROLMENT_REQUIRED", { enrolmentToken: "e.t.s" }))).toEqual({
      kind: "enrol",
      enrolmentToken: "e.t.s",
    });
  });

  it("is nothing for other answers, or without a token", () => {
    expect(nextSignInStepOf(refusal("INVALID_CREDENTIALS"))).toBeNull();
    expect(nextSignInStepOf(refusal("MFA_REQUIRED"))).toBeNull();
    expect(nextSignInStepOf(new TypeError("offline"))).toBeNull();
  });
});
