#!/usr/bin/env node
// Reference implementation of the Gatehouse "interop server" spec, built on the
// official npm `socket.io` server. It is the yardstick for both directions:
//   - client-interop.test.mjs is validated against it (selfcheck), so a failure
//     against the C++ server points at the C++ server, not at the harness;
//   - the C++ Socket.IO client is tested against it.
// Keep its behaviour in lockstep with the C++ gatehouse-interop-server.
//
// Usage: node reference-server.mjs --port N   (N = 0 picks a free port)
// Prints exactly one line "LISTENING <port>" on stdout once it accepts
// connections; exits 0 on SIGTERM/SIGINT.

import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { Server } from "socket.io";

const HOST = "127.0.0.1";
const ASK_TIMEOUT_MS = 2000;
// Upper bound on a graceful shutdown; past it we exit anyway so that a
// lingering keep-alive connection can never delay the exit.
const SHUTDOWN_GRACE_MS = 1000;

function parsePort(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: "string", default: "0" } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid --port ${JSON.stringify(values.port)}`);
  }
  return port;
}

// Runs before every namespace's own middleware (see attach()).
function serverWideAuth(socket, next) {
  if (socket.handshake.auth?.token === "bad") {
    const err = new Error("invalid token");
    err.data = { reason: "bad-token", retry: false };
    return next(err);
  }
  next();
}

function rejectPrivate(_socket, next) {
  const err = new Error("private namespace");
  err.data = { code: 403 };
  next(err);
}

function onConnection(socket) {
  const nsp = socket.nsp;

  socket.emit("welcome", {
    sid: socket.id,
    nsp: nsp.name,
    auth: socket.handshake.auth,
    query: { x: socket.handshake.query.x ?? null },
    clientid: socket.handshake.headers["x-clientid"] ?? null,
  });

  socket.on("echo", (...args) => {
    const ack = typeof args.at(-1) === "function" ? args.pop() : null;
    if (ack) ack(...args);
    else socket.emit("echo", ...args);
  });

  socket.on("ask", (question, ack) => {
    if (typeof ack !== "function") return;
    socket.timeout(ASK_TIMEOUT_MS).emit("question", question, (err, answer) => {
      ack(err ? { error: "timeout" } : { answer });
    });
  });

  socket.on("join", (room, ack) => {
    socket.join(room);
    if (typeof ack === "function") ack(true);
  });

  socket.on("to-room", (room, msg, ack) => {
    // socket.to() excludes the sender even when it is in the room.
    socket.to(room).emit("room-message", { room, msg, from: socket.id });
    if (typeof ack === "function") ack(true);
  });

  socket.on("everyone", (msg, ack) => {
    nsp.emit("broadcast", msg);
    if (typeof ack === "function") ack(true);
  });

  socket.on("disconnect-me", (...args) => {
    const ack = args.at(-1);
    // The ack packet is queued before the DISCONNECT packet, so the client
    // gets its ack first and then "io server disconnect".
    if (typeof ack === "function") ack(true);
    socket.disconnect();
  });

  socket.on("close-transport", () => {
    // Closes the whole Engine.IO connection (every namespace on it) without a
    // Socket.IO DISCONNECT packet: the client sees "transport close".
    socket.conn.close();
  });
}

function attach(io) {
  for (const name of ["/", "/custom"]) {
    const nsp = io.of(name);
    nsp.use(serverWideAuth);
    nsp.on("connection", onConnection);
  }
  const priv = io.of("/private");
  priv.use(serverWideAuth);
  priv.use(rejectPrivate);
  // Any other namespace is left undeclared, so socket.io answers its CONNECT
  // with the CONNECT_ERROR "Invalid namespace".
}

function main() {
  let port;
  try {
    port = parsePort(process.argv.slice(2));
  } catch (err) {
    console.error(`reference-server: ${err.message}`);
    console.error("usage: node reference-server.mjs --port N");
    process.exit(2);
  }

  const httpServer = createServer();
  const io = new Server(httpServer, {
    path: "/socket.io/",
    pingInterval: 2000,
    pingTimeout: 5000,
    maxHttpBufferSize: 1e6,
    cors: { origin: "*" },
    // No connection state recovery: a reconnect must be a fresh session.
  });
  attach(io);

  let shuttingDown = false;
  const shutdown = (signal) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.error(`reference-server: ${signal}, shutting down`);
    // Close Engine.IO connections without Socket.IO DISCONNECT packets, like a
    // dying process would: clients see "transport close" and reconnect.
    const force = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    force.unref();
    io.close(() => process.exit(0));
    // io.close() waits for idle keep-alive HTTP connections; give the close
    // packets a moment to flush, then drop whatever is left.
    setTimeout(() => httpServer.closeAllConnections(), 100).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  httpServer.on("error", (err) => {
    console.error(`reference-server: ${err.message}`);
    process.exit(1);
  });
  httpServer.listen(port, HOST, () => {
    process.stdout.write(`LISTENING ${httpServer.address().port}\n`);
  });
}

main();
