import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { accessTokenOf, addMember, createAccount, failureOf, PASSWORD } from "../../../test/identity.ts";
import { memoryExchange } from "../../../test/memory-exchange.ts";
import { resolvePrincipal } from "./principal.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

const stillSignedIn = async (accessToken: string) =>
  (await resolvePrincipal(memoryExchange({ authorization: `Bearer ${accessToken}` }), platform)).user !==
  null;

async function organizationWithOwner() {
  const organization = await createOrganization(platform.db);
  const owner = await createAccount(platform.db, { role: "organizer" });
  await addMember(platform.db, organization.id, owner.id, "owner");
  return { organization, owner };
}

describe("organization roles", () => {
  it("owners add and remove members; each change is audited and signs the member out", async () => {
    const { organization, owner } = await organizationWithOwner();
    const person = await createAccount(platform.db);
    const session = await platform.caller().auth.login({ email: person.email, password: PASSWORD });
    await platform
      .caller({ user: owner })
      .organizations.setMember({ organizationId: organization.id, email: person.email, role: "manager" });
    expect(await stillSignedIn(accessTokenOf(session))).toBe(false);
    const members = await platform
      .caller({ user: owner })
      .organizations.members({ organizationId: organization.id });
    expect(members.map((m) => [m.email, m.role])).toContainEqual([person.email, "manager"]);
    const [promoted] = await platform.db
      .select({ role: schema.users.role })
      .from(schema.users)
      .where(eq(schema.users.id, person.id));
    expect(promoted?.role).toBe("organizer");

    // A manager may not change roles.
    const manager = { id: person.id, role: "organizer" as const };
    expect(
      (
        await failureOf(
          platform.caller({ user: manager }).organizations.setMember({
            organizationId: organization.id,
            email: owner.email,
            role: "checkin",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");

    await platform
      .caller({ user: owner })
      .organizations.removeMember({ organizationId: organization.id, userId: person.id });
    const audit = await platform
      .caller({ user: owner })
      .audit.list({ organizationId: organization.id, limit: 10 });
    expect(audit.items.map((entry) => entry.action)).toEqual(["membership.removed", "membership.set"]);
  });

  it("keeps at least one owner", async () => {
    const { organization, owner } = await organizationWithOwner();
    expect(
      (
        await failureOf(
          platform
            .caller({ user: owner })
            .organizations.removeMember({ organizationId: organization.id, userId: owner.id }),
        )
      ).code,
    ).toBe("LAST_OWNER");
    expect(
      (
        await failureOf(
          platform.caller({ user: owner }).organizations.setMember({
            organizationId: organization.id,
            email: owner.email,
            role: "manager",
          }),
        )
      ).code,
    ).toBe("LAST_OWNER");
  });

  it("shows owners their organization's audit log only; admins see all of it", async () => {
    const first = await organizationWithOwner();
    const second = await organizationWithOwner();
    const someone = await createAccount(platform.db);
    await platform.caller({ user: second.owner }).organizations.setMember({
      organizationId: second.organization.id,
      email: someone.email,
      role: "checkin",
    });
    expect(
      (
        await failureOf(
          platform
            .caller({ user: first.owner })
            .audit.list({ organizationId: second.organization.id, limit: 10 }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const own = await platform.caller({ user: first.owner }).audit.list({ limit: 50 });
    expect(own.items.every((entry) => entry.organizationId === first.organization.id)).toBe(true);
    const admin = await createAccount(platform.db, { role: "admin" });
    const everything = await platform
      .caller({ user: admin })
      .audit.list({ organizationId: second.organization.id, limit: 50 });
    expect(everything.items.map((entry) => entry.action)).toContain("membership.set");
  });
});

describe("platform administration", () => {
  it("changes a role, audited, ending the user's sessions; not one's own", async () => {
    const admin = await createAccount(platform.db, { role: "admin" });
    const person = await createAccount(platform.db);
    const session = await platform.caller().auth.login({ email: person.email, password: PASSWORD });
    await platform.caller({ user: admin }).admin.setRole({ userId: person.id, role: "cashier" });
    expect(await stillSignedIn(accessTokenOf(session))).toBe(false);
    const again = await platform.caller().auth.login({ email: person.email, password: PASSWORD });
    expect(again.user.role).toBe("cashier");
    expect(
      (await failureOf(platform.caller({ user: admin }).admin.setRole({ userId: admin.id, role: "buyer" })))
        .code,
    ).toBe("FORBIDDEN");
    const [entry] = await platform.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "user.role_changed"));
    expect(entry).toMatchObject({ actorUserId: admin.id, subjectId: person.id, data: { role: "cashier" } });
  });

  it("finds users by email or name, escaping LIKE wildcards", async () => {
    const admin = await createAccount(platform.db, { role: "admin" });
    await createAccount(platform.db, { email: "percent%person@example.test", name: "Per Cent" });
    const found = await platform.caller({ user: admin }).admin.users({ query: "percent%" });
    expect(found.map((u) => u.email)).toEqual(["percent%person@example.test"]);
    expect(found[0]).not.toHaveProperty("passwordHash");
  });
});
