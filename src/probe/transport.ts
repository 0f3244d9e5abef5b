/**
 * Before any HTTP request: is the base URL reachable, and (https) what TLS does it speak, with
 * which certificate. Neither sends an HTTP request.
 */
import net from 'node:net';
import tls from 'node:tls';

export interface TlsInfo {
  /** `TLSv1.3`, `TLSv1.2`... */
  protocol: string | null;
  /** Null when the certificate chain verifies for the host name. */
  certificateError: string | null;
  /** The server answered but no acceptable TLS handshake was possible (e.g. TLS 1.0 only). */
  handshakeError?: string;
}

export type Reachability = { ok: true; tls?: TlsInfo } | { ok: false; detail: string };

function portOf(url: URL): number {
  return url.port !== '' ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Opens (and closes) one connection; over https, completes the TLS handshake and reports it. */
export function checkReachable(url: URL, timeout: number): Promise<Reachability> {
  return new Promise((resolve) => {
    const host = hostOf(url);
    const port = portOf(url);
    const secure = url.protocol === 'https:';
    const socket = secure
      ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, rejectUnauthorized: false, minVersion: 'TLSv1' })
      : net.connect({ host, port });
    const finish = (r: Reachability) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, detail: `timeout ${timeout} ms` }), timeout);
    socket.once('error', (e: NodeJS.ErrnoException) => {
      const detail = [e.code, e.message].filter(Boolean).join(' ');
      if (secure && /SSL|TLS/.test(e.code ?? '')) finish({ ok: true, tls: { protocol: null, certificateError: null, handshakeError: detail } });
      else finish({ ok: false, detail });
    });
    if (secure) {
      const s = socket as tls.TLSSocket;
      s.once('secureConnect', () => {
        const error = s.authorized ? null : String(s.authorizationError ?? 'unverified');
        finish({ ok: true, tls: { protocol: s.getProtocol(), certificateError: error } });
      });
    } else {
      socket.once('connect', () => finish({ ok: true }));
    }
  });
}

/** Whether a negotiated protocol is at least TLS 1.2. */
export function tlsAtLeast12(protocol: string | null): boolean {
  return protocol === 'TLSv1.2' || protocol === 'TLSv1.3';
}

/** The plain-HTTP twin of an https base URL (port 80, or the same explicit port). */
export function plainHttpUrl(base: URL): URL {
  const u = new URL(base.href);
  u.protocol = 'http:';
  return u;
}
