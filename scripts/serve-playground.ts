/**
 * `npm run playground`: serves dist/playground on the loopback interface (127.0.0.1 only), so the
 * page can be opened locally. Any static server does as well; this one needs nothing installed.
 *
 *   npm run playground            → http://127.0.0.1:8080/
 *   npm run playground -- 9000    → http://127.0.0.1:9000/
 */
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/package-root.js';

export const PLAYGROUND_DIR = path.join(PACKAGE_ROOT, 'dist', 'playground');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** A static server of `dir` on 127.0.0.1 (`port` 0: any free port). */
export async function servePlayground(port: number, dir: string = PLAYGROUND_DIR): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
      const target = file.endsWith(path.sep) || (await stat(file).catch(() => null))?.isDirectory() ? path.join(file, 'index.html') : file;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      try {
        const body = await readFile(target);
        res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404\n');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const server = await servePlayground(Number(process.argv[2] ?? 8080));
  const { port } = server.address() as { port: number };
  process.stdout.write(`bouquet-lint: http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
}
