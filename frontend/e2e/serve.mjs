// A tiny static server for frontend/dist with the same rules the Go binary
// applies: /graphql, /auth/* and the downloads (/reports/, /exports/,
// /documents/, /calendar/, /access-requests/, /mail/) go to the API (CAPOFILA_API, default
// http://127.0.0.1:8080); existing files are served; any other GET that is
// not under /assets/ gets index.html (client-side routing fallback).
//
//   CAPOFILA_API=http://127.0.0.1:18090 PORT=18091 node e2e/serve.mjs
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const api = new URL(process.env.CAPOFILA_API || 'http://127.0.0.1:8080');
const port = Number(process.env.PORT || 18091);
const host = process.env.HOST || '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
};

function proxy(req, res) {
  const up = http.request(
    { hostname: api.hostname, port: api.port || 80, path: req.url, method: req.method, headers: { ...req.headers, host: api.host } },
    (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    },
  );
  up.on('error', () => {
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end('bad gateway');
  });
  req.pipe(up);
}

// The policy the Go server should send with index.html (checked by the e2e run).
const CSP = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/graphql' || /^\/(auth|reports|exports|documents|calendar|access-requests|mail)\//.test(url.pathname)) return proxy(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    const immutable = url.pathname.startsWith('/assets/');
    res.writeHead(200, {
      ...(file.endsWith('.html') ? { 'Content-Security-Policy': CSP } : {}),
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types['.html'], 'Cache-Control': 'no-cache', 'Content-Security-Policy': CSP });
  fs.createReadStream(path.join(root, 'index.html')).pipe(res);
});

server.listen(port, host, () => console.log(`dist on http://${host}:${port} → API ${api.origin}`));
