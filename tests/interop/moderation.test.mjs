// Moderation through real parts: the real `gatehouse serve` binary (GATEHOUSE_BINARY) and npm
// socket.io-client 4.8.4 sockets for several users on several devices (polling then upgrade,
// WebSocket only, two namespaces over one connection), an admin and a moderator console on
// /admin using the gatehouse:* commands (docs/moderation.md). Covers the session counts, kicking
// a device versus a user, suspending (every socket at once; reconnect, login and refresh
// refused), unsuspending, a timed suspension lifting itself, suspensions across a restart,
// a moderator refused on an admin, and the change feed.
//
// Kicked and suspended clients keep socket.io-client's automatic reconnection on (with short
// delays), so a server that dropped the connection instead of sending a namespace DISCONNECT
// would show up as a reconnect.
import { describe, it, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io, Manager } from "socket.io-client";
import { BINARY, addUser, postJson, startGatehouse, stopGatehouse } from "./lib/gatehouse-process.mjs";
import { connected, poll, recordEvents, refused, request } from "./lib/socket-helpers.mjs";

const ADMIN_PASSWORD = "moderation admin password";
const passwordOf = (name) => `${name}'s long password`;
const POLLING_UPGRADE = ["polling", "websocket"];
const WEBSOCKET = ["websocket"];
// Reconnection delays of kicked clients: one that wanted to come back would try within QUIET_MS.
const RECONNECT = { reconnectionDelay: 50, reconnectionDelayMax: 100, randomizationFactor: 0 };
const QUIET_MS = 1000;
// Disconnected "at once": every socket of a suspended user hears of it within this.
const AT_ONCE_MS = 1000;
// Besides "/", "/admin" and "/public" (the defaults), a second namespace for signed-in users.
const POLICIES = "/:user, /admin:moderator, /public:anonymous, /chat:user";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe("moderation with socket.io-client against gatehouse serve", { skip: !BINARY && "GATEHOUSE_BINARY is not set", timeout: 150_000 }, () => {
  let dir;
  let env;
  let serveArgs;
  let server;
  let url;
  let adminId;
  let adminConsole; // the admin's socket on /admin, for the whole suite
  let opened = []; // sockets of the running test, closed after it

  const track = (socket) => {
    opened.push(socket);
    return socket;
  };
  const api = (path, body) => postJson(url, path, body);
  const login = (name, deviceId = "test-runner") => api("/api/login", { username: name, password: passwordOf(name), deviceId });
  const signIn = async (name, deviceId) => {
    const res = await login(name, deviceId);
    assert.equal(res.status, 200, `login of ${name}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  // A client on `nsp`, signed in with `token`, on `device` ({deviceId, deviceName, platform}; none:
  // the server guesses one). Reconnects by itself unless told otherwise.
  const client = (token, { nsp = "/", transports = POLLING_UPGRADE, device = {}, reconnection = true } = {}) =>
    track(io(url + nsp, { forceNew: true, transports, reconnection, ...RECONNECT, auth: { token, ...device } }));

  // One app on one device: a Manager (one Engine.IO connection) with a socket per namespace.
  const app = (token, namespaces, { transports, device }) => {
    const manager = new Manager(url, { transports, reconnection: true, ...RECONNECT });
    return namespaces.map((nsp) => track(manager.socket(nsp, { auth: { token, ...device } })));
  };

  // A console on /admin; every command is acknowledged with {ok, ...}.
  const openConsole = async (token, deviceId = "console") =>
    connected(io(url + "/admin", { forceNew: true, transports: WEBSOCKET, reconnection: false, auth: { token, deviceId } }));
  const command = async (consoleSocket, name, payload = {}) => request(consoleSocket, name, payload);
  const commandOk = async (consoleSocket, name, payload = {}) => {
    const answer = await command(consoleSocket, name, payload);
    assert.equal(answer.ok, true, `${name} ${JSON.stringify(payload)}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const sessions = async () => (await commandOk(adminConsole, "gatehouse:sessions", { limit: 1000 })).users;
  const account = async (username) => commandOk(adminConsole, "gatehouse:account", { username });
  const audit = async (query) => (await commandOk(adminConsole, "gatehouse:audit", query)).entries;

  // Records forceDisconnect, connect, disconnect and connect_error, and the Manager's reconnect attempts.
  const watch = (socket) => {
    const log = recordEvents(socket, ["forceDisconnect"]);
    socket.io.on("reconnect_attempt", (attempt) => log.push({ event: "reconnect_attempt", args: [attempt], at: Date.now() }));
    return log;
  };
  const disconnectOf = (log) => log.find((entry) => entry.event === "disconnect");
  const waitForDisconnect = (logs, what) => poll(() => logs.every(disconnectOf), `${what} to be disconnected`, { attempts: 100, intervalMs: 50 });
  // The client contract: one forceDisconnect with the notice, then "io server disconnect", and no
  // reconnect of its own (checked after QUIET_MS).
  const assertToldThenDisconnected = (socket, log, notice, what) => {
    const events = log.map((entry) => entry.event);
    assert.deepEqual(events, ["connect", "forceDisconnect", "disconnect"], `${what}: ${JSON.stringify(log)}`);
    assert.deepEqual(log[1].args, [notice], `${what}: the notice`);
    assert.equal(log[2].args[0], "io server disconnect", `${what}: the disconnect reason`);
    assert.equal(socket.connected, false, `${what} connected again`);
  };
  const assertUntouched = (socket, log, what) => {
    assert.deepEqual(log.map((entry) => entry.event), ["connect"], `${what} was touched: ${JSON.stringify(log)}`);
    assert.equal(socket.connected, true, `${what} is no longer connected`);
  };
  const assertSuspendedRefusal = (err, reason, until) => {
    assert.equal(err.message, "Account suspended");
    assert.equal(err.data.code, "account_suspended");
    assert.equal(err.data.reason, reason);
    assert.equal(err.data.until, until);
  };

  const startServer = async () => {
    server = await startGatehouse({ args: serveArgs, env });
    url = server.url;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "gatehouse-moderation-"));
    writeFileSync(join(dir, "gatehouse.conf"), `[auth]\npolicies=${POLICIES}\n`);
    env = { ...process.env, GATEHOUSE_ADMIN_PASSWORD: ADMIN_PASSWORD, GATEHOUSE_JWT_SECRET: Buffer.alloc(32, 5).toString("base64") };
    serveArgs = ["--config", join(dir, "gatehouse.conf"), "--data-dir", join(dir, "data")];
    await startServer();
    for (const name of ["alice", "bob", "carol", "dave", "erin", "frank", "grace"])
      addUser({ dataDir: join(dir, "data"), env }, name, { password: passwordOf(name) });
    addUser({ dataDir: join(dir, "data"), env }, "mo", { role: "moderator", password: passwordOf("mo") });
    const admin = await api("/api/login", { username: "admin", password: ADMIN_PASSWORD, deviceId: "console" });
    assert.equal(admin.status, 200, JSON.stringify(admin.body));
    adminId = admin.body.user.id;
    adminConsole = await openConsole(admin.body.accessToken);
  });

  // Closes the test's sockets and waits until the server saw them go: the next test starts with
  // nobody connected but the admin console.
  afterEach(async () => {
    for (const socket of opened) socket.close();
    opened = [];
    await poll(
      async () => {
        const users = await sessions();
        return users.length === 1 && users[0].username === "admin" && users[0].socketCount === 1;
      },
      "only the admin console to be left connected",
      { attempts: 100, intervalMs: 50 },
    );
  });

  after(async () => {
    for (const socket of opened) socket.close();
    adminConsole?.close();
    await stopGatehouse(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // alice: a laptop app (polling then upgrade) on "/" and "/chat" over one connection, and a
  // phone (WebSocket only) on "/"; bob: one socket without a deviceId.
  const connectAliceAndBob = async () => {
    const alice = await signIn("alice", "alice-laptop");
    const bob = await signIn("bob", "bob-pc");
    const laptop = app(alice.accessToken, ["/", "/chat"], {
      transports: POLLING_UPGRADE,
      device: { deviceId: "alice-laptop", deviceName: "Alice's laptop", platform: "linux" },
    });
    const phone = client(alice.accessToken, {
      transports: WEBSOCKET,
      device: { deviceId: "alice-phone", deviceName: "Alice's phone", platform: "android" },
    });
    const bobSocket = client(bob.accessToken, { transports: POLLING_UPGRADE });
    const logs = new Map([...laptop, phone, bobSocket].map((socket) => [socket, watch(socket)]));
    await Promise.all([...laptop, phone, bobSocket].map((socket) => connected(socket)));
    return { alice, bob, laptop, phone, bobSocket, logs };
  };

  it("counts users, devices and sockets as the admin console sees them", async () => {
    const { alice, bob, laptop, phone, bobSocket } = await connectAliceAndBob();
    // The laptop's and bob's connections upgrade to WebSocket.
    await poll(() => laptop[0].io.engine.transport.name === "websocket" && bobSocket.io.engine.transport.name === "websocket", "the upgrades", { attempts: 100, intervalMs: 50 });

    const users = await sessions();
    assert.deepEqual(users.map((user) => user.username), ["admin", "alice", "bob"]);
    const [adminView, aliceView, bobView] = users;
    assert.equal(aliceView.id, alice.user.id);
    assert.equal(aliceView.role, "user");
    assert.equal(aliceView.deviceCount, 2);
    assert.equal(aliceView.socketCount, 3);
    assert.deepEqual(aliceView.devices.map((device) => device.id), ["alice-laptop", "alice-phone"]);

    const [laptopView, phoneView] = aliceView.devices;
    assert.equal(laptopView.name, "Alice's laptop");
    assert.equal(laptopView.platform, "linux");
    assert.equal(laptopView.guessed, false);
    assert.deepEqual(laptopView.socketIds, laptop.map((socket) => socket.id).sort());
    const laptopSockets = Object.fromEntries(laptopView.sockets.map((socket) => [socket.nsp, socket]));
    assert.deepEqual(Object.keys(laptopSockets).sort(), ["/", "/chat"]);
    assert.equal(laptopSockets["/"].id, laptop[0].id);
    assert.equal(laptopSockets["/chat"].id, laptop[1].id);
    // Two namespaces, one Engine.IO connection: the laptop's. Consoles see its first 12
    // characters only: the whole id is a polling credential.
    assert.equal(laptopSockets["/"].clientId, laptop[0].io.engine.id.slice(0, 12));
    assert.equal(laptopSockets["/chat"].clientId, laptop[0].io.engine.id.slice(0, 12));
    assert.ok(laptop[0].io.engine.id.length > 12);
    for (const socket of laptopView.sockets) {
      assert.equal(socket.userId, alice.user.id);
      assert.equal(socket.deviceId, "alice-laptop");
      assert.equal(socket.transport, "websocket");
      assert.ok(socket.upgradedAt, "the upgrade is recorded");
      assert.ok(socket.rooms.includes(`user:${alice.user.id}`), JSON.stringify(socket.rooms));
      assert.ok(socket.rooms.includes("device:alice-laptop"), JSON.stringify(socket.rooms));
    }

    assert.equal(phoneView.name, "Alice's phone");
    assert.equal(phoneView.platform, "android");
    assert.equal(phoneView.guessed, false);
    assert.equal(phoneView.sockets.length, 1);
    assert.equal(phoneView.sockets[0].id, phone.id);
    assert.equal(phoneView.sockets[0].nsp, "/");
    assert.equal(phoneView.sockets[0].transport, "websocket");
    assert.equal(phoneView.sockets[0].upgradedAt, null, "WebSocket from the start: no upgrade");
    assert.notEqual(phoneView.sockets[0].clientId, laptop[0].io.engine.id.slice(0, 12));

    // No deviceId in the handshake: a device guessed from the user agent and address.
    assert.equal(bobView.id, bob.user.id);
    assert.equal(bobView.deviceCount, 1);
    assert.equal(bobView.socketCount, 1);
    assert.equal(bobView.devices[0].guessed, true);
    assert.match(bobView.devices[0].id, /^guess-[0-9a-f]{16}$/);
    assert.deepEqual(bobView.devices[0].sockets.map((socket) => socket.id), [bobSocket.id]);
    assert.equal(bobView.devices[0].sockets[0].deviceId, bobView.devices[0].id);

    // The console itself is a connection too.
    assert.equal(adminView.socketCount, 1);
    assert.deepEqual(adminView.devices.map((device) => [device.id, device.sockets.map((socket) => socket.nsp)]), [["console", ["/admin"]]]);

    const aliceAccount = await account("alice");
    assert.equal(aliceAccount.account.status, "active");
    assert.equal(aliceAccount.live.socketCount, 3);
    assert.deepEqual(aliceAccount.live.devices.map((device) => [device.id, device.socketIds.length]), [["alice-laptop", 2], ["alice-phone", 1]]);
    const { accounts } = await commandOk(adminConsole, "gatehouse:accounts", { limit: 1000 });
    const connections = Object.fromEntries(accounts.map((entry) => [entry.username, entry.connections]));
    assert.equal(connections.alice, 3);
    assert.equal(connections.bob, 1);
    assert.equal(connections.carol, 0);
  });

  it("kicks one device, then the whole user, and nobody else", async () => {
    const { alice, laptop, phone, bobSocket, logs } = await connectAliceAndBob();

    const byDevice = await commandOk(adminConsole, "gatehouse:kick", { username: "alice", deviceId: "alice-phone", reason: "phone spam" });
    assert.equal(byDevice.sockets, 1);
    await waitForDisconnect([logs.get(phone)], "the phone");
    await sleep(QUIET_MS);
    assertToldThenDisconnected(phone, logs.get(phone), { code: "kicked", reason: "phone spam", by: "admin" }, "the phone");
    for (const socket of laptop) assertUntouched(socket, logs.get(socket), `laptop ${socket.nsp}`);
    assertUntouched(bobSocket, logs.get(bobSocket), "bob");
    const afterDevice = await account("alice");
    assert.deepEqual(afterDevice.live.devices.map((device) => device.id), ["alice-laptop"]);
    assert.equal(afterDevice.live.socketCount, 2);

    const byUser = await commandOk(adminConsole, "gatehouse:kick", { username: "alice", reason: "user spam" });
    assert.equal(byUser.sockets, 2);
    await waitForDisconnect(laptop.map((socket) => logs.get(socket)), "the laptop");
    await sleep(QUIET_MS);
    for (const socket of laptop) assertToldThenDisconnected(socket, logs.get(socket), { code: "kicked", reason: "user spam", by: "admin" }, `laptop ${socket.nsp}`);
    assertUntouched(bobSocket, logs.get(bobSocket), "bob");
    assert.equal((await account("alice")).live, undefined, "alice has no connection left");
    assert.deepEqual((await sessions()).map((user) => user.username), ["admin", "bob"]);

    // Nothing left to kick.
    const again = await command(adminConsole, "gatehouse:kick", { username: "alice", deviceId: "alice-phone" });
    assert.equal(again.ok, false);
    assert.equal(again.error.code, "not_found");

    const kicks = (await audit({ username: "alice" })).filter((entry) => entry.type.startsWith("kick."));
    assert.deepEqual(kicks.map((entry) => [entry.type, entry.id]), [["kick.user", byUser.auditId], ["kick.device", byDevice.auditId]]);
    for (const entry of kicks) {
      assert.equal(entry.actorId, adminId);
      assert.equal(entry.userId, alice.user.id);
    }
    assert.equal(kicks[0].details.reason, "user spam");
    assert.equal(kicks[0].details.sockets, 2);
    assert.equal(kicks[1].details.reason, "phone spam");
    assert.equal(kicks[1].details.deviceId, "alice-phone");
    assert.equal(kicks[1].details.sockets, 1);
  });

  it("suspends: every socket at once, then reconnect, login and refresh are refused; unsuspend lets back in", async () => {
    const laptopLogin = await signIn("carol", "carol-laptop");
    const phoneLogin = await signIn("carol", "carol-phone");
    const sockets = [
      ...app(laptopLogin.accessToken, ["/", "/chat"], { transports: POLLING_UPGRADE, device: { deviceId: "carol-laptop" } }),
      client(phoneLogin.accessToken, { transports: WEBSOCKET, device: { deviceId: "carol-phone" } }),
      client(phoneLogin.accessToken, { transports: ["polling"], device: { deviceId: "carol-phone" } }),
    ];
    const logs = sockets.map(watch);
    await Promise.all(sockets.map((socket) => connected(socket)));

    const reason = "spamming the lobby";
    const suspended = await commandOk(adminConsole, "gatehouse:suspend", { username: "carol", reason });
    assert.equal(suspended.sockets, 4);
    assert.equal(suspended.account.status, "suspended");
    assert.equal(suspended.account.suspendedReason, reason);
    assert.equal(suspended.account.suspendedUntil, null);
    await waitForDisconnect(logs, "every socket of carol");
    await sleep(QUIET_MS);
    const notice = { code: "account_suspended", reason, until: null, by: "admin" };
    sockets.forEach((socket, i) => assertToldThenDisconnected(socket, logs[i], notice, `carol's socket ${i} (${socket.nsp})`));
    const times = logs.map((log) => disconnectOf(log).at);
    assert.ok(Math.max(...times) - Math.min(...times) < AT_ONCE_MS, `disconnected over ${Math.max(...times) - Math.min(...times)} ms`);

    // The phone tries again by hand with its access token, which is still valid: refused.
    const phone = sockets[2];
    phone.connect();
    assertSuspendedRefusal(await refused(phone), reason, null);
    assertSuspendedRefusal(await refused(client(laptopLogin.accessToken, { nsp: "/chat", reconnection: false })), reason, null);

    const loginRefused = await login("carol");
    assert.equal(loginRefused.status, 403);
    assert.equal(loginRefused.body.error.code, "account_suspended");
    assert.equal(loginRefused.body.error.reason, reason);
    assert.equal(loginRefused.body.error.until, null);
    // Every refresh token was revoked with the suspension.
    for (const { refreshToken } of [laptopLogin, phoneLogin]) {
      const refreshed = await api("/api/refresh", { refreshToken });
      assert.equal(refreshed.status, 401, JSON.stringify(refreshed.body));
      assert.equal(refreshed.body.error.code, "invalid_token");
    }
    const [suspendedEntry] = await audit({ username: "carol", type: "user.suspended" });
    assert.equal(suspendedEntry.actorId, adminId);
    assert.equal(suspendedEntry.details.reason, reason);
    assert.equal(suspendedEntry.details.revokedRefreshTokens, 2);
    assert.equal((await audit({ username: "carol", type: "login.refused" })).length, 1);

    const lifted = await commandOk(adminConsole, "gatehouse:unsuspend", { username: "carol" });
    assert.equal(lifted.account.status, "active");
    const back = await signIn("carol", "carol-laptop");
    await connected(client(back.accessToken, { reconnection: false }));
    // The refresh tokens from before stay revoked: clients must forget them.
    assert.equal((await api("/api/refresh", { refreshToken: laptopLogin.refreshToken })).status, 401);
    const [unsuspendedEntry] = await audit({ username: "carol", type: "user.unsuspended" });
    assert.equal(unsuspendedEntry.actorId, adminId);
    assert.equal(unsuspendedEntry.details.previousReason, reason);
  });

  it("lifts a timed suspension by itself", async () => {
    const dave = await signIn("dave", "dave-tablet");
    const socket = client(dave.accessToken, { transports: POLLING_UPGRADE, device: { deviceId: "dave-tablet" } });
    const log = watch(socket);
    await connected(socket);

    const reason = "cool down";
    const suspended = await commandOk(adminConsole, "gatehouse:suspend", { username: "dave", reason, seconds: 2 });
    const until = suspended.account.suspendedUntil;
    assert.ok(until, "a timed suspension has an end");
    const end = Date.parse(until);
    assert.ok(Math.abs(end - (Date.now() + 2000)) < 1500, `ends at ${until}`);
    await waitForDisconnect([log], "dave's socket");
    assert.deepEqual(log[1].args, [{ code: "account_suspended", reason, until, by: "admin" }]);

    const refusedLogin = await login("dave");
    assert.equal(refusedLogin.status, 403);
    assert.equal(refusedLogin.body.error.until, until);
    assertSuspendedRefusal(await refused(client(dave.accessToken, { reconnection: false })), reason, until);

    // Login is accepted once the end has passed, and not before.
    const accepted = await poll(
      async () => {
        const res = await login("dave");
        if (res.status === 200) return { at: Date.now(), body: res.body };
        assert.equal(res.status, 403, JSON.stringify(res.body));
        return null;
      },
      "dave's suspension to end",
      { attempts: 40, intervalMs: 250 },
    );
    assert.ok(accepted.at >= end, `login accepted ${end - accepted.at} ms before the end`);
    await connected(client(accepted.body.accessToken, { reconnection: false }));
    const [ended] = await poll(() => audit({ username: "dave", type: "user.suspension_ended" }).then((entries) => entries.length && entries), "user.suspension_ended", { attempts: 40, intervalMs: 100 });
    assert.equal(ended.actorId, null);
    assert.equal(ended.details.reason, reason);
    assert.equal(ended.details.until, until);
    assert.equal((await account("dave")).account.status, "active");
  });

  it("keeps suspensions over a restart, and lifts those that ended meanwhile", async () => {
    const erin = await signIn("erin", "erin-pc");
    const frankUntil = new Date(Date.now() + 3000).toISOString();
    await commandOk(adminConsole, "gatehouse:suspend", { username: "erin", reason: "restart test" });
    const timed = await commandOk(adminConsole, "gatehouse:suspend", { username: "frank", reason: "short one", until: frankUntil });
    assert.equal(Date.parse(timed.account.suspendedUntil), Date.parse(frankUntil));
    assert.equal((await login("frank")).status, 403);

    adminConsole.close();
    const stopped = await stopGatehouse(server);
    assert.equal(stopped.code, 0, `SIGTERM should stop the server cleanly: ${server.output()}`);
    // Frank's suspension ends while the server is down.
    await sleep(Math.max(0, Date.parse(frankUntil) - Date.now() + 200));
    await startServer();
    const admin = await api("/api/login", { username: "admin", password: ADMIN_PASSWORD, deviceId: "console" });
    adminConsole = await openConsole(admin.body.accessToken);

    const erinLogin = await login("erin");
    assert.equal(erinLogin.status, 403);
    assert.equal(erinLogin.body.error.code, "account_suspended");
    assert.equal(erinLogin.body.error.reason, "restart test");
    assertSuspendedRefusal(await refused(client(erin.accessToken, { reconnection: false })), "restart test", null);
    const erinAccount = await account("erin");
    assert.equal(erinAccount.account.status, "suspended");
    assert.equal(erinAccount.account.suspendedReason, "restart test");

    assert.equal((await login("frank")).status, 200);
    assert.equal((await account("frank")).account.status, "active");
    const [ended] = await audit({ username: "frank", type: "user.suspension_ended" });
    assert.ok(ended, "the lift at start is audited");
    assert.equal(ended.details.reason, "short one");
  });

  it("refuses a moderator acting on an admin, and plain users on /admin", async () => {
    const mo = await signIn("mo", "mo-pc");
    const modConsole = track(await openConsole(mo.accessToken, "mo-console"));
    const adminLogin = await api("/api/login", { username: "admin", password: ADMIN_PASSWORD, deviceId: "admin-desk" });
    const desk = client(adminLogin.body.accessToken, { device: { deviceId: "admin-desk" } });
    const deskLog = watch(desk);
    const consoleLog = recordEvents(adminConsole, ["forceDisconnect"]);
    await connected(desk);

    for (const [name, payload] of [
      ["gatehouse:kick", { username: "admin", reason: "coup" }],
      ["gatehouse:kick", { userId: adminId, deviceId: "admin-desk", reason: "coup" }],
      ["gatehouse:kick", { socketId: desk.id, reason: "coup" }],
      ["gatehouse:kick", { socketId: adminConsole.id }],
      ["gatehouse:suspend", { username: "admin", reason: "coup" }],
      ["gatehouse:suspend", { userId: adminId, reason: "coup", seconds: 60 }],
      ["gatehouse:unsuspend", { username: "admin" }],
    ]) {
      const answer = await command(modConsole, name, payload);
      assert.equal(answer.ok, false, `${name} ${JSON.stringify(payload)}: ${JSON.stringify(answer)}`);
      assert.equal(answer.error.code, "forbidden");
      assert.match(answer.error.message, /admin/);
    }
    await sleep(QUIET_MS);
    assertUntouched(desk, deskLog, "the admin's desk socket");
    assert.deepEqual(consoleLog, [], "the admin console heard nothing");
    assert.equal(adminConsole.connected, true);
    assert.equal((await account("admin")).account.status, "active");
    assert.deepEqual(await audit({ actorId: mo.user.id, type: "kick.socket" }), []);
    assert.deepEqual(await audit({ username: "admin", type: "user.suspended" }), []);

    // The same moderator may kick a plain user: the refusals above are about the target.
    const bob = await signIn("bob", "bob-pc");
    const bobSocket = client(bob.accessToken);
    const bobLog = watch(bobSocket);
    await connected(bobSocket);
    const kicked = await commandOk(modConsole, "gatehouse:kick", { username: "bob", reason: "moderated" });
    assert.equal(kicked.sockets, 1);
    await waitForDisconnect([bobLog], "bob");
    assert.deepEqual(bobLog[1].args, [{ code: "kicked", reason: "moderated", by: "mo" }]);

    // A plain user does not get into /admin at all.
    const err = await refused(client(bob.accessToken, { nsp: "/admin", reconnection: false }));
    assert.equal(err.message, "Forbidden");
    assert.equal(err.data.code, "forbidden");
    assert.equal(err.data.required, "moderator");
  });

  it("feeds the changes of a connect and a kick to a subscribed console", async () => {
    const admin = await api("/api/login", { username: "admin", password: ADMIN_PASSWORD, deviceId: "console" });
    const feedConsole = track(await openConsole(admin.body.accessToken));
    const changes = [];
    feedConsole.on("gatehouse:changes", (batch) => changes.push(...batch));
    const totals = await commandOk(feedConsole, "gatehouse:subscribe", {});
    assert.equal(totals.users, 1);
    assert.equal(totals.devices, 1);
    assert.equal(totals.sockets, 2); // the two consoles, one device

    const grace = await signIn("grace", "grace-tab");
    const socket = client(grace.accessToken, { transports: WEBSOCKET, device: { deviceId: "grace-tab", deviceName: "Grace's tablet" } });
    await connected(socket);
    const socketId = socket.id; // socket.io-client forgets it on disconnect
    const find = (op, kind, id) => changes.findIndex((change) => change.op === op && change.kind === kind && change.id === id);
    const waitForChange = (op, kind, id) =>
      poll(() => find(op, kind, id) >= 0, () => `${op} ${kind} ${id} among ${JSON.stringify(changes)}`, { attempts: 100, intervalMs: 50 });
    await waitForChange("upsert", "socket", socketId);
    const userUpsert = find("upsert", "user", grace.user.id);
    const deviceUpsert = find("upsert", "device", "grace-tab");
    const socketUpsert = find("upsert", "socket", socketId);
    assert.ok(userUpsert >= 0 && deviceUpsert >= 0, JSON.stringify(changes));
    assert.ok(userUpsert < deviceUpsert && deviceUpsert < socketUpsert, `parents first: ${JSON.stringify(changes)}`);
    assert.equal(changes[userUpsert].data.username, "grace");
    assert.equal(changes[deviceUpsert].data.name, "Grace's tablet");
    assert.equal(changes[socketUpsert].userId, grace.user.id);
    assert.equal(changes[socketUpsert].data.nsp, "/");

    const seen = changes.length;
    await commandOk(adminConsole, "gatehouse:kick", { socketId, reason: "feed test" });
    await waitForChange("remove", "socket", socketId);
    assert.ok(find("remove", "socket", socketId) >= seen);
    await waitForChange("remove", "user", grace.user.id);
    assert.equal(changes[find("remove", "socket", socketId)].deviceId, "grace-tab");
  });
});
