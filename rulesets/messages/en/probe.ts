import type { RuleTexts } from '../types.js';

/** Texts of the live probe (bouquet-lint probe). */
export const rules: Record<string, RuleTexts> = {
  'bouquet-probe': {
    title: 'How the probe ran',
    fix: 'These notes say what the probe could not check and why: complete the spec, the credential or the options, then run `bouquet-lint probe` again.',
    messages: {
      expectUrl: 'an absolute http:// or https:// URL, without user name or password',
      expectInteger: 'an integer from {min} to {max}',
      expectPositive: 'a number greater than 0, at most {max}',
      expectEnvName: 'an environment variable name (letters, digits and "_")',
      noExample: 'Operation "{operation}" was not probed: no example value for the required parameter "{param}". Add an "example" to the parameter or a test case.',
      caseWithoutOperation: 'Test case "{file}" matches no GET operation of the spec: its parameters are those of no route.',
      noCredential:
        'The environment variable "{env}" is empty: authenticated calls were not sent. Only the call without a credential was checked (AUTH-07); set "{env}" to a sandbox credential to check everything.',
      notGet: '{count} operation(s) other than GET were not probed, including "{operation}": the probe only sends GET requests, which change nothing.',
      tlsStopped: 'The certificate or the TLS handshake of "{url}" is not valid: the probe stopped there so as not to send the credential over an unverified connection.',
      planCut: 'The probe plan was cut: {unsent} call(s) out of {planned} were not sent (--max-requests {max}).',
      'kind.plain-http': 'plain HTTP call',
      'kind.nominal': 'nominal call',
      'kind.no-credential': 'call without a credential',
      'kind.unknown-id': 'call with an unknown identifier',
      'kind.malformed-id': 'call with a malformed identifier',
      'kind.wrong-credential': 'call with a wrong credential',
      'kind.case': 'test case replay',
      'kind.cors': 'CORS preflight request',
      'kind.method': 'call with an undocumented method',
    },
  },
  'bouquet-live-tls': {
    title: 'HTTPS with a valid certificate and TLS 1.2 or later',
    fix: 'Serve the API over HTTPS only (TLS 1.2 or 1.3), with a certificate from a recognised authority for the public host name; port 80 refuses connections or redirects (301/308) to https://.',
    messages: {
      plainHttpBase:
        'The base URL "{url}" is plain HTTP: TLS, certificate and the HTTP → HTTPS redirect could not be checked. Probe the public https:// sandbox before asking to join.',
      handshake: 'The TLS handshake with "{url}" failed: {detail}. The bouquet requires TLS 1.2 or later.',
      oldProtocol: '"{url}" negotiates {protocol}: the bouquet requires TLS 1.2 or later.',
      certificate: 'The certificate of "{url}" is not valid ({detail}): the bouquet will refuse the connection.',
      plainHttpServed: '"{url}" answers {status} over plain HTTP instead of refusing the connection or redirecting to https://.',
    },
  },
  'bouquet-live-hsts': {
    title: 'Strict-Transport-Security header',
    fix: 'Add to every response:\n```\nStrict-Transport-Security: max-age=31536000; includeSubDomains\n```',
    messages: {
      missing: 'The {status} response of "{operation}" has no "Strict-Transport-Security" header.',
      noMaxAge: 'The header "Strict-Transport-Security: {value}" of "{operation}" has no positive "max-age".',
    },
  },
  'bouquet-live-cors': {
    title: 'No open CORS on authenticated data',
    fix: 'The bouquets call the API server to server: remove "Access-Control-Allow-Origin" from authenticated routes (or restrict it to a closed list of known origins), and never echo the received origin back.',
    messages: {
      wildcard: 'The authenticated response of "{operation}" carries "Access-Control-Allow-Origin: {value}": any web site can read this data from a browser.',
      reflected: 'The authenticated response of "{operation}" echoes the received origin ("{origin}") in "Access-Control-Allow-Origin": every site is allowed.',
      'preflight.wildcard': 'The CORS preflight (OPTIONS) of "{operation}" allows every origin ("Access-Control-Allow-Origin: {value}").',
      'preflight.reflected': 'The CORS preflight (OPTIONS) of "{operation}" allows an arbitrary origin ("{origin}") by echoing it back.',
    },
  },
  'bouquet-live-auth': {
    title: 'No credential or a wrong one: 401',
    fix: 'Without a credential, or with an invalid or expired one, answer 401 with a JSON error body, before anything else; keep 403 for a valid credential without rights on the data:\n```json\n{"errors": [{"code": "00101", "title": "Non authentifié", "detail": "Votre jeton est absent, invalide ou expiré."}]}\n```',
    messages: {
      noCredentialAccepted: 'Without a credential, "{operation}" answers {status} and serves the data: the route is not protected.',
      noCredentialForbidden: 'Without a credential, "{operation}" answers 403 instead of 401: 403 means "authenticated but not allowed".',
      noCredentialStatus: 'Without a credential, "{operation}" answers {status} instead of 401.',
      wrongCredentialAccepted: 'With a wrong credential, "{operation}" answers {status}: the credential is not verified.',
      wrongCredentialForbidden: 'With a wrong credential, "{operation}" answers 403 instead of 401: an invalid credential is a lack of authentication, not a lack of rights.',
      wrongCredentialStatus: 'With a wrong credential, "{operation}" answers {status} instead of 401.',
      noErrorBody: 'Without a credential, "{operation}" does answer 401, but without a readable JSON error body.',
    },
  },
  'bouquet-live-not-found': {
    title: 'Unknown identifier: 404 with an error body',
    fix: 'For a well-formed identifier absent from your data, answer 404 with a JSON error body in the documented format:\n```json\n{"errors": [{"code": "00404", "title": "Entité non trouvée", "detail": "Aucune entreprise n\'est connue sous ce numéro."}]}\n```',
    messages: {
      status: 'With the unknown identifier "{param}" = "{value}", "{operation}" answers {status} instead of 404.',
      noErrorBody: 'With the unknown identifier "{param}" = "{value}", "{operation}" does answer 404, but without a readable JSON error body.',
    },
  },
  'bouquet-live-not-found-distinct': {
    title: 'Not found distinct from other answers',
    fix: 'Tell "not found" (404) apart from success (200) and from an invalid parameter (400/422): the bouquet turns the 404 into a "not found" error for its users; an empty 200 would look like an entity without data.',
    messages: {
      success: 'With the unknown identifier "{param}" = "{value}", "{operation}" answers {status} as if the entity existed, instead of 404.',
      paramError: 'With the well-formed but unknown identifier "{param}" = "{value}", "{operation}" answers {status} (invalid parameter) instead of 404.',
      serverError: 'With the well-formed but unknown identifier "{param}" = "{value}", "{operation}" answers {status} (server error) instead of 404.',
    },
  },
  'bouquet-live-malformed': {
    title: 'Malformed identifier: 400 or 422',
    fix: 'Check the format of every identifier (pattern, and check digit: Luhn for SIREN and SIRET...) before querying your data, and answer 400 or 422 with an error body naming the parameter:\n```json\n{"errors": [{"code": "00301", "title": "Paramètre invalide", "detail": "Le numéro SIREN n\'est pas valide.", "source": {"parameter": "siren"}}]}\n```',
    messages: {
      formatAccepted: 'With a malformed "{param}" ("{value}"), "{operation}" answers {status} as if the value were valid, instead of 400 or 422.',
      formatStatus: 'With a malformed "{param}" ("{value}"), "{operation}" answers {status} instead of 400 or 422.',
      checksumAccepted: 'With "{param}" = "{value}", whose check digit is wrong, "{operation}" answers {status}: the check digit is not verified.',
      checksumStatus: 'With "{param}" = "{value}", whose check digit is wrong, "{operation}" answers {status} instead of 400 or 422.',
      noErrorBody: 'With a malformed "{param}" ("{value}"), "{operation}" answers {status}, but without a readable JSON error body.',
    },
  },
  'bouquet-live-method': {
    title: 'Unsupported method: 405',
    fix: 'Answer 405 (with an "Allow: GET" header) to the methods the route does not document.',
    messages: {
      accepted: '"{method}" on "{operation}", a route documented for GET only, answers {status}: the method is accepted.',
      status: '"{method}" on "{operation}", a route documented for GET only, answers {status} instead of 405.',
    },
  },
  'bouquet-live-case': {
    title: 'Test cases replayed against the sandbox',
    fix: 'Bring the sandbox and the test cases into line: each case must get the status it declares, a body valid against the documented schema and, when it gives one, exactly the declared payload.',
    messages: {
      status: 'Case "{file}" declares status {expected}, the sandbox answers {status}.',
      notJson: 'Case "{file}": the {status} response is not readable JSON.',
      schema: 'Case "{file}": the response does not match the documented schema ({detail}).',
      payload: 'Case "{file}": the response differs from the declared payload, from "{at}" on.',
    },
  },
  'bouquet-live-status': {
    title: 'Documented statuses, successful nominal call',
    fix: 'The nominal call (example parameters, valid credential) must answer 200 with the documented content type; every status returned must be among the operation\'s "responses".',
    messages: {
      nominalStatus: 'The nominal call of "{operation}" (the spec\'s example values) answers {status} instead of 200.',
      undocumented: '"{operation}" answers {status} ({kind}), a status missing from its "responses".',
      contentType: 'The nominal call of "{operation}" answers with content type "{contentType}", not documented for status {status}.',
    },
  },
  'bouquet-live-schema': {
    title: 'Response body valid against the documented schema',
    fix: 'Make the response match the schema documented for its status (types, required properties, patterns, formats): the bouquet rebuilds its answer from this contract.',
    messages: {
      invalid: 'The {status} response of "{operation}" ({kind}) does not match the documented schema: {detail}.',
      notJson: 'The {status} response of "{operation}" ({kind}) is not readable JSON.',
      tooLarge: 'The {status} response of "{operation}" ({kind}) exceeds 5 MB once decompressed: the probe cut it.',
      'error.type': '"{at}" should be of type {expected}',
      'error.required': 'the required property "{property}" is missing from "{at}"',
      'error.additional': '"{at}" holds the undocumented property "{property}"',
      'error.enum': '"{at}" is not one of the allowed values ({allowed})',
      'error.pattern': '"{at}" does not match the pattern "{pattern}"',
      'error.format': '"{at}" is not in the "{format}" format',
      'error.other': '"{at}" breaks the "{keyword}" constraint',
    },
  },
  'bouquet-live-headers': {
    title: 'Documented headers and content type present',
    fix: 'Return on every response the headers the spec documents for its status (e.g. "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Request-ID") and the documented content type.',
    messages: {
      missing: 'The {status} response of "{operation}" ({kind}) lacks the documented headers "{headers}".',
      contentType: 'The {status} response of "{operation}" ({kind}) has content type "{contentType}", which is not documented.',
    },
  },
  'bouquet-live-leak': {
    title: 'No internal detail in errors',
    fix: 'Return generic errors in the documented format; keep traces, exceptions, SQL, internal paths and host names in your logs. Remove version banners ("X-Powered-By", "Server: Apache/2.4.x").',
    messages: {
      stack: 'The {status} response of "{operation}" holds a stack trace ("{snippet}").',
      exception: 'The {status} response of "{operation}" names an exception class ("{snippet}").',
      sql: 'The {status} response of "{operation}" holds SQL or a database error ("{snippet}").',
      path: 'The {status} response of "{operation}" reveals a server file path ("{snippet}").',
      host: 'The {status} response of "{operation}" reveals an internal host or address ("{snippet}").',
      banner: 'The {status} response of "{operation}" shows a server software banner ("{snippet}").',
      bannerHeader: 'The {status} response of "{operation}" announces its server software in the header "{header}: {value}".',
    },
  },
  'bouquet-live-latency': {
    title: 'Response time',
    fix: 'The bouquet cuts the call to the producer after 10 s (a 504 error for its users): every call must answer well before, and 95 % of nominal calls in under 1 s. Cache, index, or move slow work out of the request.',
    messages: {
      timeout: '"{operation}" did not answer completely within {timeout}: beyond 10 s the bouquet gives up. A call cut by --timeout counts as too slow.',
      overCutoff: '"{operation}" answered in {latency} ms, beyond the bouquet\'s {cutoff} ms limit.',
      p95: 'The 95th percentile of nominal calls is {p95} ms (target: at most {target} ms); the slowest: "{operation}" in {latency} ms.',
    },
  },
  'bouquet-live-5xx': {
    title: 'No 5xx errors',
    fix: 'No probe call may cause a server error: handle unknown and malformed identifiers and invalid credentials before querying your systems.',
    messages: {
      serverError: '"{operation}" answers {status} ({kind}).',
    },
  },
  'bouquet-live-unreachable': {
    title: 'A complete answer to every call',
    fix: 'Every call must get a complete, readable HTTP response: a dropped connection or an unreadable answer becomes a 502 error for the bouquet\'s users.',
    messages: {
      reset: 'The connection was dropped during "{operation}" ({detail}).',
      refused: 'The connection was refused during "{operation}" ({detail}).',
      tls: 'The TLS connection failed during "{operation}" ({detail}).',
      decode: 'The response of "{operation}" is unreadable: its compression is invalid ({detail}).',
      other: '"{operation}" got no usable answer ({detail}).',
    },
  },
  'bouquet-live-redirect': {
    title: 'No redirect out of the API or in a loop',
    fix: 'Serve the documented routes directly at the documented URL; a redirect to another host, in a loop or in a long chain is not followed by the bouquet.',
    messages: {
      'redirect-off-origin': '"{operation}" redirects to another origin ({detail}): the probe does not follow it, so as never to send the credential there.',
      'redirect-loop': '"{operation}" redirects in a loop (back to "{detail}").',
      'too-many-redirects': '"{operation}" chains more than {detail} redirects.',
    },
  },
};
