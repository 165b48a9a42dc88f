import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
  wrap,
} from "cockatiel";
import type { Logger } from "../../logger.ts";
import { GatewayRequestRejected, GatewayUnavailable, type PaymentGateway } from "./gateway.ts";

export interface BreakerOptions {
  /** Longest a single gateway call may take before it counts as a failure. */
  timeoutMs: number;
  /** Consecutive failures that open the circuit. */
  failuresToOpen: number;
  /** How long the circuit stays open before one trial call is let through. */
  halfOpenAfterMs: number;
  log?: Logger | undefined;
}

export type GuardedGateway = PaymentGateway & { readonly circuit: () => "closed" | "open" | "half_open" };

/**
 * Every call to a gateway goes through a timeout and a circuit breaker (cockatiel): a gateway that
 * is down fails fast with GatewayUnavailable instead of tying up requests, and one trial call after
 * `halfOpenAfterMs` closes the circuit again when it is back. Requests the gateway rejects as
 * invalid are not outages and do not count.
 */
export function guardGateway(gateway: PaymentGateway, options: BreakerOptions): GuardedGateway {
  const breaker: CircuitBreakerPolicy = circuitBreaker(
    handleWhen((error) => !(error instanceof GatewayRequestRejected)),
    { halfOpenAfter: options.halfOpenAfterMs, breaker: new ConsecutiveBreaker(options.failuresToOpen) },
  );
  breaker.onBreak(() => options.log?.warn({ gateway: gateway.name }, "payment gateway circuit opened"));
  breaker.onReset(() => options.log?.info({ gateway: gateway.name }, "payment gateway circuit closed"));
  const policy = wrap(breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));

  const call = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await policy.execute(operation);
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof TaskCancelledError)
        throw new GatewayUnavailable(gateway.name, error);
      throw error;
    }
  };
  return {
    name: gateway.name,
    charge: (request) => call(() => gateway.charge(request)),
    completeAction: (request) => call(() => gateway.completeAction(request)),
    refund: (request) => call(() => gateway.refund(request)),
    // Background reads (reconciliation) keep the SDK's own timeout and stay out of the breaker.
    ...(gateway.records && { records: gateway.records }),
    ...(gateway.readers && { readers: gateway.readers }),
    circuit: () =>
      breaker.state === CircuitState.Closed
        ? "closed"
        : breaker.state === CircuitState.HalfOpen
          ? "half_open"
          : "open",
  };
}
