#!/usr/bin/env node
// Tokens from the npm `jsonwebtoken` package (pinned in tests/interop/package-lock.json), for
// tst_jwtinterop: what the Node ecosystem signs, Gatehouse must accept, and the reverse.
//
//   node sign-with-jsonwebtoken.mjs sign <iat>
//     Prints one JSON object: an HS256 token with a fresh random secret, and RS256 and ES256
//     tokens with fresh key pairs (their public keys as PEM and as JWK). Keys live only in memory.
//   node sign-with-jsonwebtoken.mjs verify <secret-base64url> <token> <now>
//     Verifies an HS256 token as a Node server would; prints its payload, or exits 1.
//
// jsonwebtoken is loaded with require(), which honours NODE_PATH (ES module imports do not), so
// the test points NODE_PATH at tests/interop/node_modules.

import { createRequire } from "node:module";
import { generateKeyPairSync, randomBytes } from "node:crypto";

const require = createRequire(import.meta.url);
const jwt = require("jsonwebtoken");

const ISSUER = "https://issuer.example";
const AUDIENCE = "gatehouse";

function sign(iat) {
  const claims = (extra) => ({ sub: "node-user", name: "Node User", iat, ...extra });
  const options = (kid) => ({ expiresIn: "15m", issuer: ISSUER, audience: [AUDIENCE, "other"], keyid: kid });

  const secret = randomBytes(32);
  const hs256 = jwt.sign(claims({ role: "moderator" }), secret, { algorithm: "HS256", ...options("node-hs") });

  const publicKey = (key, kid, alg) => ({
    publicKeyPem: key.publicKey.export({ type: "spki", format: "pem" }),
    jwk: { ...key.publicKey.export({ format: "jwk" }), kid, alg, use: "sig" },
  });
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const rs256 = jwt.sign(claims({ roles: ["user", "admin"] }), rsa.privateKey, { algorithm: "RS256", ...options("node-rsa") });
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const es256 = jwt.sign(claims({ preferred_username: "nodeling", name: undefined }), ec.privateKey, { algorithm: "ES256", ...options("node-ec") });

  return {
    hs256: { token: hs256, secret: secret.toString("base64url") },
    rs256: { token: rs256, ...publicKey(rsa, "node-rsa", "RS256") },
    es256: { token: es256, ...publicKey(ec, "node-ec", "ES256") },
  };
}

function verify(secret, token, now) {
  return jwt.verify(token, Buffer.from(secret, "base64url"), { algorithms: ["HS256"], clockTimestamp: now });
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command === "sign" && args.length === 1) {
    process.stdout.write(JSON.stringify(sign(Number(args[0]))) + "\n");
  } else if (command === "verify" && args.length === 3) {
    process.stdout.write(JSON.stringify(verify(args[0], args[1], Number(args[2]))) + "\n");
  } else {
    process.stderr.write("usage: sign-with-jsonwebtoken.mjs sign <iat> | verify <secret> <token> <now>\n");
    process.exit(2);
  }
} catch (error) {
  process.stderr.write(`${error.name}: ${error.message}\n`);
  process.exit(1);
}
