import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { bridge } from "../bridge.ts";
import { forgetDeviceKey } from "../session.ts";

/** The terminal's pairing, read from the desktop shell (not the API), so keyed by hand. */
const pairingKey = ["bridge", "pairing"] as const;

export function usePairing() {
  return useQuery({
    queryKey: pairingKey,
    queryFn: () => bridge.getPairing(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePairTerminal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceKey: string) => bridge.pairTerminal(deviceKey),
    onSuccess: (outcome) => {
      if (!outcome.ok) return;
      forgetDeviceKey();
      queryClient.setQueryData(pairingKey, outcome.pairing);
    },
  });
}

export function useUnpairTerminal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => bridge.unpairTerminal(),
    onSuccess: () => {
      forgetDeviceKey();
      void queryClient.invalidateQueries({ queryKey: pairingKey });
    },
  });
}
