/**
 * The limit `pnpm bench:fanout` compares against: a bare socket.io server (no Redis, no
 * database, no outbox) that broadcasts the same frames of deltas to the same sockets when
 * told, and reports the moment it emitted each one.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

const server = createServer();
const ioServer = new Server(server, { serveClient: false, maxHttpBufferSize: 16_384 });
ioServer.on("connection", (socket) => {
  socket.on("show:watch", (input: { showId?: string }, ack?: (reply: unknown) => void) => {
    void socket.join(`show:${input?.showId}`);
    if (typeof ack === "function") ack({ ok: true, version: 0, deltas: [], resync: true });
  });
});
process.on("message", (message: { changes: number[]; deltas: { showId: string }[] }) => {
  const emittedAt = performance.timeOrigin + performance.now();
  ioServer.to(`show:${message.deltas[0]?.showId}`).emit("seats:deltas", message.deltas);
  process.send?.({ changes: message.changes, emittedAt });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ listening: true }));
