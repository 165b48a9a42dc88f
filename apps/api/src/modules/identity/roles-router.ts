import {
  adminUser,
  adminUserSearchInput,
  auditListInput,
  auditPage,
  cashierAssignmentInput,
  member,
  memberRoles,
  myMembership,
  organizationRef,
  removeMemberInput,
  setDisabledInput,
  setMemberInput,
  setRoleInput,
  userRoles,
} from "@marquee/contracts";
import { z } from "zod";
import { authedProcedure, roleProcedure, router } from "../../trpc.ts";
import { listAudit } from "./audit.ts";
import {
  assignCashier,
  listMembers,
  myMemberships,
  removeMember,
  searchUsers,
  setDisabled,
  setMember,
  setPlatformRole,
} from "./roles.ts";

const organizers = roleProcedure("organizer", "admin");

/** Organization members and the cashiers of their venues. */
export const organizationsRouter = router({
  mine: authedProcedure.output(z.array(myMembership)).query(({ ctx }) => myMemberships(ctx)),
  members: organizers
    .input(organizationRef)
    .output(z.array(member))
    .query(({ ctx, input }) => listMembers(ctx, input.organizationId)),
  setMember: organizers
    .input(setMemberInput)
    .output(z.object({ userId: z.uuid(), role: z.enum(memberRoles) }))
    .mutation(({ ctx, input }) => setMember(ctx, input)),
  removeMember: organizers
    .input(removeMemberInput)
    .output(z.object({ removed: z.literal(true) }))
    .mutation(({ ctx, input }) => removeMember(ctx, input)),
  assignCashier: organizers
    .input(cashierAssignmentInput)
    .output(z.object({ userId: z.uuid(), assigned: z.boolean() }))
    .mutation(({ ctx, input }) => assignCashier(ctx, input)),
});

const admins = roleProcedure("admin");

/** Platform administration. */
export const adminRouter = router({
  users: admins
    .input(adminUserSearchInput)
    .output(z.array(adminUser))
    .query(({ ctx, input }) => searchUsers(ctx, input.query)),
  setRole: admins
    .input(setRoleInput)
    .output(z.object({ userId: z.uuid(), role: z.enum(userRoles) }))
    .mutation(({ ctx, input }) => setPlatformRole(ctx, input)),
  setDisabled: admins
    .input(setDisabledInput)
    .output(z.object({ userId: z.uuid(), disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setDisabled(ctx, input)),
});

/** The audit log: admins see everything, organization owners their organizations. */
export const auditRouter = router({
  list: organizers
    .input(auditListInput)
    .output(auditPage)
    .query(({ ctx, input }) => listAudit(ctx, input)),
});
