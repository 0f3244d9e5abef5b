/**
 * A fourth real Swagger 2.0 spec (AIFE CaptchEtat v2, fixtures/real/swagger2/SOURCES.md): analysed in
 * full, every finding at its line in the original file (lines read by hand in fixtures/real/swagger2/REVIEW.md).
 */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/lint.js';

const CAPTCHETAT = 'fixtures/real/swagger2/aife-captchetat.json';

describe('AIFE CaptchEtat (Swagger 2.0)', () => {
  it('reports its MUST findings at their original lines', async () => {
    const f = (await lintFixture(CAPTCHETAT)).filter((x) => x.severity === 'error');
    expect(f).toHaveLength(35);
    const at = (convention: string, path: string) =>
      f.filter((x) => x.convention === convention && x.path.join('/') === path).map((x) => x.range.start.line + 1);
    expect(at('DOC-01', 'swagger')).toEqual([2]);
    // The http:// server comes from `schemes`; it is reported at the server's `host`.
    expect(at('SRV-01', 'host')).toEqual([12]);
    expect(at('ERR-01', 'paths//simple-captcha-endpoint/get/responses')).toEqual([55]);
    expect(at('ERR-02', 'paths//valider-captcha/post/responses/405')).toEqual([104]);
    expect(at('ERR-02', 'paths//captcha/{uuid}/code/infos/get/responses/400')).toEqual([192]);
    expect(at('AUTH-03', 'securityDefinitions/API_Key_Oauth.OAuthImplicit/flow')).toEqual([238]);
    // Its health route's 404 is no « not found » of an entity.
    expect(f.filter((x) => x.convention === 'ERR-05').map((x) => x.message)).toEqual([
      'The 404 response of GET /simple-captcha-endpoint has no example: show the body returned when the entity does not exist.',
      'The 404 response of POST /valider-captcha has no example: show the body returned when the entity does not exist.',
      'The 404 response of GET /version has no example: show the body returned when the entity does not exist.',
      'The 404 response of GET /info has no example: show the body returned when the entity does not exist.',
    ]);
  });
});
