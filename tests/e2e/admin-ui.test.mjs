// End-to-end test: the official Socket.IO Admin UI (@socket.io/admin-ui 0.5.1,
// its prebuilt ui/dist) in headless Debian Chromium, driven by playwright-core,
// against a Socket.IO server that speaks the admin-ui protocol on "/admin"
// (docs/admin-ui-protocol.md). By default the server is the Node reference
// server (reference-admin-server.mjs); Gatehouse runs the same file by setting
// ADMIN_UI_SERVER and friends.
//
// What a person would do, and what we check:
//   1. a wrong password is refused with the UI's "Invalid credentials" message;
//   2. with the right credentials the UI connects; the Sockets page lists the
//      test clients by socket id, both those that connected before the UI
//      (the `all_sockets` snapshot) and one that connected after it (the live
//      `socket_connected` event);
//   3. the Dashboard's Namespaces card and the Servers page show the counts
//      from `server_stats` (sockets in the clients' namespace; Engine.IO
//      clients = the test clients + the UI's own connection);
//   4. the disconnect button in one socket's row disconnects exactly that
//      client (it sees "io server disconnect"), the others stay connected, and
//      the row disappears (`socket_disconnected`).
//
// Environment (all optional):
//   ADMIN_UI_SERVER          server command line, split on whitespace (no
//                            quoting); "--port 0" is appended; "{tmpdir}" is
//                            replaced by a fresh empty directory. It must print
//                            "listening on <url>" on stdout or stderr.
//                            Default: node reference-admin-server.mjs
//   ADMIN_UI_SERVER_URL      use an already running server instead (nothing spawned)
//   ADMIN_UI_USERNAME        admin credentials typed into the UI's connection
//   ADMIN_UI_PASSWORD        modal (default admin / changeit, what the reference
//                            server uses; the child's environment carries them)
//   ADMIN_UI_AUTH            "basic" (default) or "none": with "none" the
//                            wrong-password check is skipped
//   ADMIN_UI_NAMESPACE       the admin namespace typed into the modal (default /admin)
//   ADMIN_UI_PATH            Socket.IO path, for the modal and the clients (default /socket.io)
//   ADMIN_UI_WS_ONLY         "1" switches on the modal's "WebSocket only?"
//   ADMIN_UI_CLIENT_NAMESPACE the test clients' namespace (default /)
//   ADMIN_UI_CLIENT_AUTH     JSON: the clients' `auth` payload (one object for
//                            all, or an array with one object per client)
//   ADMIN_UI_CLIENT_LOGIN    an HTTP path, e.g. /api/login: POST {username,
//                            password} (ADMIN_UI_CLIENT_USERNAME/_PASSWORD,
//                            else the admin ones) there once and add the
//                            answer's accessToken as `auth.token`
//   ADMIN_UI_CLIENT_OPTIONS  JSON merged into the clients' io() options
//                            (e.g. {"transports":["websocket"]})
//   ADMIN_UI_CHROMIUM        browser executable (default /usr/bin/chromium)
//   ADMIN_UI_SCREENSHOT_DIR  where failure screenshots go (default: a new temp dir)
//   ADMIN_UI_VERBOSE         "1" forwards the server's output and the page's console
//   ADMIN_UI_EXPECT_KICK_NOTICE "1": the disconnected client must first get the
//                            event forceDisconnect {code: "kicked", by} (Gatehouse's
//                            client contract; the reference sends nothing)
//   ADMIN_UI_EXPECT_RESUME   "1": after a page reload the UI must get back in
//                            with the session id it was sent, without the
//                            password (the reference cannot: it sends "session"
//                            before the CONNECT, which the UI never sees)
//
// Every wait is bounded and a file-wide watchdog kills everything, so a
// misbehaving server makes this file fail, never hang.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { io } from "socket.io-client";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const UI_DIST = path.join(HERE, "node_modules", "@socket.io", "admin-ui", "ui", "dist");
// ui/dist/index.html loads the Material Design Icons font from a CDN (and
// Roboto from Google Fonts). This machine reaches no CDN, so the page's
// requests for it are answered from the npm package @mdi/font instead: the
// icon buttons then look as they do for a person (screenshots!). Every other
// request that leaves 127.0.0.1 is aborted.
const MDI_DIR = path.join(HERE, "node_modules", "@mdi", "font");
const MDI_CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/@mdi\/font@[^/]+\/(css|fonts)\/([\w.-]+)/;
const LOCAL_URL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

const env = process.env;
const SERVER_CMD = (env.ADMIN_UI_SERVER || `${process.execPath} ${path.join(HERE, "reference-admin-server.mjs")}`)
  .trim()
  .split(/\s+/)
  .filter(Boolean);
const USERNAME = env.ADMIN_UI_USERNAME || "admin";
const PASSWORD = env.ADMIN_UI_PASSWORD || "changeit";
const AUTH_ENABLED = (env.ADMIN_UI_AUTH || "basic") !== "none";
const ADMIN_NAMESPACE = env.ADMIN_UI_NAMESPACE || "/admin";
const SIO_PATH = env.ADMIN_UI_PATH || "/socket.io";
const WS_ONLY = env.ADMIN_UI_WS_ONLY === "1";
const CLIENT_NAMESPACE = env.ADMIN_UI_CLIENT_NAMESPACE || "/";
const CHROMIUM = env.ADMIN_UI_CHROMIUM || "/usr/bin/chromium";
const VERBOSE = env.ADMIN_UI_VERBOSE === "1";

// Clients 0 and 1 connect before the UI (they reach it in `all_sockets`),
// client 2 after it (a live `socket_connected`). Client 1 gets disconnected.
const N_CLIENTS = 3;
const LATE_CLIENT = 2;
const VICTIM = 1;

const START_TIMEOUT_MS = 15_000;
const EVENT_TIMEOUT_MS = 5_000;
// server_stats comes every 2 s; give it a few periods.
const STATS_TIMEOUT_MS = 8_000;
// How long the other clients must stay connected after the kick.
const QUIET_MS = 750;
const EXPECT_KICK_NOTICE = env.ADMIN_UI_EXPECT_KICK_NOTICE === "1";
const EXPECT_RESUME = env.ADMIN_UI_EXPECT_RESUME === "1";
const UI_TIMEOUT_MS = 10_000;
const TEST_TIMEOUT_MS = 30_000;
// Whole-file budget (< 90 s); unref'd so it never keeps a finished run alive.
const FILE_BUDGET_MS = 85_000;

function parseJsonEnv(name, fallback) {
  const raw = env[name];
  if (!raw) return fallback;
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new Error(`${name} is not valid JSON: ${err.message}`);
  }
}
const CLIENT_AUTH = parseJsonEnv("ADMIN_UI_CLIENT_AUTH", undefined);
const CLIENT_OPTIONS = parseJsonEnv("ADMIN_UI_CLIENT_OPTIONS", {});

// ---------------------------------------------------------------------------
// Processes, watchdog

const children = new Set();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
let browser = null;
setTimeout(() => {
  console.error(`watchdog: test file exceeded ${FILE_BUDGET_MS} ms, killing the server and the browser`);
  for (const child of children) child.kill("SIGKILL");
  browser?.close().catch(() => {});
  process.exit(1);
}, FILE_BUDGET_MS).unref();

/**
 * Spawns the server with "--port 0"; resolves {child, url} on "listening on <url>".
 * "{tmpdir}" in the command line becomes a new empty directory (removed at
 * the end), e.g. for `gatehouse serve --data-dir {tmpdir}`.
 */
function startServer() {
  let scratch = null;
  const [cmd, ...args] = SERVER_CMD.map((arg) => {
    if (!arg.includes("{tmpdir}")) return arg;
    scratch ??= mkdtempSync(path.join(tmpdir(), "gatehouse-admin-ui-server-"));
    return arg.replaceAll("{tmpdir}", scratch);
  });
  const child = spawn(cmd, [...args, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    // The reference server reads the credentials from here too.
    env: { ...env, ADMIN_UI_USERNAME: USERNAME, ADMIN_UI_PASSWORD: PASSWORD },
  });
  children.add(child);
  child.exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      children.delete(child);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({ code, signal });
    });
  });

  let tail = "";
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`server "${SERVER_CMD.join(" ")}" ${why}\n--- output tail ---\n${tail}`));
    };
    const timer = setTimeout(() => fail(`did not print "listening on <url>" within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.once("error", (err) => fail(`failed to start: ${err.message}`));
    child.once("exit", (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
    // Gatehouse logs to stderr, the reference server prints to stdout: watch
    // both, and always drain them so a chatty server never blocks on a pipe.
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        tail = (tail + chunk).slice(-4096);
        if (VERBOSE) process.stderr.write(`[server] ${chunk}`);
        if (settled) return;
        const match = /listening on (https?:\/\/[^\s/]+)\/?\s/i.exec(tail);
        if (!match) return;
        settled = true;
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      });
    }
  });
}

/** SIGTERM, then SIGKILL if the server has not exited within 3 s. */
async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await child.exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------
// A static file server for the prebuilt UI (what admin.socket.io hosts).

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

function startStaticServer(root) {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(root, urlPath === "/" ? "index.html" : urlPath);
    // Nothing outside the UI's folder; no directory listings.
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.url = `http://127.0.0.1:${server.address().port}`;
      resolve(server);
    });
  });
}

// ---------------------------------------------------------------------------
// Test clients (npm socket.io-client)

async function clientAuthPayloads(serverUrl) {
  const payloads = [];
  for (let i = 0; i < N_CLIENTS; i++) {
    const base = Array.isArray(CLIENT_AUTH) ? CLIENT_AUTH[i] : CLIENT_AUTH;
    payloads.push(base === undefined ? { name: `e2e-client-${i}` } : { ...base });
  }
  if (env.ADMIN_UI_CLIENT_LOGIN) {
    const res = await fetch(new URL(env.ADMIN_UI_CLIENT_LOGIN, serverUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        username: env.ADMIN_UI_CLIENT_USERNAME || USERNAME,
        password: env.ADMIN_UI_CLIENT_PASSWORD || PASSWORD,
        deviceId: "e2e-admin-ui",
      }),
      signal: AbortSignal.timeout(EVENT_TIMEOUT_MS),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok || typeof body.accessToken !== "string") {
      throw new Error(`ADMIN_UI_CLIENT_LOGIN: ${res.status} ${JSON.stringify(body)}`);
    }
    for (const payload of payloads) payload.token = body.accessToken;
  }
  return payloads;
}

/** Connects one client; resolves once "connect" fired, records its disconnects. */
function connectClient(serverUrl, auth) {
  const namespace = CLIENT_NAMESPACE === "/" ? "" : CLIENT_NAMESPACE;
  const socket = io(serverUrl + namespace, {
    forceNew: true,
    reconnection: false,
    path: SIO_PATH,
    timeout: EVENT_TIMEOUT_MS,
    auth,
    ...CLIENT_OPTIONS,
  });
  socket.disconnects = [];
  socket.on("disconnect", (reason) => socket.disconnects.push(reason));
  socket.notices = [];
  socket.on("forceDisconnect", (notice) => socket.notices.push(notice));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`client did not connect within ${EVENT_TIMEOUT_MS} ms`));
    }, EVENT_TIMEOUT_MS);
    socket.once("connect", () => {
      clearTimeout(timer);
      // socket.io-client forgets socket.id on disconnect; keep it.
      socket.sid = socket.id;
      resolve(socket);
    });
    socket.once("connect_error", (err) => {
      clearTimeout(timer);
      socket.close();
      reject(new Error(`client connect_error: ${err.message} ${JSON.stringify(err.data ?? null)}`));
    });
  });
}

function waitForDisconnect(socket, ms = EVENT_TIMEOUT_MS) {
  if (socket.disconnects.length) return Promise.resolve(socket.disconnects[0]);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket ${socket.sid} was not disconnected within ${ms} ms`)), ms);
    socket.once("disconnect", (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

// ---------------------------------------------------------------------------
// Browser helpers

// Made on the first failure only, so that green runs leave nothing behind.
let screenshotDir = null;
function screenshotPath(name) {
  if (!screenshotDir) {
    screenshotDir = env.ADMIN_UI_SCREENSHOT_DIR || mkdtempSync(path.join(tmpdir(), "gatehouse-admin-ui-e2e-"));
    mkdirSync(screenshotDir, { recursive: true });
  }
  return path.join(screenshotDir, `${name.replace(/[^a-z0-9]+/gi, "-")}.png`);
}

/** Runs fn(page); on failure saves a screenshot and the page's console log, then rethrows. */
async function withScreenshotOnFailure(page, name, fn) {
  try {
    return await fn();
  } catch (err) {
    let note;
    try {
      const file = screenshotPath(name);
      await page.screenshot({ path: file, fullPage: true, timeout: 5000 });
      note = `screenshot of the failure "${name}": ${file}`;
    } catch (shotErr) {
      note = `no screenshot of the failure "${name}": ${shotErr.message}`;
    }
    // The test runner prints the error's stack, which keeps the original
    // message; so say it on stderr too.
    console.error(note);
    if (page.consoleLog?.length) console.error(`--- page console (last 30) ---\n${page.consoleLog.slice(-30).join("\n")}`);
    err.message += `\n(${note})`;
    throw err;
  }
}

/** Polls fn() until it returns a truthy value; rejects with `what` after ms. */
async function waitUntil(what, fn, ms = UI_TIMEOUT_MS) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err.message;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(100);
  }
}

async function newPage() {
  // A fresh context per page: empty localStorage, so the UI opens its
  // connection modal instead of reusing a saved server URL. 1440 px wide: from
  // Vuetify's "lg" breakpoint (1264 px) on, the navigation drawer and the app
  // bar's connection status are shown.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  await context.route(
    (url) => !LOCAL_URL.test(url.href),
    (route) => {
      const mdi = MDI_CDN.exec(route.request().url());
      const file = mdi && path.join(MDI_DIR, mdi[1], mdi[2]);
      if (file && existsSync(file)) {
        const type = { ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf" };
        return route.fulfill({ path: file, contentType: type[path.extname(file)] ?? "application/octet-stream" });
      }
      return route.abort("blockedbyclient");
    },
  );
  const page = await context.newPage();
  page.consoleLog = [];
  page.on("console", (msg) => {
    page.consoleLog.push(`[${msg.type()}] ${msg.text()}`);
    if (VERBOSE) console.error(`[page] ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => page.consoleLog.push(`[pageerror] ${err.message}`));
  return page;
}

/**
 * Fills in and submits the connection modal. Its fields are Vuetify text
 * fields with a <label for=…>, so getByLabel() finds them by the English texts
 * of ui/src/locales/en.json (the UI defaults to English).
 */
async function submitConnectionModal(page, { serverUrl, username, password }) {
  await page.getByLabel("Server URL").fill(serverUrl);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);

  const needsAdvanced = WS_ONLY || ADMIN_NAMESPACE !== "/admin" || SIO_PATH !== "/socket.io";
  if (needsAdvanced) {
    // The switches' <input role="switch"> is covered by Vuetify's styled
    // track, so click the visible label text, as a person would.
    await page.getByText("Advanced options", { exact: true }).click();
    if (WS_ONLY) await page.getByText("WebSocket only?", { exact: true }).click();
    await page.getByLabel("Admin namespace").fill(ADMIN_NAMESPACE);
    await page.getByLabel("Path", { exact: true }).fill(SIO_PATH);
  }
  await page.getByRole("button", { name: "Connect", exact: true }).click();
}

/** Opens the UI and connects it with the given credentials; waits for the modal to close. */
async function connectUi(page, serverUrl) {
  await page.goto(staticServer.url, { waitUntil: "load" });
  await submitConnectionModal(page, { serverUrl, username: USERNAME, password: PASSWORD });
  // On success the modal closes (its Connect button goes away); on a
  // connect_error it stays open with a red error line under the button.
  await page.getByRole("button", { name: "Connect", exact: true }).waitFor({ state: "hidden" });
  // The app bar's status chip: "connected" (text-uppercase is only CSS). The
  // bar holds it twice, one copy for narrow screens that CSS hides here.
  await page.locator("header").getByText("connected", { exact: true }).filter({ visible: true }).first().waitFor();
}

/**
 * Clicks a navigation drawer entry: the drawer is a <nav> (role=navigation)
 * of links named by the page titles. (Breadcrumbs may hold a link of the
 * same name, hence the scope.)
 */
async function navigate(page, title) {
  const link = page.getByRole("navigation").getByRole("link", { name: title, exact: true });
  const href = await link.getAttribute("href"); // "#/sockets", the UI uses hash routing
  await link.click();
  await page.waitForURL((url) => url.hash.replace(/\/$/, "") === href.replace(/\/$/, ""));
  // Every page starts with breadcrumbs whose last, inactive item names it.
  // While the route transition runs the old page may still be in the DOM,
  // so look for that item among the visible ones only.
  await page.locator(".v-breadcrumbs__item--disabled").getByText(title, { exact: true }).filter({ visible: true }).first().waitFor();
  // ... and wait for that transition to end, so that no row of the old page
  // is mistaken for one of the new page.
  await waitUntil(`the ${title} page alone on screen`, async () => (await page.locator(".v-breadcrumbs").count()) === 1);
}

/**
 * Picks the namespace in the pages' "Select namespace" dropdown (a Vuetify
 * v-select: its slot has role=button, the menu's items role=option).
 */
async function selectNamespace(page, name) {
  await page.getByRole("button", { name: /Select namespace/ }).click();
  await page.getByRole("option", { name, exact: true }).click();
  await page.getByRole("option", { name, exact: true }).waitFor({ state: "hidden" });
}

/** The data table's body rows (role=row, holding role=cell, unlike the header row). */
function bodyRows(scope) {
  const page = typeof scope.page === "function" ? scope.page() : scope;
  return scope.getByRole("row").filter({ has: page.getByRole("cell") });
}

/** The row of a socket table whose first column ("#" or "ID") is exactly `sid`. */
function socketRow(page, sid) {
  return bodyRows(page).filter({ has: page.getByRole("cell", { name: sid, exact: true }) });
}

/** The text of the cell under the column header `header` in `row` of the table in `scope`. */
async function cellUnderHeader(scope, row, header) {
  const headers = await scope.getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  assert.notEqual(index, -1, `no column "${header}" among ${JSON.stringify(headers)}`);
  return (await row.getByRole("cell").nth(index).innerText()).trim();
}

// ---------------------------------------------------------------------------
// The suite

let server = null; // {child, url}
let serverUrl = "";
let staticServer = null;
const clients = [];
let clientAuth = [];

const chromiumMissing = !existsSync(CHROMIUM);

describe("Socket.IO Admin UI 0.5.1 end to end", { skip: chromiumMissing && `${CHROMIUM} not found (apt-get install chromium)` }, () => {
  before(async () => {
    staticServer = await startStaticServer(UI_DIST);
    if (env.ADMIN_UI_SERVER_URL) {
      serverUrl = env.ADMIN_UI_SERVER_URL.replace(/\/+$/, "");
    } else {
      server = await startServer();
      serverUrl = server.url;
    }
    clientAuth = await clientAuthPayloads(serverUrl);
    for (let i = 0; i < N_CLIENTS; i++) {
      if (i !== LATE_CLIENT) clients[i] = await connectClient(serverUrl, clientAuth[i]);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // --no-sandbox: we may run as root. The rest keeps Chromium off the
      // network it cannot reach here (background services, QUIC).
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      timeout: START_TIMEOUT_MS,
    });
  }, { timeout: TEST_TIMEOUT_MS });

  after(async () => {
    for (const socket of clients) socket?.close();
    await browser?.close().catch(() => {});
    await stopServer(server?.child);
    if (staticServer) {
      const closed = new Promise((resolve) => staticServer.close(resolve));
      staticServer.closeAllConnections(); // keep-alive sockets would hold close() up
      await closed;
    }
  });

  it("refuses a wrong password with the UI's 'Invalid credentials' message", { timeout: TEST_TIMEOUT_MS, skip: !AUTH_ENABLED && "ADMIN_UI_AUTH=none" }, async () => {
    const page = await newPage();
    try {
      await withScreenshotOnFailure(page, "wrong-password", async () => {
        await page.goto(staticServer.url, { waitUntil: "load" });
        await submitConnectionModal(page, { serverUrl, username: USERNAME, password: `${PASSWORD}-wrong` });
        // The modal's red line: the UI translates exactly the connect_error
        // message "invalid credentials"; anything else shows as
        // "Error: <message>", which we report as it is.
        const errorLine = page.getByText(/^\s*(Invalid credentials|Error: .*)\s*$/).first();
        await errorLine.waitFor();
        assert.equal((await errorLine.innerText()).trim(), "Invalid credentials");
        assert.ok(await page.getByRole("button", { name: "Connect", exact: true }).isVisible(), "the modal should stay open");
      });
    } finally {
      await page.context().close();
    }
  });

  describe("connected with the right credentials", () => {
    let page;

    before(async () => {
      page = await newPage();
      await withScreenshotOnFailure(page, "connect", async () => {
        await connectUi(page, serverUrl);
        // Now that the UI is connected, the late client arrives as a live
        // socket_connected event rather than in the all_sockets snapshot.
        clients[LATE_CLIENT] = await connectClient(serverUrl, clientAuth[LATE_CLIENT]);
      });
    }, { timeout: TEST_TIMEOUT_MS });

    after(async () => {
      await page?.context().close().catch(() => {});
    });

    it("lists every client socket by id on the Sockets page", { timeout: TEST_TIMEOUT_MS }, async () => {
      await withScreenshotOnFailure(page, "sockets-page", async () => {
        await navigate(page, "Sockets");
        await selectNamespace(page, CLIENT_NAMESPACE);
        for (const socket of clients) {
          // The first column ("#") is the socket id.
          await socketRow(page, socket.sid).first().waitFor();
        }
        // Sanity check on the serialized socket: the Transport column shows
        // a known transport name ("websocket" -> "WebSocket").
        const row = socketRow(page, clients[0].sid);
        const transport = await cellUnderHeader(page, row, "Transport");
        assert.match(transport, /^(WebSocket|HTTP long-polling)$/);
      });
    });

    it("shows the server's counts on the Dashboard and the Servers page", { timeout: TEST_TIMEOUT_MS }, async () => {
      await withScreenshotOnFailure(page, "counts", async () => {
        await navigate(page, "Dashboard");
        // Namespaces card (from server_stats.namespaces): a row per namespace,
        // "<code>name</code>" then the socket count.
        const card = page.locator(".v-card").filter({ has: page.getByText("Namespaces", { exact: true }) });
        const nspRow = bodyRows(card).filter({ has: page.getByRole("cell", { name: CLIENT_NAMESPACE, exact: true }) });
        await waitUntil(
          `the Dashboard's Namespaces card to show ${N_CLIENTS} sockets in ${CLIENT_NAMESPACE}`,
          async () => (await nspRow.getByRole("cell").nth(1).innerText()).trim() === String(N_CLIENTS),
          STATS_TIMEOUT_MS,
        );

        await navigate(page, "Servers");
        // One server row, "# of clients" = Engine.IO connections: the test
        // clients plus the Admin UI's own.
        const row = bodyRows(page).first();
        await waitUntil(
          `"# of clients" = ${N_CLIENTS + 1} on the Servers page`,
          async () => (await cellUnderHeader(page, row, "# of clients")) === String(N_CLIENTS + 1),
          STATS_TIMEOUT_MS,
        );
        assert.equal((await cellUnderHeader(page, row, "Status")).toLowerCase(), "healthy");
      });
    });

    it("disconnects exactly the socket whose disconnect button was clicked", { timeout: TEST_TIMEOUT_MS }, async () => {
      await withScreenshotOnFailure(page, "disconnect", async () => {
        await navigate(page, "Sockets");
        await selectNamespace(page, CLIENT_NAMESPACE);
        const victim = clients[VICTIM];
        const row = socketRow(page, victim.sid);
        await row.waitFor();
        // The row's only button is an icon button (mdi-logout) without an
        // accessible name; hovering it shows the tooltip naming the action,
        // which we check before clicking, as a person would.
        const button = row.getByRole("button");
        await waitUntil(
          "a disconnect button in the socket's row (the UI shows it when config.supportedFeatures has DISCONNECT)",
          async () => (await button.count()) === 1,
        );
        await button.hover();
        await page.getByText("Disconnect this Socket instance", { exact: true }).waitFor();
        await button.click();

        assert.equal(await waitForDisconnect(victim), "io server disconnect");
        if (EXPECT_KICK_NOTICE) {
          assert.equal(victim.notices.length, 1, `one forceDisconnect before the disconnect, saw ${JSON.stringify(victim.notices)}`);
          assert.equal(victim.notices[0].code, "kicked");
          assert.equal(victim.notices[0].by, USERNAME);
        }

        // The click also bubbles to the row, whose handler opens the socket's
        // details page (that is the UI's own behaviour, not ours): there, once
        // the server reported socket_disconnected, the "Client" and "Socket"
        // status chips read "disconnected".
        if (page.url().includes(`/sockets/${victim.sid}`)) {
          await page.getByText("disconnected", { exact: true }).filter({ visible: true }).first().waitFor();
        }

        await sleep(QUIET_MS);
        for (const [i, socket] of clients.entries()) {
          if (i === VICTIM) continue;
          assert.ok(socket.connected, `client ${i} (${socket.sid}) should still be connected, saw ${JSON.stringify(socket.disconnects)}`);
        }

        // Back on the Sockets page: the victim's row is gone, the others stay.
        await navigate(page, "Sockets");
        await selectNamespace(page, CLIENT_NAMESPACE);
        for (const [i, socket] of clients.entries()) {
          if (i !== VICTIM) await socketRow(page, socket.sid).first().waitFor();
        }
        assert.equal(await socketRow(page, victim.sid).count(), 0, "the disconnected socket is still listed");
      });
    });

    it("gets back in after a page reload without the password", { timeout: TEST_TIMEOUT_MS, skip: !EXPECT_RESUME && "ADMIN_UI_EXPECT_RESUME is not 1" }, async () => {
      await withScreenshotOnFailure(page, "resume", async () => {
        const stored = await page.evaluate(() => window.localStorage.getItem("session_id"));
        assert.match(stored ?? "", /^[0-9a-f]{32}$/, "the UI should have stored the session id it was sent");
        await page.reload({ waitUntil: "load" });
        // The UI connects by itself with {sessionId}; a refusal would reopen
        // the modal with "Invalid credentials".
        await page.locator("header").getByText("connected", { exact: true }).filter({ visible: true }).first().waitFor();
        assert.equal(await page.getByRole("button", { name: "Connect", exact: true }).isVisible(), false);
        await navigate(page, "Sockets");
        await selectNamespace(page, CLIENT_NAMESPACE);
        for (const [i, socket] of clients.entries()) {
          if (i !== VICTIM) await socketRow(page, socket.sid).first().waitFor();
        }
      });
    });
  });
});
