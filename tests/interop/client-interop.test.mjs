// Interop tests: the official npm socket.io-client 4.8.4 against a server that
// implements the Gatehouse "interop server" spec (see reference-server.mjs).
//
// Environment:
//   INTEROP_SERVER  command line of the server, split on whitespace (no
//                   quoting); "--port N" is appended. Required.
//   INTEROP_MODE    default | websocket | polling, or a comma-separated list;
//                   all three when unset.
//   INTEROP_VERBOSE set to 1 to forward the server's stderr.
//
// Every wait is bounded (once()/request()/waitFor() default to 5 s, each test
// has a timeout) and a file-wide watchdog kills everything, so a misbehaving
// server makes this file fail, never hang.

import { after, afterEach, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { io, Manager } from "socket.io-client";

const SERVER_CMD = (process.env.INTEROP_SERVER ?? "")
  .trim()
  .split(/\s+/)
  .filter(Boolean);
const MODES = {
  default: {}, // polling first, then upgrade to websocket
  websocket: { transports: ["websocket"] },
  polling: { transports: ["polling"] },
};
const SELECTED_MODES = (
  process.env.INTEROP_MODE || Object.keys(MODES).join(",")
)
  .split(",")
  .map((m) => m.trim())
  .filter(Boolean);

const START_TIMEOUT_MS = 10_000;
const EVENT_TIMEOUT_MS = 5000;
// How long we listen to conclude that an event is NOT delivered.
const SILENCE_MS = 300;
const TEST_TIMEOUT_MS = 15_000;
const MODE_TIMEOUT_MS = 50_000;
// Whole-file budget: the spec requires < 60 s per test file even when the
// server misbehaves. Unref'd, so it never keeps a finished run alive.
const FILE_BUDGET_MS = 55_000;

for (const mode of SELECTED_MODES) {
  if (!(mode in MODES)) throw new Error(`INTEROP_MODE: unknown mode "${mode}"`);
}
if (SERVER_CMD.length === 0) {
  throw new Error(
    'INTEROP_SERVER is not set (e.g. INTEROP_SERVER="node reference-server.mjs")',
  );
}

// ---------------------------------------------------------------------------
// Server processes

const children = new Set();

// Never leave a server behind, whatever way this process ends.
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

setTimeout(() => {
  console.error(
    `watchdog: test file exceeded ${FILE_BUDGET_MS} ms, killing servers and exiting`,
  );
  for (const child of children) child.kill("SIGKILL");
  process.exit(1);
}, FILE_BUDGET_MS).unref();

/** Spawns INTEROP_SERVER with --port, resolves once it printed "LISTENING <port>". */
function startServer(port = 0) {
  const [cmd, ...args] = SERVER_CMD;
  const child = spawn(cmd, [...args, "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });

  // Keep the last few KiB of stderr for error messages; always drain both
  // pipes so a chatty server can never block on a full pipe.
  let stderrTail = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-4096);
    if (process.env.INTEROP_VERBOSE === "1") process.stderr.write(chunk);
  });

  return new Promise((resolve, reject) => {
    let stdout = "";
    let settled = false;
    const fail = (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(
        new Error(
          `server "${SERVER_CMD.join(" ")}" ${why}\n--- stderr tail ---\n${stderrTail}`,
        ),
      );
    };
    const timer = setTimeout(
      () =>
        fail(`did not print "LISTENING <port>" within ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    child.once("error", (err) => fail(`failed to start: ${err.message}`));
    child.once("exit", (code, signal) =>
      fail(`exited early (code ${code}, signal ${signal})`),
    );
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      if (settled) return; // keep draining after the line
      stdout += chunk;
      const match = /^LISTENING (\d+)\r?$/m.exec(stdout);
      if (!match) return;
      settled = true;
      clearTimeout(timer);
      child.port = Number(match[1]);
      resolve(child);
    });
  });
}

/** SIGTERM, then SIGKILL if the server does not exit within 3 s. */
async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null)
    return child?.exited;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  const result = await child.exited;
  clearTimeout(timer);
  return result;
}

/**
 * A currently free port outside Linux's ephemeral range (32768-60999): while
 * the server is down during the restart test, the client's connect attempts
 * use ephemeral source ports, and one landing on the server's own port would
 * be a TCP self-connect.
 */
async function findFreePort() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port found in 20 attempts");
}

// ---------------------------------------------------------------------------
// Event helpers (all bounded in time)

function describeEmitter(emitter) {
  if (typeof emitter.nsp === "string") return `socket "${emitter.nsp}"`;
  return emitter.constructor?.name ?? "emitter";
}

/** Resolves with the event's arguments (an array), rejects after `ms`. */
function once(emitter, event, ms = EVENT_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const listener = (...args) => {
      clearTimeout(timer);
      resolve(args);
    };
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(
        new Error(
          `timed out after ${ms} ms waiting for "${event}" on ${describeEmitter(emitter)}`,
        ),
      );
    }, ms);
    emitter.once(event, listener);
  });
}

/** Resolves after `ms` if `event` did not fire meanwhile, rejects if it did. */
async function expectNoEvent(emitter, event, ms = SILENCE_MS) {
  const seen = [];
  const listener = (...args) => seen.push(args);
  emitter.on(event, listener);
  await sleep(ms);
  emitter.off(event, listener);
  assert.deepEqual(
    seen,
    [],
    `unexpected "${event}" on ${describeEmitter(emitter)}`,
  );
}

/** Emits with an ack callback; resolves with all ack arguments (an array). */
function request(socket, event, ...args) {
  return new Promise((resolve, reject) => {
    socket
      .timeout(EVENT_TIMEOUT_MS)
      .emit(event, ...args, (err, ...response) => {
        if (err)
          reject(
            new Error(
              `no ack for "${event}" on socket "${socket.nsp}" within ${EVENT_TIMEOUT_MS} ms`,
            ),
          );
        else resolve(response);
      });
  });
}

/** Polls `predicate` every 20 ms until true; rejects after `ms`. */
async function waitFor(predicate, what, ms = EVENT_TIMEOUT_MS) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** Waits for "welcome"; fails fast with the server's message on connect_error. */
function welcomed(socket, ms = EVENT_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      socket.off("welcome", onWelcome);
      socket.off("connect_error", onError);
    };
    const onWelcome = (welcome) => {
      cleanup();
      resolve(welcome);
    };
    const onError = (err) => {
      cleanup();
      reject(
        new Error(`connect_error on socket "${socket.nsp}": ${err.message}`),
      );
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${ms} ms waiting for "welcome" on socket "${socket.nsp}"`,
        ),
      );
    }, ms);
    socket.on("welcome", onWelcome);
    socket.on("connect_error", onError);
  });
}

/** Waits for "connect_error" and returns the Error; fails on a successful connect. */
function connectError(socket, ms = EVENT_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      socket.off("connect", onConnect);
      socket.off("connect_error", onError);
    };
    const onConnect = () => {
      cleanup();
      reject(
        new Error(`socket "${socket.nsp}" connected, expected connect_error`),
      );
    };
    const onError = (err) => {
      cleanup();
      resolve(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${ms} ms waiting for "connect_error" on socket "${socket.nsp}"`,
        ),
      );
    }, ms);
    socket.on("connect", onConnect);
    socket.on("connect_error", onError);
  });
}

/** Views any binary value (Buffer, ArrayBuffer, typed array) as a Buffer. */
function toBuffer(value) {
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function assertBytes(actual, expected, label) {
  const isBinary = actual instanceof ArrayBuffer || ArrayBuffer.isView(actual);
  assert.ok(
    isBinary,
    `${label}: expected binary, got ${JSON.stringify(actual)?.slice(0, 80)}`,
  );
  const got = toBuffer(actual);
  const want = toBuffer(expected);
  assert.equal(got.length, want.length, `${label}: length`);
  assert.ok(got.equals(want), `${label}: bytes differ`);
}

function pattern(length, seed) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

// ---------------------------------------------------------------------------
// The matrix, once per transport mode

for (const mode of SELECTED_MODES) {
  describe(
    `socket.io-client 4.8.4, transport mode "${mode}"`,
    { timeout: MODE_TIMEOUT_MS },
    () => {
      const transportOpts = MODES[mode];
      let server;
      let url;
      const sockets = new Set();

      /** A new client (own Manager, no reconnection unless overridden), closed after the test. */
      function connect(nsp = "/", opts = {}, base = url) {
        const socket = io(base + nsp, {
          forceNew: true,
          reconnection: false,
          timeout: EVENT_TIMEOUT_MS,
          ...transportOpts,
          ...opts,
        });
        sockets.add(socket);
        return socket;
      }

      /** Closes a client: disconnecting its last socket closes its Manager and engine. */
      function close(socket) {
        socket.disconnect();
        sockets.delete(socket);
      }

      before(async () => {
        server = await startServer(0);
        url = `http://127.0.0.1:${server.port}`;
        // Health check: if the server cannot even welcome a client, fail the
        // whole mode now instead of letting every test run into its timeouts.
        const probe = connect();
        try {
          await welcomed(probe);
        } catch (err) {
          throw new Error(
            `server health check (connect + welcome) failed: ${err.message}`,
          );
        } finally {
          close(probe);
        }
      });

      after(async () => {
        for (const socket of sockets) socket.disconnect();
        await stopServer(server);
      });

      // Safety net for tests that failed before their own close().
      afterEach(() => {
        for (const socket of sockets) close(socket);
      });

      it(
        "connects with auth and query; welcome echoes them; transport matches the mode",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect("/", {
            auth: { token: "good", n: 1 },
            query: { x: "42" },
          });
          // The engine picks its first transport synchronously in io().
          assert.equal(
            socket.io.engine.transport.name,
            mode === "websocket" ? "websocket" : "polling",
          );
          const connected = once(socket, "connect");
          const welcome = await welcomed(socket);
          await connected;
          assert.equal(socket.connected, true);
          assert.equal(welcome.sid, socket.id);
          assert.equal(welcome.nsp, "/");
          assert.deepEqual(welcome.auth, { token: "good", n: 1 });
          assert.deepEqual(welcome.query, { x: "42" });

          if (mode === "default") {
            await waitFor(
              () => socket.io.engine.transport.name === "websocket",
              "the upgrade to websocket",
            );
          }
          // Traffic still flows on the final transport (after the upgrade in default mode).
          assert.deepEqual(await request(socket, "echo", "after-connect"), [
            "after-connect",
          ]);
          assert.equal(
            socket.io.engine.transport.name,
            mode === "polling" ? "polling" : "websocket",
          );
          close(socket);
        },
      );

      it(
        "without auth or query: welcome has auth {} and query.x null",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect("/");
          const welcome = await welcomed(socket);
          assert.deepEqual(welcome.auth, {});
          assert.deepEqual(welcome.query, { x: null });
          close(socket);
        },
      );

      it(
        "emit with ack returns all arguments",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const args = [
            "hello",
            42,
            -1.5,
            { k: [1, 2] },
            null,
            true,
            false,
            [],
            {},
          ];
          assert.deepEqual(await request(socket, "echo", ...args), args);
          assert.deepEqual(await request(socket, "echo"), []);
          close(socket);
        },
      );

      it(
        "echo without ack comes back as an event",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const echoed = once(socket, "echo");
          socket.emit("echo", "a", { b: 1 }, [2]);
          assert.deepEqual(await echoed, ["a", { b: 1 }, [2]]);
          close(socket);
        },
      );

      it(
        "server-to-client ack via ask",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const questions = [];
          socket.on("question", (question, ack) => {
            questions.push(question);
            ack(`answer to ${question}`, "ignored extra arg");
          });
          assert.deepEqual(await request(socket, "ask", "why?"), [
            { answer: "answer to why?" },
          ]);
          assert.deepEqual(questions, ["why?"]);
          close(socket);
        },
      );

      it(
        "ask times out when the client never acks",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const question = once(socket, "question");
          const response = request(socket, "ask", "silence"); // server waits 2000 ms
          assert.equal((await question)[0], "silence");
          assert.deepEqual(await response, [{ error: "timeout" }]);
          close(socket);
        },
      );

      it(
        "binary round trip, top level",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const all = Uint8Array.from({ length: 256 }, (_, i) => i);
          const big = pattern(200 * 1024, 7);

          const acked = await request(socket, "echo", all, "between", big);
          assert.equal(acked.length, 3);
          assertBytes(acked[0], all, "ack arg 0");
          assert.equal(acked[1], "between");
          assertBytes(acked[2], big, "ack arg 2");

          const echoed = once(socket, "echo");
          socket.emit("echo", Buffer.from(all), new Uint8Array(0));
          const [first, empty] = await echoed;
          assertBytes(first, all, "event arg 0");
          assertBytes(empty, new Uint8Array(0), "event arg 1 (empty)");
          close(socket);
        },
      );

      it(
        "binary round trip, nested in objects and arrays",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const buf = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
          const buf2 = pattern(64 * 1024, 3);
          const buf3 = pattern(10, 99).buffer; // an ArrayBuffer
          const payload = { a: [1, { bin: buf }], b: buf2, c: [buf3, "s"] };

          const check = (value, label) => {
            assert.deepEqual(
              Object.keys(value),
              ["a", "b", "c"],
              `${label}: keys`,
            );
            assert.equal(value.a[0], 1);
            assert.deepEqual(Object.keys(value.a[1]), ["bin"]);
            assertBytes(value.a[1].bin, buf, `${label}: a[1].bin`);
            assertBytes(value.b, buf2, `${label}: b`);
            assertBytes(value.c[0], new Uint8Array(buf3), `${label}: c[0]`);
            assert.equal(value.c[1], "s");
          };
          const [acked] = await request(socket, "echo", payload);
          check(acked, "ack");

          const echoed = once(socket, "echo");
          socket.emit("echo", payload, buf);
          const [evPayload, evBuf] = await echoed;
          check(evPayload, "event");
          assertBytes(evBuf, buf, "event arg 1");
          close(socket);
        },
      );

      it(
        "JSON fidelity: key order and unicode (U+2028, accents, emoji)",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          const obj = { z: 1, a: 2, m: [3, { y: "\u2028é😀" }] };
          const [acked] = await request(socket, "echo", obj);
          assert.equal(JSON.stringify(acked), JSON.stringify(obj));

          const echoed = once(socket, "echo");
          socket.emit("echo", obj);
          assert.equal(JSON.stringify((await echoed)[0]), JSON.stringify(obj));

          const scalars = {
            str: '"\\/\b\f\n\r\t\u0001\u2029\u{10FFFF}日本',
            ints: [0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER],
            floats: [1.5, -0.25, 1e21, 5e-324, 0.1],
            empty: ["", [], {}],
            bools: [true, false, null],
          };
          const [back] = await request(socket, "echo", scalars);
          assert.equal(JSON.stringify(back), JSON.stringify(scalars));
          close(socket);
        },
      );

      it(
        "multiplexing: / and /custom share one Manager and stay separate",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const manager = new Manager(url, {
            reconnection: false,
            timeout: EVENT_TIMEOUT_MS,
            query: { x: "m" },
            ...transportOpts,
          });
          const root = manager.socket("/", { auth: { token: "root" } });
          const custom = manager.socket("/custom", {
            auth: { token: "custom" },
          });
          sockets.add(root).add(custom);

          const [rootWelcome, customWelcome] = await Promise.all([
            welcomed(root),
            welcomed(custom),
          ]);
          assert.equal(rootWelcome.nsp, "/");
          assert.equal(customWelcome.nsp, "/custom");
          assert.equal(rootWelcome.sid, root.id);
          assert.equal(customWelcome.sid, custom.id);
          assert.notEqual(root.id, custom.id);
          assert.deepEqual(rootWelcome.auth, { token: "root" });
          assert.deepEqual(customWelcome.auth, { token: "custom" });
          assert.deepEqual(customWelcome.query, { x: "m" });
          assert.equal(root.io, custom.io, "both sockets use the same Manager");

          const echoed = once(custom, "echo");
          const rootSilent = expectNoEvent(root, "echo");
          custom.emit("echo", "only-custom");
          assert.deepEqual(await echoed, ["only-custom"]);
          await rootSilent;

          // A namespace-wide broadcast in /custom stays in /custom.
          const broadcast = once(custom, "broadcast");
          const rootNoBroadcast = expectNoEvent(root, "broadcast");
          assert.deepEqual(await request(custom, "everyone", "custom-wide"), [
            true,
          ]);
          assert.deepEqual(await broadcast, ["custom-wide"]);
          await rootNoBroadcast;

          // One namespace leaving must not take the other down.
          close(custom);
          assert.deepEqual(await request(root, "echo", "still-here"), [
            "still-here",
          ]);
          close(root);
        },
      );

      it(
        "rooms: to-room reaches the members except the sender",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const member = connect();
          const sender = connect();
          await Promise.all([welcomed(member), welcomed(sender)]);
          assert.deepEqual(await request(member, "join", "r1"), [true]);

          let received = once(member, "room-message");
          let senderSilent = expectNoEvent(sender, "room-message");
          assert.deepEqual(await request(sender, "to-room", "r1", "hi"), [
            true,
          ]);
          assert.deepEqual(await received, [
            { room: "r1", msg: "hi", from: sender.id },
          ]);
          await senderSilent;

          // Still excluded when the sender is itself in the room.
          assert.deepEqual(await request(sender, "join", "r1"), [true]);
          received = once(member, "room-message");
          senderSilent = expectNoEvent(sender, "room-message");
          assert.deepEqual(await request(sender, "to-room", "r1", { n: 2 }), [
            true,
          ]);
          assert.deepEqual(await received, [
            { room: "r1", msg: { n: 2 }, from: sender.id },
          ]);
          await senderSilent;

          // A room nobody joined: nobody gets anything.
          const memberSilent = expectNoEvent(member, "room-message");
          assert.deepEqual(await request(sender, "to-room", "r2", "void"), [
            true,
          ]);
          await memberSilent;
          close(member);
          close(sender);
        },
      );

      it(
        "everyone reaches all sockets of the namespace, sender included",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const a = connect();
          const b = connect();
          await Promise.all([welcomed(a), welcomed(b)]);
          const atA = once(a, "broadcast");
          const atB = once(b, "broadcast");
          assert.deepEqual(await request(a, "everyone", { hello: "all" }), [
            true,
          ]);
          assert.deepEqual(await atA, [{ hello: "all" }]);
          assert.deepEqual(await atB, [{ hello: "all" }]);
          close(a);
          close(b);
        },
      );

      it(
        "connect_error from the server-wide middleware, in / and /custom",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          for (const nsp of ["/", "/custom"]) {
            const socket = connect(nsp, { auth: { token: "bad" } });
            const err = await connectError(socket);
            assert.equal(err.message, "invalid token");
            assert.deepEqual(err.data, { reason: "bad-token", retry: false });
            assert.equal(socket.connected, false);
            close(socket);
          }
        },
      );

      it(
        "connect_error from the /private namespace middleware",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect("/private", { auth: { token: "good" } });
          const err = await connectError(socket);
          assert.equal(err.message, "private namespace");
          assert.deepEqual(err.data, { code: 403 });
          close(socket);
        },
      );

      it(
        "connect_error for an unknown namespace",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect("/nope");
          const err = await connectError(socket);
          assert.equal(err.message, "Invalid namespace");
          close(socket);
        },
      );

      it(
        "disconnect-me: io server disconnect, and no reconnection",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          for (const withAck of [true, false]) {
            // Reconnection enabled on purpose: "io server disconnect" must stop
            // the client from reconnecting, which is only observable this way.
            const socket = connect("/", {
              reconnection: true,
              reconnectionDelay: 100,
              reconnectionDelayMax: 200,
            });
            await welcomed(socket);
            const disconnected = once(socket, "disconnect");
            if (withAck)
              assert.deepEqual(await request(socket, "disconnect-me"), [true]);
            else socket.emit("disconnect-me");
            assert.equal((await disconnected)[0], "io server disconnect");
            const noReconnect = expectNoEvent(
              socket.io,
              "reconnect_attempt",
              600,
            );
            const noConnect = expectNoEvent(socket, "connect", 600);
            await Promise.all([noReconnect, noConnect]);
            assert.equal(socket.connected, false);
            assert.equal(socket.active, false);
            close(socket);
          }
        },
      );

      it(
        "close-transport: transport close",
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const socket = connect();
          await welcomed(socket);
          if (mode === "default") {
            // Close the upgraded connection, not a half-upgraded one.
            await waitFor(
              () => socket.io.engine.transport.name === "websocket",
              "the upgrade to websocket",
            );
          }
          const disconnected = once(socket, "disconnect");
          socket.emit("close-transport");
          assert.equal((await disconnected)[0], "transport close");
          close(socket);
        },
      );

      it(
        "reconnects after a server restart on the same port",
        { timeout: 25_000 },
        async () => {
          const port = await findFreePort();
          let dedicated = await startServer(port);
          try {
            assert.equal(dedicated.port, port);
            const socket = connect(
              "/",
              {
                reconnection: true,
                reconnectionDelay: 100,
                reconnectionDelayMax: 500,
                reconnectionAttempts: 100, // bounded: at >= 100 ms apart, well past the 10 s window
                timeout: 2000,
                auth: { token: "good", n: 2 },
              },
              `http://127.0.0.1:${port}`,
            );
            const first = await welcomed(socket);
            assert.equal(first.sid, socket.id);
            if (mode === "default") {
              // Kill an established websocket, not a connection mid-upgrade.
              await waitFor(
                () => socket.io.engine.transport.name === "websocket",
                "the upgrade to websocket",
              );
            }

            const disconnected = once(socket, "disconnect");
            const { code, signal } = await stopServer(dedicated);
            assert.deepEqual(
              { code, signal },
              { code: 0, signal: null },
              "server exits 0 on SIGTERM",
            );
            const [reason] = await disconnected;
            // Any transport-level loss is fine (a dying server may not get to send
            // a close frame); "io server disconnect" would forbid the reconnect.
            assert.ok(
              ["transport close", "transport error", "ping timeout"].includes(
                reason,
              ),
              `disconnect reason ${reason}`,
            );

            // Not welcomed(): failed reconnect attempts emit connect_error on the
            // socket while the server is down, and that is expected here.
            const reconnected = once(socket, "connect", 10_000);
            const second = once(socket, "welcome", 10_000);
            dedicated = await startServer(port);
            await reconnected;
            const [welcome] = await second;
            assert.equal(welcome.sid, socket.id);
            assert.notEqual(welcome.sid, first.sid);
            assert.deepEqual(
              welcome.auth,
              { token: "good", n: 2 },
              "auth is sent again",
            );
            assert.deepEqual(await request(socket, "echo", "back"), ["back"]);
            close(socket);
          } finally {
            await stopServer(dedicated);
          }
        },
      );
    },
  );
}
