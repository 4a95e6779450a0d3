// Promise helpers for the node:test suites that drive socket.io-client against the real
// `gatehouse serve` binary. Every wait is bounded in time; every poll in count and time.

export const DEFAULT_TIMEOUT_MS = 5000;

// Resolves or rejects like `promise`, or rejects after `ms` saying what it waited for.
export function withTimeout(promise, what, ms = DEFAULT_TIMEOUT_MS) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => {
        const err = new Error(`timed out after ${ms} ms waiting for ${what}`);
        err.name = "TimeoutError";
        reject(err);
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// Resolves with the socket on "connect", or rejects with the connect_error.
export function connected(socket, ms = DEFAULT_TIMEOUT_MS) {
  let onConnect;
  let onError;
  return withTimeout(
    new Promise((resolve, reject) => {
      onConnect = () => resolve(socket);
      onError = reject;
      socket.once("connect", onConnect);
      socket.once("connect_error", onError);
    }),
    "connect or connect_error",
    ms,
  ).finally(() => {
    socket.off("connect", onConnect);
    socket.off("connect_error", onError);
  });
}

// Resolves with the connect_error; rejects if the socket connects instead, or neither happens.
export async function refused(socket, ms = DEFAULT_TIMEOUT_MS) {
  const outcome = await connected(socket, ms).then(
    () => null,
    (err) => err,
  );
  if (!outcome) throw new Error(`socket ${socket.id} connected, but a connect_error was expected`);
  if (outcome.name === "TimeoutError") throw outcome;
  return outcome;
}

// Polls `probe` (sync or async) every `intervalMs` until it returns a truthy value, which is
// returned; at most `attempts` times. Rejects with `what` (a string, or a function giving one
// when it fails) and the last value otherwise.
export async function poll(probe, what, { attempts = 40, intervalMs = 100 } = {}) {
  let last;
  for (let attempt = 0; attempt < attempts; attempt++) {
    last = await probe();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const description = typeof what === "function" ? what() : what;
  throw new Error(`gave up after ${attempts} tries waiting for ${description}; last: ${JSON.stringify(last)}`);
}

// Emits with an acknowledgement and resolves with its first argument.
export function request(socket, event, payload, ms = DEFAULT_TIMEOUT_MS) {
  return socket.timeout(ms).emitWithAck(event, payload);
}

// Records, in order and with the time, every one of `events` a socket receives, plus
// "connect", "disconnect" and "connect_error". Returns the log array.
export function recordEvents(socket, events = []) {
  const log = [];
  for (const event of ["connect", "disconnect", "connect_error", ...events]) {
    socket.on(event, (...args) => log.push({ event, args, at: Date.now() }));
  }
  return log;
}
