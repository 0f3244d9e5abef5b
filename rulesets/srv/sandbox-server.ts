import { defineRule } from '../../src/lint/rule.js';
import { serverUrls } from './server-urls.js';

/** Words that mark a server with fictitious data (checked as whole words of the URL or description). */
const SANDBOX = /(^|[^\p{L}\d])(sandbox|bac[\s-]+[àa][\s-]+sable|staging|recette|qualif|qualification|test|tests|testing|preprod|pr[ée]-?production|demo|d[ée]mo)($|[^\p{L}\d])/iu;

/** SRV-02: a sandbox server (fictitious data) is declared beside production. */
export default defineRule({
  meta: { id: 'bouquet-sandbox-server', convention: 'SRV-02' },
  check(ctx) {
    const servers = serverUrls(ctx.spec.root);
    // No server at all is SRV-01's finding.
    if (servers.length === 0) return;
    const texts = servers.flatMap((s) => [s.url, s.description, ...s.alternatives.map((a) => a.url)]);
    if (texts.some((t) => SANDBOX.test(t))) return;
    ctx.report({ doc: ctx.spec.root, path: ['servers'] }, 'noSandbox');
  },
});
