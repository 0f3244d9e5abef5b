/**
 * SRV-04: the base URL answers over HTTPS with a valid certificate and TLS ≥ 1.2, and plain HTTP is
 * refused or redirected to HTTPS. A plain-HTTP base URL (a local sandbox) gets one finding saying so.
 */
import { tlsAtLeast12 } from '../transport.js';
import { report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const tls: LiveCheck = {
  ...liveRule('bouquet-live-tls'),
  examines: () => true,
  onEnd(outcomes, ctx) {
    const base = ctx.baseUrl.href;
    if (ctx.baseUrl.protocol === 'http:') {
      report(this, ctx, 'plainHttpBase', { url: base }, ctx.apiLoc);
      return;
    }
    const info = ctx.tls;
    if (info?.handshakeError !== undefined) report(this, ctx, 'handshake', { url: base, detail: info.handshakeError }, ctx.apiLoc);
    else if (info !== undefined && !tlsAtLeast12(info.protocol)) report(this, ctx, 'oldProtocol', { url: base, protocol: info.protocol ?? '?' }, ctx.apiLoc);
    if (info?.certificateError) report(this, ctx, 'certificate', { url: base, detail: info.certificateError }, ctx.apiLoc);
    const plain = outcomes.find((o) => o.call.kind === 'plain-http');
    const r = plain?.response;
    if (plain === undefined || r === undefined || r === null) return;
    const location = r.headers.location ?? '';
    const redirected = r.status >= 300 && r.status < 400 && /^https:\/\//i.test(location);
    if (!redirected) report(this, ctx, 'plainHttpServed', { url: plain.call.url, status: r.status }, ctx.apiLoc, plain);
  },
};
