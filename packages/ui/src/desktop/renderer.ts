/**
 * Pairing pieces for the box office and kiosk pages (React, tRPC; no Node or Electron), so the
 * two apps share one pairing flow instead of copying each other.
 */
export {
  appendToPairingCode,
  formatPairingCode,
  isCompletePairingCode,
  pairingCodeAlphabet,
  pairingCodeLength,
  removeLastFromPairingCode,
} from "./pairing-code.ts";
export { type PairingProblem, PairingRefused, pairingProblemOf } from "./pairing-problem.ts";
export {
  type PairingBridge,
  type PairWithCodeInput,
  pairingQueryKey,
  useCredentialChanged,
  useCurrentTerminal,
  usePairingCodeField,
  usePairingState,
  usePairWithCode,
} from "./use-terminal-pairing.ts";
