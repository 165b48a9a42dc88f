import {
  authResult,
  createPairingCodeInput,
  deviceSignInInput,
  pairDeviceInput,
  pairedDevice,
  pairingCode,
  terminalKinds,
  terminalRef,
  terminalSummary,
  venueRef,
} from "@marquee/contracts";
import { z } from "zod";
import { deviceProcedure, publicProcedure, roleProcedure, router } from "../../trpc.ts";
import {
  createPairingCode,
  currentTerminal,
  listTerminals,
  pairDevice,
  revokeTerminal,
  signInAtTerminal,
} from "./devices.ts";

const venueStaff = roleProcedure("organizer", "admin");

/** Box-office and kiosk terminals: pairing, listing, revoking, and staff sign-in on them. */
export const devicesRouter = router({
  createPairingCode: venueStaff
    .input(createPairingCodeInput)
    .output(pairingCode)
    .mutation(({ ctx, input }) => createPairingCode(ctx, input)),
  /** Called by the new device itself, which has no credential yet: the code is the credential. */
  pair: publicProcedure
    .input(pairDeviceInput)
    .output(pairedDevice)
    .mutation(({ ctx, input }) => pairDevice(ctx, input)),
  list: venueStaff
    .input(venueRef)
    .output(z.array(terminalSummary))
    .query(({ ctx, input }) => listTerminals(ctx, input.venueId)),
  revoke: venueStaff
    .input(terminalRef)
    .output(z.object({ revoked: z.literal(true) }))
    .mutation(({ ctx, input }) => revokeTerminal(ctx, input.terminalId)),
  current: deviceProcedure
    .output(
      z.object({
        terminalId: z.uuid(),
        venueId: z.uuid(),
        organizationId: z.uuid(),
        kind: z.enum(terminalKinds),
        name: z.string(),
        venueName: z.string(),
        /** Where the venue is, so a terminal can list its own shows in the venue's day. */
        cityId: z.uuid(),
        timeZone: z.string(),
      }),
    )
    .query(({ ctx }) => currentTerminal(ctx)),
  /** A cashier signs in at a paired box-office terminal with email and PIN. */
  signIn: deviceProcedure
    .input(deviceSignInInput)
    .output(authResult)
    .mutation(({ ctx, input }) => signInAtTerminal(ctx, input)),
});
