// HTTPS and WSS on the port of the real `gatehouse serve` binary (GATEHOUSE_BINARY), with a
// private CA and a server certificate made by the openssl command line: the login API over
// https (the session cookie is then Secure), socket.io-client 4.8.4 over https polling, wss and
// the upgrade, a client that does not trust the CA is refused, and bad TLS settings stop the
// server at start with a message that says what to fix.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { connect as tcpConnect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io } from "socket.io-client";
import { BINARY, startGatehouse, stopGatehouse } from "./lib/gatehouse-process.mjs";
import { connected as connectedWithin, poll, withTimeout as withTimeoutOf } from "./lib/socket-helpers.mjs";

const OPENSSL = spawnSync("openssl", ["version"]).status === 0;
const ADMIN_PASSWORD = "tls admin password";
// TLS handshakes with fresh RSA keys take longer than plain connections.
const TIMEOUT_MS = 8000;
const withTimeout = (promise, what, ms = TIMEOUT_MS) => withTimeoutOf(promise, what, ms);
const connected = (socket) => connectedWithin(socket, TIMEOUT_MS);

function openssl(dir, args) {
  const result = spawnSync("openssl", args, { cwd: dir });
  assert.equal(result.status, 0, `openssl ${args.join(" ")}: ${result.stderr}`);
}

describe("HTTPS and WSS with gatehouse serve", { skip: (!BINARY && "GATEHOUSE_BINARY is not set") || (!OPENSSL && "openssl is not installed"), timeout: 90_000 }, () => {
  let dir;
  let ca;
  let server;
  let url;
  let env;
  const sockets = [];

  const open = (opts) => {
    const socket = io(url, { forceNew: true, reconnection: false, ca, ...opts });
    sockets.push(socket);
    return socket;
  };

  // POST over https, trusting only our CA; resolves {status, headers, body}.
  const post = (path, body, options = {}) =>
    withTimeout(
      new Promise((resolve, reject) => {
        const req = request(
          url + path,
          { method: "POST", ca, headers: { "Content-Type": "application/json" }, ...options },
          (res) => {
            let text = "";
            res.on("data", (chunk) => (text += chunk));
            res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: JSON.parse(text) }));
          },
        );
        req.on("error", reject);
        req.end(JSON.stringify(body));
      }),
      `POST ${path}`,
    );

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "gatehouse-tls-"));
    openssl(dir, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=Gatehouse Interop CA", "-days", "2", "-keyout", "ca.key", "-out", "ca.crt"]);
    openssl(dir, ["req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr"]);
    writeFileSync(join(dir, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    openssl(dir, ["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt"]);
    openssl(dir, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=other", "-days", "2", "-keyout", "other.key", "-out", "other.crt"]);
    chmodSync(join(dir, "server.key"), 0o600);
    chmodSync(join(dir, "other.key"), 0o600);
    ca = readFileSync(join(dir, "ca.crt"));
    // Paths in the config file are relative to it.
    writeFileSync(join(dir, "gatehouse.conf"), "[tls]\ncertificate=server.crt\nkey=server.key\n[auth]\ncookieSameSite=Lax\n");
    env = { ...process.env, GATEHOUSE_ADMIN_PASSWORD: ADMIN_PASSWORD, GATEHOUSE_JWT_SECRET: Buffer.alloc(32, 9).toString("base64") };
  });

  after(async () => {
    for (const socket of sockets) socket.close();
    await stopGatehouse(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("starts with [tls] from the config file and prints an https URL", async () => {
    server = await startGatehouse({ args: ["--config", join(dir, "gatehouse.conf"), "--data-dir", join(dir, "data")], env });
    url = server.url;
    assert.match(url, /^https:\/\//);
  });

  it("signs in over https and marks the session cookie Secure", async () => {
    const res = await post("/api/login", { username: "admin", password: ADMIN_PASSWORD, deviceId: "tls-test", setCookie: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.accessToken);
    const cookies = res.headers["set-cookie"] ?? [];
    assert.equal(cookies.length, 1);
    assert.match(cookies[0], /^gatehouse_session=/);
    assert.match(cookies[0], /; Secure/);
    assert.match(cookies[0], /HttpOnly/);
    assert.match(cookies[0], /SameSite=Lax/);
    // The cookie signs a socket in, as a browser would send it.
    const session = cookies[0].split(";")[0];
    await connected(open({ transports: ["polling", "websocket"], extraHeaders: { Cookie: session } }));
  });

  for (const transports of [["polling", "websocket"], ["websocket"], ["polling"]]) {
    it(`socket.io-client connects with auth.token over ${transports.join("+")}`, async () => {
      const { body } = await post("/api/login", { username: "admin", password: ADMIN_PASSWORD });
      const socket = await connected(open({ transports, auth: { token: body.accessToken } }));
      const expected = transports.includes("websocket") ? "websocket" : "polling";
      await poll(() => socket.io.engine.transport.name === expected, `the ${expected} transport`, { attempts: 200, intervalMs: 20 });
    });
  }

  it("refuses a client that does not trust the certificate", async () => {
    const err = await connected(open({ ca: undefined, transports: ["websocket"] })).then(() => null, (e) => e);
    assert.ok(err, "an untrusted certificate must not connect");
    assert.match(String(err.description?.message ?? err.description ?? err.message), /certificate|self.signed|unable to verify/i);
  });

  it("does not speak plain HTTP on the TLS port, and keeps serving", async () => {
    const port = Number(new URL(url).port);
    const answer = await withTimeout(
      new Promise((resolve) => {
        let data = "";
        const socket = tcpConnect(port, "127.0.0.1", () => socket.write("GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: x\r\n\r\n"));
        socket.on("data", (chunk) => (data += chunk));
        socket.on("close", () => resolve(data));
        socket.on("error", () => {});
      }),
      "the plain connection to close",
    );
    assert.doesNotMatch(answer, /^HTTP\/1\.1 200/);
    const { body } = await post("/api/login", { username: "admin", password: ADMIN_PASSWORD });
    await connected(open({ auth: { token: body.accessToken } }));
  });

  for (const [name, args, message] of [
    ["a key of another certificate", ["--tls-cert", "server.crt", "--tls-key", "other.key"], /does not belong to the certificate/],
    ["a certificate without its key", ["--tls-cert", "server.crt"], /tls\/certificate and tls\/key go together/],
    ["a missing certificate", ["--tls-cert", "missing.crt", "--tls-key", "server.key"], /cannot read the TLS certificate/],
  ]) {
    it(`stops at start with a clear message for ${name}`, async () => {
      const options = args.map((arg) => (arg.endsWith(".crt") || arg.endsWith(".key") ? join(dir, arg) : arg));
      const err = await startGatehouse({ args: [...options, "--data-dir", join(dir, "data-bad")], env }).then(
        async (running) => {
          await stopGatehouse(running);
          return null;
        },
        (e) => e,
      );
      assert.ok(err, "the server must not start");
      assert.equal(err.code, 2);
      assert.match(err.output, message);
    });
  }
});
