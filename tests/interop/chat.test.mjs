// The chat (docs/chat.md) as a Node app uses it: the real `gatehouse serve` binary
// (GATEHOUSE_BINARY) and npm socket.io-client 4.8.4. alice signs in on two devices (a laptop
// polling then upgrading, a phone on WebSocket only), bob and carol on one each. Covers #general
// on first start, joining with history and who is online, a room message reaching every member's
// devices, a direct message reaching every device of both users and nobody else, idempotent
// retries, refusals with codes, presence as devices come and go, and history after a restart on
// the same data folder.
import { describe, it, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io } from "socket.io-client";
import { BINARY, addUser, postJson, startGatehouse, stopGatehouse } from "./lib/gatehouse-process.mjs";
import { connected, poll, recordEvents, request } from "./lib/socket-helpers.mjs";

const ADMIN_PASSWORD = "chat admin password";
const passwordOf = (name) => `${name}'s long password`;
const POLLING_UPGRADE = ["polling", "websocket"];
const WEBSOCKET = ["websocket"];

describe("chat with socket.io-client against gatehouse serve", { skip: !BINARY && "GATEHOUSE_BINARY is not set", timeout: 120_000 }, () => {
  let dir;
  let env;
  let serveArgs;
  let server;
  let url;
  let observer; // the admin on "/", for presence checks between tests
  let opened = [];
  const users = {};

  const track = (socket) => {
    opened.push(socket);
    return socket;
  };
  const signIn = async (name, deviceId) => {
    const password = name === "admin" ? ADMIN_PASSWORD : passwordOf(name);
    const res = await postJson(url, "/api/login", { username: name, password, deviceId });
    assert.equal(res.status, 200, `login of ${name}: ${JSON.stringify(res.body)}`);
    users[name] = res.body.user;
    return res.body.accessToken;
  };
  // A signed-in socket on "/" of `name` on device `deviceId`, connected, recording chat events.
  const device = async (name, deviceId, transports = WEBSOCKET, { keep = false } = {}) => {
    const token = await signIn(name, deviceId);
    const socket = io(url, { forceNew: true, transports, reconnection: false, auth: { token, deviceId } });
    if (!keep) track(socket);
    socket.log = recordEvents(socket, ["chat:message", "chat:room", "presence"]);
    await connected(socket);
    return socket;
  };
  const call = (socket, command, payload = {}) => request(socket, command, payload);
  const ok = async (socket, command, payload = {}) => {
    const answer = await call(socket, command, payload);
    assert.equal(answer.ok, true, `${command} ${JSON.stringify(payload)}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const events = (socket, event) => socket.log.filter((entry) => entry.event === event).map((entry) => entry.args[0]);
  const texts = (socket) => events(socket, "chat:message").map((message) => message.text);
  // Every event sent to `socket` before now has arrived once a round trip's ack is back.
  const settle = (socket) => ok(socket, "chat:presence");
  const presenceOf = (socket, userId) =>
    events(socket, "presence")
      .filter((entry) => entry.userId === userId)
      .map((entry) => `${entry.online}/${entry.devices}`);
  const online = async (socket) => (await ok(socket, "chat:presence")).users.map((user) => `${user.username}/${user.devices}`);

  const startServer = async () => {
    server = await startGatehouse({ args: serveArgs, env });
    url = server.url;
    observer = await device("admin", "admin-console", WEBSOCKET, { keep: true });
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "gatehouse-chat-"));
    env = { ...process.env, GATEHOUSE_ADMIN_PASSWORD: ADMIN_PASSWORD, GATEHOUSE_JWT_SECRET: Buffer.alloc(32, 7).toString("base64") };
    serveArgs = ["--data-dir", join(dir, "data")];
    await startServer();
    for (const name of ["alice", "bob", "carol"]) addUser({ dataDir: join(dir, "data"), env }, name, { password: passwordOf(name) });
  });

  // Closes the test's sockets and waits until the server saw them go: the next test starts with
  // only the observer online.
  afterEach(async () => {
    for (const socket of opened) socket.close();
    opened = [];
    await poll(async () => (await online(observer)).join() === "admin/1", "only the observer to be online", { attempts: 100, intervalMs: 50 });
  });

  after(async () => {
    for (const socket of opened) socket.close();
    observer?.close();
    await stopGatehouse(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("has #general from the first start", async () => {
    const alice = await device("alice", "alice-laptop");
    const { rooms } = await ok(alice, "chat:rooms");
    assert.deepEqual(
      rooms.map((room) => [room.name, room.joined]),
      [["general", false]],
    );
    assert.equal(rooms[0].createdBy, null);
  });

  it("joins #general with its history, and a message reaches every member's devices", async () => {
    const laptop = await device("alice", "alice-laptop", POLLING_UPGRADE);
    const phone = await device("alice", "alice-phone");
    const bob = await device("bob", "bob-pc");
    const carol = await device("carol", "carol-pc");

    const joined = await ok(laptop, "chat:join", { room: "#general" });
    assert.equal(joined.room.name, "general");
    assert.deepEqual(joined.messages, []);
    assert.equal(joined.hasMore, false);
    assert.deepEqual(joined.online.map((user) => `${user.username}/${user.devices}`), ["alice/2"]);

    const notYet = await call(bob, "chat:send", { room: "general", text: "am I in?" });
    assert.equal(notYet.ok, false);
    assert.equal(notYet.error.code, "not_member");
    await ok(bob, "chat:join", { room: "general" });

    const sent = await ok(bob, "chat:send", { room: "general", text: "hello from bob", clientId: "bob-1" });
    assert.equal(sent.duplicate, false);
    assert.equal(sent.message.room, "general");
    assert.deepEqual(sent.message.from, { id: users.bob.id, username: "bob", name: "bob" });
    assert.equal(sent.message.clientId, "bob-1");
    assert.ok(Math.abs(sent.message.at - Date.now()) < 60_000, "at is the time in UTC ms");
    // Both of alice's devices get the message the ack carried (the laptop joined, the phone too).
    for (const socket of [laptop, phone]) await poll(() => texts(socket).length === 1, "alice's devices to get bob's message");
    assert.deepEqual(events(laptop, "chat:message"), [sent.message]);
    assert.deepEqual(events(phone, "chat:message"), [sent.message]);
    await Promise.all([settle(bob), settle(carol)]);
    assert.deepEqual(texts(bob), [], "the sending socket has the message in its ack only");
    assert.deepEqual(texts(carol), [], "carol is not in #general");

    // A retry with the same clientId returns the stored message, and nobody gets it twice.
    const retry = await ok(bob, "chat:send", { room: "general", text: "hello from bob", clientId: "bob-1" });
    assert.equal(retry.duplicate, true);
    assert.deepEqual(retry.message, sent.message);
    for (const text of ["one", "two", "three"]) await ok(phone, "chat:send", { room: "general", text, clientId: `alice-${text}` });
    await poll(() => texts(bob).length === 3, "bob to get alice's three messages");
    await settle(laptop);
    assert.deepEqual(texts(laptop), ["hello from bob", "one", "two", "three"]);

    // A new device of bob joins and receives the history, oldest first.
    const late = await device("bob", "bob-tablet");
    const again = await ok(late, "chat:join", { room: "general", limit: 3 });
    assert.deepEqual(again.messages.map((message) => message.text), ["one", "two", "three"]);
    assert.equal(again.hasMore, true);
    const older = await ok(late, "chat:history", { room: "general", beforeId: again.nextBeforeId });
    assert.deepEqual(older.messages.map((message) => message.text), ["hello from bob"]);
    assert.equal(older.nextBeforeId, null);
  });

  it("delivers a direct message to every device of both users, and to nobody else", async () => {
    const laptop = await device("alice", "alice-laptop", POLLING_UPGRADE);
    const phone = await device("alice", "alice-phone");
    const bob = await device("bob", "bob-pc");
    const carol = await device("carol", "carol-pc");
    const sent = await ok(bob, "chat:direct", { to: "alice", text: "just for you", clientId: "dm-1" });
    assert.equal(sent.message.room, null);
    assert.deepEqual(sent.message.to, { id: users.alice.id, username: "alice", name: "alice" });
    for (const socket of [laptop, phone]) await poll(() => texts(socket).includes("just for you"), "alice's devices to get the DM");
    // alice answers by user id from the phone: her laptop and bob get it.
    await ok(phone, "chat:direct", { to: users.bob.id, text: "thanks" });
    await poll(() => texts(bob).includes("thanks") && texts(laptop).includes("thanks"), "the answer to arrive");
    await Promise.all([settle(carol), settle(observer)]);
    assert.deepEqual(texts(carol), []);
    assert.ok(!events(observer, "chat:message").some((message) => message.room === null), "the admin sees no DMs");
    const history = await ok(laptop, "chat:history", { with: "bob" });
    assert.deepEqual(history.messages.map((message) => message.text), ["just for you", "thanks"]);
    const { conversations } = await ok(bob, "chat:conversations");
    assert.deepEqual(conversations.map((entry) => [entry.with.username, entry.lastMessage.text]), [["alice", "thanks"]]);
  });

  it("refuses bad input with a code and a message that says what to do", async () => {
    const alice = await device("alice", "alice-laptop");
    const admin = observer;
    const refusals = [
      ["chat:send", { room: "general", text: "   " }, "bad_request"],
      ["chat:send", { room: "general", text: "x".repeat(4001) }, "bad_request"],
      ["chat:send", { room: "no-such-room", text: "hi" }, "not_found"],
      ["chat:join", { room: "Not A Name" }, "bad_request"],
      ["chat:direct", { to: "nobody", text: "hi" }, "not_found"],
      ["chat:history", { room: "general", beforeId: "yesterday" }, "bad_request"],
      ["chat:createRoom", { name: "alices-room" }, "forbidden"],
    ];
    for (const [command, payload, code] of refusals) {
      const answer = await call(alice, command, payload);
      assert.equal(answer.ok, false, `${command} ${JSON.stringify(payload).slice(0, 80)}`);
      assert.equal(answer.error.code, code, `${command}: ${answer.error.message}`);
      assert.match(answer.error.message, /\.$/, "a sentence");
    }
    const created = await ok(admin, "chat:createRoom", { name: "team-news", topic: "What's new" });
    assert.equal(created.room.name, "team-news");
    await poll(() => events(alice, "chat:room").length === 1, "alice to hear of the new room");
    const { rooms } = await ok(alice, "chat:rooms");
    assert.deepEqual(rooms.map((room) => room.name), ["general", "team-news"]);
  });

  it("tells others when devices come and go", async () => {
    const bob = await device("bob", "bob-pc");
    const laptop = await device("alice", "alice-laptop");
    const phone = await device("alice", "alice-phone", POLLING_UPGRADE);
    await poll(() => presenceOf(bob, users.alice.id).join() === "true/1,true/2", "bob to see alice on two devices");
    assert.deepEqual(await online(bob), ["admin/1", "alice/2", "bob/1"]);
    phone.close();
    await poll(() => presenceOf(bob, users.alice.id).length === 3, "bob to see the phone go");
    laptop.close();
    await poll(() => presenceOf(bob, users.alice.id).length === 4, "bob to see alice go");
    assert.deepEqual(presenceOf(bob, users.alice.id), ["true/1", "true/2", "true/1", "false/0"]);
    const last = events(bob, "presence").at(-1);
    assert.deepEqual(last, { userId: users.alice.id, username: "alice", name: "alice", online: false, devices: 0 });
  });

  it("keeps rooms, messages and conversations over a restart", async () => {
    observer.close();
    const stopped = await stopGatehouse(server);
    assert.equal(stopped.code, 0, `SIGTERM should stop the server cleanly: ${server.output()}`);
    await startServer();
    const alice = await device("alice", "alice-laptop");
    const { rooms } = await ok(alice, "chat:rooms");
    assert.deepEqual(rooms.map((room) => [room.name, room.joined]), [["general", true], ["team-news", false]]);
    const joined = await ok(alice, "chat:join", { room: "general" });
    assert.deepEqual(joined.messages.map((message) => message.text), ["hello from bob", "one", "two", "three"]);
    const history = await ok(alice, "chat:history", { with: "bob" });
    assert.deepEqual(history.messages.map((message) => message.text), ["just for you", "thanks"]);
    // A retry that arrives after the restart still finds its message.
    const retry = await ok(alice, "chat:send", { room: "general", text: "two", clientId: "alice-two" });
    assert.equal(retry.duplicate, true);
    assert.deepEqual(
      (await ok(alice, "chat:history", { room: "general" })).messages.map((message) => message.text),
      ["hello from bob", "one", "two", "three"],
    );
  });
});
