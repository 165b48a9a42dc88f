import type { FastifyPluginAsync } from "fastify";
import type { Services } from "../../context.ts";
import { documentLinksFor } from "./links.ts";
import { readOrderDocument } from "./store.ts";

const documentPath = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

/** GET /documents/<id>.pdf?expires=…&signature=… serves a stored PDF to whoever holds a valid link. */
export const documentRoutes =
  (services: Services): FastifyPluginAsync =>
  async (app) => {
    const links = documentLinksFor(services.config);
    app.get<{ Params: { file: string }; Querystring: { expires?: string; signature?: string } }>(
      "/documents/:file",
      async (request, reply) => {
        const id = documentPath.exec(request.params.file)?.[1];
        const { expires, signature } = request.query;
        const now = services.clock.now();
        if (!id || !expires || !signature || !links.verify(id, Number(expires), signature, now)) {
          return reply
            .code(403)
            .send({ error: { code: "FORBIDDEN", message: "This link is invalid or has expired." } });
        }
        const document = await readOrderDocument(services.db, id);
        if (!document) return reply.code(404).send({ error: { code: "NOT_FOUND", message: "Not found" } });
        return reply
          .header("content-type", document.contentType)
          .header("content-disposition", `inline; filename="${document.filename}"`)
          .header("cache-control", "private, no-store")
          .header("x-content-type-options", "nosniff")
          .send(document.content);
      },
    );
  };
