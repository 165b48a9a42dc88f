import type { Database } from "@marquee/db";
import { sql } from "drizzle-orm";
import { expect } from "vitest";

/**
 * DESIGN.md's invariants, checked straight against PostgreSQL:
 * - a seat's state agrees with its hold or ticket;
 * - no seat is in two valid tickets, and every valid ticket's seat is sold to it;
 * - money and seats agree: captured money of confirmed orders equals their totals, and money
 *   taken for orders that never confirmed has been refunded in full (per currency).
 */
export async function expectInvariants(db: Database): Promise<void> {
  const heldWithoutHold = await db.execute(sql`
    select ss.seat_id from show_seats ss left join holds h on h.id = ss.hold_id
    where ss.status = 'held' and (h.id is null or h.show_id <> ss.show_id)`);
  expect(heldWithoutHold, "held seats must belong to a hold of their show").toHaveLength(0);

  const doubleTickets = await db.execute(sql`
    select show_id, seat_id from tickets where status = 'valid' and seat_id is not null
    group by show_id, seat_id having count(*) > 1`);
  expect(doubleTickets, "no seat may have two valid tickets").toHaveLength(0);

  const ticketSeatMismatch = await db.execute(sql`
    select t.id from tickets t join show_seats ss on ss.show_id = t.show_id and ss.seat_id = t.seat_id
    where t.status = 'valid' and (ss.status <> 'sold' or ss.ticket_id is distinct from t.id)`);
  expect(ticketSeatMismatch, "a valid ticket's seat is sold to that ticket").toHaveLength(0);

  const soldWithoutTicket = await db.execute(sql`
    select ss.seat_id from show_seats ss left join tickets t on t.id = ss.ticket_id
    where ss.status = 'sold' and ss.ticket_id is not null and (t.id is null or t.status <> 'valid')`);
  expect(soldWithoutTicket, "a sold seat's ticket is valid").toHaveLength(0);

  const gaOverCapacity = await db.execute(sql`
    select id from ga_quotas where sold + held > capacity or sold < 0 or held < 0`);
  expect(gaOverCapacity, "GA quotas stay within capacity").toHaveLength(0);

  const ledger = await db.execute<{
    currency: string;
    captured: string;
    refunded: string;
    confirmed: string;
    policy_refunds: string;
  }>(sql`
    with per_order as (
      select o.id, o.currency, o.status, o.total_minor,
        coalesce((select sum(captured_minor) from payments p where p.order_id = o.id), 0) as captured,
        coalesce((select sum(amount_minor) from refunds r where r.order_id = o.id and r.status = 'succeeded'), 0) as refunded,
        coalesce((select sum(amount_minor) from refunds r where r.order_id = o.id and r.status = 'succeeded'
          and cardinality(r.ticket_ids) > 0), 0) as ticket_refunds,
        exists (select 1 from tickets t where t.order_id = o.id) as ticketed
      from orders o
    )
    select currency,
      sum(captured)::text as captured,
      sum(refunded)::text as refunded,
      sum(case when ticketed then total_minor else 0 end)::text as confirmed,
      sum(ticket_refunds)::text as policy_refunds
    from per_order group by currency`);
  for (const row of ledger) {
    // captured − all refunds = totals of confirmed orders − refunds of cancelled tickets;
    // any other refund must exactly return money that bought no ticket.
    expect(BigInt(row.captured) - BigInt(row.refunded), `ledger in ${row.currency}`).toBe(
      BigInt(row.confirmed) - BigInt(row.policy_refunds),
    );
  }
}
