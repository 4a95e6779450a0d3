#!/usr/bin/env node
// Reference server for the Admin UI end-to-end test (admin-ui.test.mjs): the
// official npm `socket.io` 4.8.4 server instrumented by `@socket.io/admin-ui`
// 0.5.1, i.e. the behaviour Gatehouse's `/admin` namespace has to reproduce
// (see docs/admin-ui-protocol.md). Running the test against it first proves
// the harness, so a red run against Gatehouse points at Gatehouse.
//
// Usage: node reference-admin-server.mjs --port N     (N = 0 picks a free port)
//
// Prints exactly one line "listening on http://127.0.0.1:PORT" on stdout once
// it accepts connections (the same wording `gatehouse serve` uses); exits 0
// on SIGTERM/SIGINT.
//
// Environment:
//   ADMIN_UI_USERNAME  admin user name the UI must send (default "admin")
//   ADMIN_UI_PASSWORD  its password (default "changeit"); instrument() wants
//                      a bcrypt hash, made here at start
//   ADMIN_UI_AUTH      "basic" (default) or "none" (instrument auth: false)
//   ADMIN_UI_MODE      "development" (default) or "production"
//   ADMIN_UI_READONLY  "1" makes the admin namespace read-only
//   ADMIN_UI_PATH      the Socket.IO path (default /socket.io)
//   ADMIN_UI_NAMESPACE the admin namespace (default /admin)
//   ADMIN_UI_VERBOSE   "1" logs every admin command and client connection to stderr
//   ADMIN_UI_DATA_USER "from-auth": `socket.data.user` is the client's `auth.user` as sent (an
//                      object or a string), and stays unset when it sent none (anonymous);
//                      by default it is {name: auth.name ?? "anonymous"} for every client
//
// CORS: the Admin UI connects with `withCredentials: true`, so long-polling
// from the page's origin needs Access-Control-Allow-Origin echoing that origin
// plus Access-Control-Allow-Credentials: true. Like Gatehouse's default, any
// page served from this machine (http://127.0.0.1:*, http://localhost:*) is
// allowed; the test serves the UI from 127.0.0.1 on a free port.

import { createServer } from "node:http";
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import { Server } from "socket.io";
import { instrument } from "@socket.io/admin-ui";

const HOST = "127.0.0.1";
const SHUTDOWN_GRACE_MS = 1000;
const LOCAL_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/;

const username = process.env.ADMIN_UI_USERNAME || "admin";
const password = process.env.ADMIN_UI_PASSWORD || "changeit";
const authMode = process.env.ADMIN_UI_AUTH || "basic";
const mode = process.env.ADMIN_UI_MODE || "development";
const readonly = process.env.ADMIN_UI_READONLY === "1";
const verbose = process.env.ADMIN_UI_VERBOSE === "1";
const sioPath = process.env.ADMIN_UI_PATH || "/socket.io";
const adminNamespace = process.env.ADMIN_UI_NAMESPACE || "/admin";
const dataUser = process.env.ADMIN_UI_DATA_USER || "default";

function log(...args) {
  if (verbose) console.error("reference-admin-server:", ...args);
}

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

// The test clients' namespace: a tiny app so that the UI has something to show
// (rooms, socket data, events).
function attachApp(io) {
  const nsp = io.of("/");
  nsp.use((socket, next) => {
    // Set in a middleware, before "connection": admin-ui copies it into the
    // serialized socket's `data`.
    if (dataUser === "from-auth") {
      const user = socket.handshake.auth?.user;
      if (user !== undefined && user !== null) socket.data.user = user;
    } else {
      socket.data.user = { name: socket.handshake.auth?.name ?? "anonymous" };
    }
    next();
  });
  nsp.on("connection", (socket) => {
    log(`client ${socket.id} connected (engine ${socket.conn.id}, ${socket.conn.transport.name})`);
    socket.join("lobby");
    socket.emit("welcome", { id: socket.id });
    socket.on("ping-me", (payload, ack) => {
      if (typeof ack === "function") ack({ pong: payload });
    });
    socket.on("disconnect", (reason) => log(`client ${socket.id} disconnected: ${reason}`));
  });
}

function logAdminCommands(io) {
  if (!verbose) return;
  io.of(adminNamespace).on("connection", (socket) => {
    log(`admin ${socket.id} connected, auth keys: ${Object.keys(socket.handshake.auth).join(",")}`);
    socket.onAny((event, ...args) => log(`admin command ${event} ${JSON.stringify(args)}`));
  });
}

async function main() {
  let port;
  try {
    port = parsePort(process.argv.slice(2));
  } catch (err) {
    console.error(`reference-admin-server: ${err.message}`);
    console.error("usage: node reference-admin-server.mjs --port N");
    process.exit(2);
  }

  const httpServer = createServer();
  const io = new Server(httpServer, {
    path: sioPath,
    cors: {
      origin: (origin, callback) => callback(null, !origin || LOCAL_ORIGIN.test(origin)),
      credentials: true,
    },
  });

  if (dataUser !== "default" && dataUser !== "from-auth") {
    console.error(`reference-admin-server: ADMIN_UI_DATA_USER must be "from-auth" or unset`);
    process.exit(2);
  }

  let auth;
  if (authMode === "none") {
    auth = false;
  } else if (authMode === "basic") {
    // Cost 10 takes ~100 ms in bcryptjs; only done once, at start.
    auth = { type: "basic", username, password: await bcrypt.hash(password, 10) };
  } else {
    console.error(`reference-admin-server: ADMIN_UI_AUTH must be "basic" or "none"`);
    process.exit(2);
  }

  attachApp(io);
  instrument(io, { auth, mode, readonly, namespaceName: adminNamespace, serverId: `reference#${process.pid}` });
  logAdminCommands(io);

  let shuttingDown = false;
  const shutdown = (signal) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}, shutting down`);
    const force = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    force.unref();
    io.close(() => process.exit(0));
    setTimeout(() => httpServer.closeAllConnections(), 100).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  httpServer.on("error", (err) => {
    console.error(`reference-admin-server: ${err.message}`);
    process.exit(1);
  });
  httpServer.listen(port, HOST, () => {
    process.stdout.write(`listening on http://${HOST}:${httpServer.address().port}\n`);
  });
}

main();
