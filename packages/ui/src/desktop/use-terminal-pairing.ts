import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { useTRPC, useTRPCClient } from "../api/client.ts";
import type { PairingState, PairOutcome } from "./bridge.ts";
import {
  appendToPairingCode,
  formatPairingCode,
  isCompletePairingCode,
  pairingCodeLength,
  removeLastFromPairingCode,
} from "./pairing-code.ts";
import { PairingRefused } from "./pairing-problem.ts";

/** What the pairing hooks need from an app's desktop bridge (box office and kiosk both have it). */
export interface PairingBridge {
  getPairing(): Promise<PairingState>;
  pairTerminal(deviceKey: string): Promise<PairOutcome>;
}

/** The terminal's pairing as the desktop shell keeps it (not an API query, so keyed by hand). */
export const pairingQueryKey = ["bridge", "pairing"] as const;

export function usePairingState(bridge: PairingBridge) {
  return useQuery({
    queryKey: pairingQueryKey,
    queryFn: () => bridge.getPairing(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Which terminal and venue this is, according to the API. It fails with UNAUTHENTICATED once an
 * organizer has revoked the terminal: the stored credential then opens nothing.
 */
export function useCurrentTerminal(paired: boolean) {
  const trpc = useTRPC();
  return useQuery(
    trpc.devices.current.queryOptions(undefined, {
      enabled: paired,
      retry: false,
      // Screens that read the terminal come and go with its answer: a refused credential must
      // stay refused, not be asked again by each screen that mounts.
      retryOnMount: false,
      staleTime: 5 * 60_000,
    }),
  );
}

/** Forgets everything read with the old credential, and tells the app its device key changed. */
export function useCredentialChanged(onCredentialChanged?: () => void) {
  const queryClient = useQueryClient();
  return (pairing: PairingState | null) => {
    onCredentialChanged?.();
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== pairingQueryKey[0] });
    if (pairing) queryClient.setQueryData(pairingQueryKey, pairing);
    else void queryClient.invalidateQueries({ queryKey: pairingQueryKey });
  };
}

export interface PairWithCodeInput {
  code: string;
  /** What organizers will see in the terminal list, e.g. "Counter 2". */
  name: string;
}

/**
 * The first-run pairing: the one-time code becomes a device credential from the API, which the
 * desktop shell stores encrypted. A terminal that cannot keep a credential safely says so
 * before the code is spent.
 */
export function usePairWithCode(bridge: PairingBridge, options: { onCredentialChanged?: () => void } = {}) {
  const client = useTRPCClient();
  const credentialChanged = useCredentialChanged(options.onCredentialChanged);
  return useMutation({
    mutationFn: async ({ code, name }: PairWithCodeInput) => {
      const before = await bridge.getPairing();
      if (before.paired) throw new PairingRefused("already-paired");
      if (!before.encryptionAvailable) throw new PairingRefused("no-encryption");
      const paired = await client.devices.pair.mutate({ code, name });
      const outcome = await bridge.pairTerminal(paired.deviceKey);
      if (!outcome.ok) throw new PairingRefused(outcome.reason);
      return outcome.pairing;
    },
    onSuccess: (pairing) => credentialChanged(pairing),
  });
}

/**
 * A pairing-code field: whatever is typed or pasted is shown as the back office shows the
 * code (`ABCD-EF23`); `type` and `erase` serve an on-screen keypad.
 */
export function usePairingCodeField() {
  const [code, setCode] = useState("");
  return {
    code,
    complete: isCompletePairingCode(code),
    type: (character: string) => setCode((current) => appendToPairingCode(current, character)),
    erase: () => setCode(removeLastFromPairingCode),
    clear: () => setCode(""),
    inputProps: {
      value: code,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setCode(formatPairingCode(event.target.value)),
      autoComplete: "off",
      autoCapitalize: "characters",
      autoCorrect: "off",
      spellCheck: false,
      maxLength: pairingCodeLength + 1,
    },
  };
}
