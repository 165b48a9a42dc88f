import { createDb } from "../client.ts";
import { DEMO_ACCOUNTS, DEMO_DEVICES, DEMO_PASSWORD, seedDemoCatalog } from "./index.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: point it at the migrated PostgreSQL database to seed.");
  process.exit(2);
}

const { db, close } = createDb(url, { max: 4 });
try {
  const started = performance.now();
  const summary = await seedDemoCatalog(db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `demo catalog seeded in ${seconds} s (shows from ${summary.window.from}, ${summary.window.days} days)`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(summary.totals).map(([table, total]) => [
        table,
        { total, "added now": summary.created[table as keyof typeof summary.created] },
      ]),
    ),
  );
  console.log(`\ndemo accounts (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS)
    console.log(`  ${account.email.padEnd(24)} ${account.role.padEnd(10)} ${account.purpose}`);
  console.log("\ndemo devices (already paired; present the credential as the device token):");
  for (const device of DEMO_DEVICES) {
    console.log(`  ${device.kind.padEnd(10)} ${device.name} at ${device.venueSlug}: ${device.credential}`);
  }
} catch (error) {
  console.error("seed failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await close();
}
