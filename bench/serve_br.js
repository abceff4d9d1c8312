#!/usr/bin/env node
// A static server for `./dev bench lighthouse` (issue 15): every page served the same way,
// with brotli, as a CDN would. Each NAME=DIR argument serves DIR under /NAME/ on 127.0.0.1.
// A client that accepts br gets the body compressed at quality 11 (once per file, at start)
// with Content-Encoding: br; others get the raw file.
//
//   node bench/serve_br.js seeds=target/bench/dist-seeds bare=target/bench/dist-bare
//
// Listens on $PORT (default 0: any free port) and prints its base URL once listening.
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

// URL path -> { type, raw, br }, for every file of every directory.
function load(mounts) {
  const files = new Map();
  for (const [name, dir] of mounts) {
    for (const file of walk(dir)) {
      const url = `/${name}/${path.relative(dir, file).split(path.sep).join("/")}`;
      const raw = fs.readFileSync(file);
      const br = zlib.brotliCompressSync(raw, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      });
      const type = TYPES[path.extname(file)] || "application/octet-stream";
      files.set(url, { type, raw, br });
      if (url.endsWith("/index.html")) files.set(url.slice(0, -"index.html".length), { type, raw, br });
    }
  }
  return files;
}

function serve(files, req, res) {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = files.get(url);
  if (!file && files.has(url + "/")) {
    res.writeHead(301, { Location: url + "/" });
    return res.end();
  }
  if (!file || (req.method !== "GET" && req.method !== "HEAD")) {
    res.writeHead(404, { "Content-Type": "text/plain" });
    return res.end("not found\n");
  }
  const br = /\bbr\b/.test(req.headers["accept-encoding"] || "");
  const body = br ? file.br : file.raw;
  const headers = { "Content-Type": file.type, "Content-Length": body.length, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
  if (br) headers["Content-Encoding"] = "br";
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

const mounts = process.argv.slice(2).map((arg) => {
  const m = /^([\w-]+)=(.+)$/.exec(arg);
  if (!m || !fs.statSync(m[2], { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`usage: serve_br.js NAME=DIR ... (bad argument: ${arg})`);
    process.exit(2);
  }
  return [m[1], m[2]];
});
if (mounts.length === 0) {
  console.error("usage: serve_br.js NAME=DIR ...");
  process.exit(2);
}
const files = load(mounts);
const server = http.createServer((req, res) => serve(files, req, res));
server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}/`);
});
