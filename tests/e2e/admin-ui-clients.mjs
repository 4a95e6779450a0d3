#!/usr/bin/env node
// App clients for the console's attach test (tst_adminuiattach): npm socket.io-client 4.8.4
// sockets on the namespace "/" of a Socket.IO server, driven line by line over stdin so that the
// C++ test decides when each one comes and goes.
//
// Usage: node admin-ui-clients.mjs http://127.0.0.1:PORT
//
// Commands (stdin, one per line):
//   connect NAME AUTH-JSON   opens a socket (WebSocket only, no reconnection) with that auth
//   close NAME               disconnects it from the client side
// Reports (stdout, one per line):
//   ready
//   connected NAME SOCKET-ID
//   disconnected NAME REASON  (e.g. "io server disconnect" after a kick)
//   error NAME MESSAGE
// Exits when stdin closes.

import { createInterface } from "node:readline";
import { io } from "socket.io-client";

const url = process.argv[2];
if (!url) {
  console.error("usage: node admin-ui-clients.mjs http://127.0.0.1:PORT");
  process.exit(2);
}

const sockets = new Map();
const say = (line) => process.stdout.write(`${line}\n`);

function connect(name, auth) {
  const socket = io(url, { auth, transports: ["websocket"], reconnection: false, forceNew: true });
  sockets.set(name, socket);
  socket.on("connect", () => say(`connected ${name} ${socket.id}`));
  socket.on("disconnect", (reason) => say(`disconnected ${name} ${reason}`));
  socket.on("connect_error", (err) => say(`error ${name} ${err.message}`));
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const [command, name, ...rest] = line.trim().split(" ");
  if (command === "connect" && name) {
    let auth = {};
    try {
      auth = rest.length ? JSON.parse(rest.join(" ")) : {};
    } catch (err) {
      say(`error ${name} bad auth JSON: ${err.message}`);
      return;
    }
    connect(name, auth);
  } else if (command === "close" && sockets.has(name)) {
    sockets.get(name).disconnect();
  } else if (command) {
    say(`error ${name ?? "-"} unknown command ${command}`);
  }
});
lines.on("close", () => {
  for (const socket of sockets.values()) socket.disconnect();
  process.exit(0);
});
say("ready");
