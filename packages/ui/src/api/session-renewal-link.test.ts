import { createTRPCClient, TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { describe, expect, it, vi } from "vitest";
import { errorCodeOf } from "./errors.ts";
import { type RenewableSession, sessionRenewalLink } from "./session-renewal-link.ts";

const refusal = (code: string) =>
  TRPCClientError.from({ error: { code: -32001, message: code, data: { code } } });

/** Stands in for the HTTP link: answers each call from a script of results. */
function scriptedTransport(script: Array<"ok" | string>) {
  const calls: string[] = [];
  const link: TRPCLink<AnyRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        calls.push(op.path);
        const next = script.shift() ?? "ok";
        if (next === "ok") {
          observer.next({ result: { type: "data", data: `answer to ${op.path}` } });
          observer.complete();
        } else {
          observer.error(refusal(next));
        }
        return () => undefined;
      });
  return { link, calls };
}

function session(generation: string | null, outcome: "renewed" | "ended" | Error = "renewed") {
  return {
    generation: () => generation,
    renew: vi.fn(async () => {
      if (outcome instanceof Error) throw outcome;
      return outcome;
    }),
  } satisfies RenewableSession;
}

function clientWith(renewable: RenewableSession, script: Array<"ok" | string>) {
  const transport = scriptedTransport(script);
  const client = createTRPCClient<AnyRouter>({ links: [sessionRenewalLink(renewable), transport.link] });
  const call = (path: string) => {
    const [router = "", procedure = ""] = path.split(".");
    // biome-ignore lint/suspicious/noExplicitAny: an untyped router, called by path
    return (client as any)[router][procedure].query();
  };
  return { call, calls: transport.calls };
}

describe("sessionRenewalLink", () => {
  it("renews an expired session and sends the refused call once more", async () => {
    const renewable = session("g1");
    const { call, calls } = clientWith(renewable, ["UNAUTHENTICATED", "ok"]);
    await expect(call("booking.myOrders")).resolves.toBe("answer to booking.myOrders");
    expect(renewable.renew).toHaveBeenCalledWith("g1");
    expect(calls).toEqual(["booking.myOrders", "booking.myOrders"]);
  });

  it("sends a call again only once", async () => {
    const renewable = session("g1");
    const { call, calls } = clientWith(renewable, ["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    await expect(call("auth.me").catch(errorCodeOf)).resolves.toBe("UNAUTHENTICATED");
    expect(renewable.renew).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(2);
  });

  it("passes the refusal on when the session has ended", async () => {
    const renewable = session("g1", "ended");
    const { call, calls } = clientWith(renewable, ["UNAUTHENTICATED"]);
    await expect(call("auth.me").catch(errorCodeOf)).resolves.toBe("UNAUTHENTICATED");
    expect(calls).toHaveLength(1);
  });

  it("leaves signed-out callers, other errors and the refresh call itself alone", async () => {
    const signedOut = session(null);
    await expect(clientWith(signedOut, ["UNAUTHENTICATED"]).call("auth.me").catch(errorCodeOf)).resolves.toBe(
      "UNAUTHENTICATED",
    );
    const signedIn = session("g1");
    await expect(clientWith(signedIn, ["FORBIDDEN"]).call("jobs.queues").catch(errorCodeOf)).resolves.toBe(
      "FORBIDDEN",
    );
    await expect(
      clientWith(signedIn, ["UNAUTHENTICATED"]).call("auth.refresh").catch(errorCodeOf),
    ).resolves.toBe("UNAUTHENTICATED");
    expect(signedOut.renew).not.toHaveBeenCalled();
    expect(signedIn.renew).not.toHaveBeenCalled();
  });

  it("reports why a renewal could not be asked for", async () => {
    const offline = TRPCClientError.from(new TypeError("Failed to fetch"));
    const { call } = clientWith(session("g1", offline), ["UNAUTHENTICATED"]);
    await expect(call("auth.me")).rejects.toBe(offline);
  });
});
