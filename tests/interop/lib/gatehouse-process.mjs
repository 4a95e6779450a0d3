// The real `gatehouse serve` binary as a child process of a node:test suite: start it on
// 127.0.0.1 port 0 and read the URL it prints, stop it (SIGTERM, then SIGKILL after a bounded
// wait), add users through its command line, and call its JSON API. A process still running
// when the test file exits is killed.
import { spawn, spawnSync } from "node:child_process";
import { withTimeout } from "./socket-helpers.mjs";

export const BINARY = process.env.GATEHOUSE_BINARY;

const running = new Set();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
// Interrupted (Ctrl+C, a runner giving up): the servers go too. "exit" does the killing.
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(128 + (signal === "SIGINT" ? 2 : 15)));

// Runs `gatehouse serve --port 0 ...args` and resolves with {child, url, output(), exited} once
// it prints "listening on <url>". Rejects, with `code` and `output` (stdout and stderr), when the
// process exits first; kills it and rejects when it says nothing within `timeoutMs`.
export async function startGatehouse({ args = [], env = process.env, binary = BINARY, timeoutMs = 20_000 } = {}) {
  const child = spawn(binary, ["serve", "--port", "0", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const url = new Promise((resolve, reject) => {
    const collect = (chunk) => {
      output += chunk;
      if (process.env.GATEHOUSE_TEST_VERBOSE === "1") process.stderr.write(chunk);
      const match = /listening on (https?:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    };
    // Both pipes are always drained, so a chatty server never blocks on a full pipe.
    child.stdout.setEncoding("utf8").on("data", collect);
    child.stderr.setEncoding("utf8").on("data", collect);
    child.once("error", (err) => reject(Object.assign(new Error(`cannot start ${binary}: ${err.message}`), { output })));
    exited.then(({ code, signal }) =>
      reject(Object.assign(new Error(`exited with ${code ?? signal}: ${output}`), { code, signal, output })),
    );
  });
  try {
    return { child, url: await withTimeout(url, "gatehouse serve to listen", timeoutMs), output: () => output, exited };
  } catch (err) {
    child.kill("SIGKILL");
    await exited;
    throw err;
  }
}

// Sends `signal` and resolves with {code, signal} once the server exited; SIGKILL after
// `timeoutMs`. Safe to call on a server that already exited, or with none.
export async function stopGatehouse(server, { signal = "SIGTERM", timeoutMs = 5000 } = {}) {
  if (!server) return null;
  const { child, exited } = server;
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

// `gatehouse user add NAME --role ROLE --password-stdin --data-dir DIR`, next to a running server
// as an operator would (the store is shared safely between processes). Throws on failure.
export function addUser({ dataDir, env = process.env, binary = BINARY }, name, { role = "user", password }) {
  const added = spawnSync(binary, ["user", "add", name, "--role", role, "--password-stdin", "--data-dir", dataDir], {
    input: `${password}\n`,
    env,
    timeout: 30_000,
  });
  if (added.status !== 0)
    throw new Error(`gatehouse user add ${name} failed (${added.status ?? added.signal}): ${added.stderr}`);
}

// POST JSON to the server's API; resolves with {status, body}.
export async function postJson(baseUrl, path, body, ms = 10_000) {
  const res = await fetch(baseUrl + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ms),
  });
  return { status: res.status, body: await res.json() };
}
