import { orderDocuments, orderDocumentsInput } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { publicProcedure, router } from "../../trpc.ts";
import { assertCanAccessOrder } from "../booking/access.ts";
import { documentLinksFor } from "./links.ts";
import { ensureOrderDocuments } from "./store.ts";

export const receiptsRouter = router({
  /** The order's ticket and receipt PDFs as short-lived links (buyer, organizer, terminal, admin). */
  documents: publicProcedure
    .input(orderDocumentsInput)
    .output(orderDocuments)
    .query(async ({ ctx, input }) => {
      const [order] = await ctx.db
        .select({ userId: schema.orders.userId, organizationId: schema.orders.organizationId })
        .from(schema.orders)
        .where(eq(schema.orders.id, input.orderId));
      if (!order) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
      await assertCanAccessOrder(ctx.db, ctx, order);
      const now = ctx.clock.now();
      const stored = await ensureOrderDocuments(ctx.db, input.orderId, now);
      const expiresAt = new Date(now.getTime() + ctx.config.DOCUMENT_LINK_MINUTES * 60_000);
      const links = documentLinksFor(ctx.config);
      return {
        orderId: input.orderId,
        documents: stored.map((doc) => ({
          kind: doc.kind,
          filename: doc.filename,
          bytes: doc.byteLength,
          url: links.link(doc.id, expiresAt),
          expiresAt,
        })),
      };
    }),
});
