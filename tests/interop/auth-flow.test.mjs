// The sign-in flow as a Node app would use it, against the real `gatehouse serve` binary
// (GATEHOUSE_BINARY): the login API over fetch, then socket.io-client 4.8.4 with `auth`,
// `extraHeaders` and the opt-in query token; an expired token (signed by jsonwebtoken with the
// server's secret) gives connect_error "Token expired", and refresh -> reconnect works.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { io } from "socket.io-client";
import { BINARY, addUser, postJson, startGatehouse, stopGatehouse } from "./lib/gatehouse-process.mjs";
import { connected } from "./lib/socket-helpers.mjs";

const require = createRequire(import.meta.url);
const jwt = require("jsonwebtoken");

const SECRET = Buffer.alloc(32, 7);
const ADMIN_PASSWORD = "interop admin password";
// An identity provider of our own making: Gatehouse is told its issuer and public key.
const IDP_ISSUER = "https://idp.test/realms/main";
const idp = generateKeyPairSync("rsa", { modulusLength: 2048 });

describe("sign-in flow with socket.io-client against gatehouse serve", { skip: !BINARY && "GATEHOUSE_BINARY is not set", timeout: 60_000 }, () => {
  let server;
  let dir;
  let url;
  let env;
  const sockets = [];

  const open = (opts, nsp = "/") => {
    const socket = io(url + nsp, { forceNew: true, reconnection: false, ...opts });
    sockets.push(socket);
    return socket;
  };
  const api = (path, body) => postJson(url, path, body);
  const login = (username, password) => api("/api/login", { username, password, deviceId: "node-test" });

  // Starts gatehouse serve on a free port over the test's data folder.
  const startServer = async () => {
    server = await startGatehouse({ args: ["--config", join(dir, "gatehouse.conf"), "--data-dir", join(dir, "data")], env });
    url = server.url;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "gatehouse-auth-"));
    const idpKey = join(dir, "idp.pem");
    writeFileSync(idpKey, idp.publicKey.export({ type: "spki", format: "pem" }));
    writeFileSync(
      join(dir, "gatehouse.conf"),
      `[auth]\nsources=auth, header, cookie, query\ntrustedIssuers=${IDP_ISSUER}\npublicKeys=RS256:${idpKey}\n`,
    );
    env = {
      ...process.env,
      GATEHOUSE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      GATEHOUSE_JWT_SECRET: SECRET.toString("base64"),
    };
    await startServer();
    // A plain user, made with the command line next to the running server, as an operator would
    // (the first start made "admin"; the store is shared safely between processes).
    addUser({ dataDir: join(dir, "data"), env }, "bob", { password: "bob's long password" });
  });

  after(async () => {
    for (const socket of sockets) socket.close();
    await stopGatehouse(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const transports of [["polling", "websocket"], ["websocket"], ["polling"]]) {
    it(`connects with auth.token, extraHeaders and the query token (${transports.join("+")})`, async () => {
      const { status, body } = await login("admin", ADMIN_PASSWORD);
      assert.equal(status, 200);
      assert.equal(body.user.role, "admin");
      await connected(open({ transports, auth: { token: body.accessToken } }));
      await connected(open({ transports, extraHeaders: { Authorization: `Bearer ${body.accessToken}` } }));
      await connected(open({ transports, query: { token: body.accessToken } }));
    });
  }

  it("refuses with stable codes", async () => {
    const cases = [
      [{}, "/", "Authentication required", "no_token"],
      [{ auth: { token: "not.a.jwt" } }, "/", "Invalid token", "invalid_token"],
      [{ auth: { token: jwt.sign({ sub: "x" }, "another secret of 32 bytes or more!!", { expiresIn: 60 }) } }, "/", "Invalid token", "invalid_token"],
    ];
    const bob = await login("bob", "bob's long password");
    cases.push([{ auth: { token: bob.body.accessToken } }, "/admin", "Forbidden", "forbidden"]);
    for (const [opts, nsp, message, code] of cases) {
      await assert.rejects(connected(open(opts, nsp)), (err) => {
        assert.equal(err.message, message);
        assert.equal(err.data.code, code);
        return true;
      });
    }
    await connected(open({}, "/public"));
  });

  it("token_expired -> refresh -> reconnect with the new token", async () => {
    const { body } = await login("bob", "bob's long password");
    // The same claims, expired a minute ago (beyond the default 60 s leeway), signed with the
    // server's secret by the npm jsonwebtoken package.
    const claims = jwt.decode(body.accessToken);
    const now = Math.floor(Date.now() / 1000);
    const expired = jwt.sign({ ...claims, iat: now - 1000, exp: now - 120 }, SECRET, { algorithm: "HS256" });
    const socket = open({ auth: { token: expired } });
    const err = await connected(socket).then(() => null, (e) => e);
    assert.ok(err, "an expired token must not connect");
    assert.equal(err.message, "Token expired");
    assert.equal(err.data.code, "token_expired");

    const refreshed = await api("/api/refresh", { refreshToken: body.refreshToken });
    assert.equal(refreshed.status, 200);
    socket.auth = { token: refreshed.body.accessToken };
    socket.connect();
    await connected(socket);

    // The spent refresh token is refused, and its reuse ends the sign-in.
    const reused = await api("/api/refresh", { refreshToken: body.refreshToken });
    assert.equal(reused.status, 401);
    const after = await api("/api/refresh", { refreshToken: refreshed.body.refreshToken });
    assert.equal(after.status, 401);
  });

  it("accepts tokens from a trusted identity provider, and only those", async () => {
    const external = (claims, issuer = IDP_ISSUER, key = idp.privateKey) =>
      jwt.sign(claims, key, { algorithm: "RS256", issuer, expiresIn: 300 });
    // A user Gatehouse has never seen, with a role from the provider.
    const token = external({ sub: "ext-42", preferred_username: "Ext", roles: ["moderator"] });
    await connected(open({ auth: { token } }, "/admin"));
    const wrongIssuer = external({ sub: "ext-42", roles: ["admin"] }, "https://evil.test");
    await assert.rejects(connected(open({ auth: { token: wrongIssuer } })), (err) => err.data.code === "invalid_token");
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const forged = external({ sub: "ext-42", roles: ["admin"] }, IDP_ISSUER, otherKey);
    await assert.rejects(connected(open({ auth: { token: forged } })), (err) => err.data.code === "invalid_token");
    // HS/RS confusion: an HS256 token keyed with the provider's public key must not pass.
    const confused = jwt.sign({ sub: "ext-42" }, idp.publicKey.export({ type: "spki", format: "pem" }), {
      algorithm: "HS256",
      issuer: IDP_ISSUER,
      expiresIn: 300,
    });
    await assert.rejects(connected(open({ auth: { token: confused } })), (err) => err.data.code === "invalid_token");
  });

  it("kill -9 right after a refresh answer leaves a consistent store", async () => {
    const { body } = await login("bob", "bob's long password");
    const refreshed = await api("/api/refresh", { refreshToken: body.refreshToken });
    assert.equal(refreshed.status, 200);
    // The answer is in our hands: the rotation must be on disk. Kill without any chance to flush.
    const killed = await stopGatehouse(server, { signal: "SIGKILL" });
    assert.equal(killed.signal, "SIGKILL");
    await startServer();
    // The new token works, the old one counts as spent (reuse), nothing is half-done.
    const next = await api("/api/refresh", { refreshToken: refreshed.body.refreshToken });
    assert.equal(next.status, 200);
    const old = await api("/api/refresh", { refreshToken: body.refreshToken });
    assert.equal(old.status, 401);
  });
});
