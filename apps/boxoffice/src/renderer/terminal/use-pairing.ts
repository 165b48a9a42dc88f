import { useTRPCClient } from "@marquee/ui";
import {
  useCredentialChanged,
  useCurrentTerminal,
  usePairingState,
  usePairWithCode,
} from "@marquee/ui/desktop/renderer";
import { useMutation } from "@tanstack/react-query";
import { bridge } from "../bridge.ts";
import { forgetDeviceKey, sessionStore } from "../session.ts";

/** This counter's pairing, as the desktop shell keeps it. */
export function usePairing() {
  return usePairingState(bridge);
}

/** This counter's terminal and venue, from the API; only asked once the counter is paired. */
export function useTerminal() {
  const pairing = usePairing();
  return useCurrentTerminal(pairing.data?.paired === true);
}

export function usePairTerminal() {
  return usePairWithCode(bridge, { onCredentialChanged: forgetDeviceKey });
}

/**
 * An organizer retires this counter: the API revokes the terminal (its credential and every
 * session bound to it stop working), then the shell forgets the credential and whoever was
 * signed in is signed out. Without `terminalId` (already revoked) only the local part runs.
 */
export function useUnpairTerminal() {
  const client = useTRPCClient();
  const credentialChanged = useCredentialChanged(forgetDeviceKey);
  return useMutation({
    mutationFn: async ({ terminalId }: { terminalId: string | null }) => {
      if (terminalId) await client.devices.revoke.mutate({ terminalId });
      await bridge.unpairTerminal();
    },
    onSuccess: () => {
      sessionStore.set(null);
      credentialChanged(null);
    },
  });
}
