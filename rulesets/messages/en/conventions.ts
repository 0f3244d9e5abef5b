/** Convention texts (CONVENTIONS.md) in English: title and rationale, by ID. */
import type { ConventionTexts } from '../types.js';

export const conventions: Record<string, ConventionTexts> = {
  'DOC-01': {
    title: 'The document is OpenAPI 3.0.x or 3.1.x',
    why: 'Both bouquet specifications are OpenAPI 3.0: a Swagger 2.0 document must be migrated before integration (one DGFiP producer spec still is).',
  },
  'DOC-02': {
    title: 'The document is structurally valid OpenAPI and every `$ref` resolves',
    why: 'Integration rests on the contract, and an invalid document cannot be read reliably by tools. These defects are common, even in the bouquets’ own specs: `type: date` in AE-OAS (use `type: string` + `format: date`), `in`/`name` on an `http` security scheme in AE-OAS and AP-OAS, a parameter without `schema` at CVEC.',
  },
  'DOC-03': {
    title: '`info` has `title`, `version`, `description` and a `contact` with an `email`',
    why: 'Level-1 support is handed to DINUM, which must be able to reach the producer. Title, version and description identify the contract being integrated.',
  },
  'DOC-04': {
    title: '`info.termsOfService` (CGU) and a `license` or usage terms are given',
    why: 'Terms of service and usage terms frame how the bouquet and its users may access the data: they should be reachable from the contract.',
  },
  'DOC-05': {
    title: 'Every operation has a `summary` and a `description`; every parameter has a `description`',
    why: 'These texts are what DINUM’s teams rely on to understand each call and each parameter; without them, integration goes through back-and-forth with the producer.',
  },
  'DOC-06': {
    title: 'Every parameter and response property has an example, and every property a `description`',
    why: 'Examples and descriptions let the bouquet format be rebuilt without guessing what fields mean. AE-OAS gives a `title`, a `description` and an `example` on nearly every field.',
  },
  'DOC-07': {
    title: 'Every example validates against its own schema',
    why: 'An example that contradicts its schema (type, pattern, enum, format, required) misleads whoever relies on it to integrate or test. Real defect: in AE-OAS, `code_APRM` has pattern `^\\d{4}[A-Z]{2}$` and example `6202A`.',
  },
  'DOC-08': {
    title: 'Every operation has a unique `operationId`; tags are used consistently',
    why: 'The `operationId` is an operation’s stable name (client generation, monitoring, exchanges with DINUM); consistent tags make the document readable.',
  },
  'DOC-09': {
    title: 'No unused components and no duplicated inline schemas that should be shared',
    why: 'Orphan components and copy-pasted schemas drift apart over time and blur the contract; a shared schema guarantees that one object has one shape everywhere.',
  },

  'SRV-01': {
    title: '`servers` is declared, `https://` only, with no private, loopback or placeholder host',
    why: 'The platform must be able to reach the declared URL over an encrypted channel: an `http://` URL, a private or loopback address (10/8, 172.16/12, 192.168/16, 127/8, localhost) or a placeholder host (`to-be-defined`, `example.com`, `xxx`) is unusable. Real defects: MEN `https://to-be-defined/...`, MESRI private IPs and `http`.',
  },
  'SRV-02': {
    title: 'A sandbox server with fictitious data is declared beside production',
    why: 'A sandbox lets the integration be tested without touching real data; it is recommendation 5 of the DINUM API doctrine. Its description or URL says so (sandbox, bac à sable, staging, recette, qualification).',
  },
  'SRV-03': {
    title: 'The major version is in the path (`/v1/...`), in the server URL or in the paths',
    why: 'As in the bouquets (`/v3/`, `/v4/`), any breaking change means a new major version, visible in the path: the platform thus keeps the version it integrated.',
  },
  'SRV-04': {
    title: 'The base URL answers over HTTPS with a valid certificate and TLS ≥ 1.2; plain HTTP is refused or redirected',
    why: 'The data exchanged concerns companies, associations and individuals: it travels only over an encrypted, authenticated channel. This check covers the real service, where SRV-01 covers the document.',
  },
  'SRV-05': {
    title: 'Responses carry the `Strict-Transport-Security` header',
    why: 'HSTS makes clients stick to HTTPS on later calls and prevents any downgrade to plain HTTP.',
  },
  'SRV-06': {
    title: 'No browser-open CORS (`Access-Control-Allow-Origin: *`) on authenticated data',
    why: 'The bouquets refuse CORS: calls are server to server (AE-DOC, “prérequis techniques”). An `Access-Control-Allow-Origin: *`, documented or returned on an authenticated response, makes the data readable from any web page.',
  },

  'AUTH-01': {
    title: '`securitySchemes` are declared and every data operation is secured',
    why: 'Data is only for authorised callers: only a health or ping operation may stay public. Real defect: the MEN spec declares no security scheme at all.',
  },
  'AUTH-02': {
    title: 'Credentials travel in a header, never in a query parameter or a cookie',
    why: 'A token in the URL ends up in logs; that is why API Particulier v3 moved the token to a header (migration guide, AP-DOC). Accepted: `http` bearer (JWT or opaque), OAuth2 client credentials, or `apiKey` in a header.',
  },
  'AUTH-03': {
    title: 'No OAuth2 `implicit` or `password` flow',
    why: 'These flows, discouraged by OAuth 2.0 security best practice, expose the token to the browser (`implicit`) or the password to the client (`password`); the platform’s calls are server to server.',
  },
  'AUTH-04': {
    title: 'Prefer `http` bearer or OAuth2 client credentials over an `apiKey` header',
    why: 'The bouquets use `Authorization: Bearer <JWT>` and DGFiP producers OAuth2 client credentials: these are the schemes the platform already practises. An `apiKey` in a header is accepted, with this warning.',
  },
  'AUTH-05': {
    title: 'Every secured operation documents `401` with an error body, and `403` where scopes exist',
    why: 'The platform must tell a missing or bad credential (401) from insufficient rights (403) to return the right error to the caller. Real defect: DSNJ answers 403 for a bad key.',
  },
  'AUTH-06': {
    title: 'OAuth2 scopes are declared per operation and aligned with response sub-objects',
    why: 'API Particulier masks response keys according to the caller’s scopes (data minimisation): scopes aligned with sub-objects carry that principle through to the producer.',
  },
  'AUTH-07': {
    title: 'With no credential, or a well-formed but wrong one, the service answers 401 with an error body',
    why: 'Checked on the real service: a missing or wrong credential must yield 401, never 200 (data would be served unchecked), never 5xx. It is the proof that access is really controlled.',
  },

  'ID-01': {
    title: 'Identifiers are `type: string`, never `integer` or `number`',
    why: 'A numeric identifier loses its leading zeros: SIREN `005572466`, IDCC `0573`, postcode `01000`. Real defects: `numero_idcc` is a number in AE-OAS; `codePostal` and `numeroAllocataire` are `type: number, format: string` in API Particulier v2.',
  },
  'ID-02': {
    title: 'Identifier parameters constrain their format with a `pattern` (or an `enum`)',
    why: 'A declared pattern documents the expected format and lets a malformed value be rejected before any processing. Real defect: every AE-OAS `siren`/`siret` path parameter is a bare string. For identifier response properties, it is a recommendation.',
  },
  'ID-03': {
    title: 'The declared pattern is right: it accepts canonical valid values and rejects malformed ones',
    why: 'A wrong pattern refuses legitimate values or lets invalid ones through, misleading integrators and checks alike. For instance, a SIREN pattern that accepts `13002526` or `13002526A`, or rejects `005572466`, is wrong.',
  },
  'ID-04': {
    title: 'Identifier examples pass their check algorithm (Luhn, TVA key, NIR key…)',
    why: 'An example with a wrong check digit is rejected by any validation and cannot be used for testing. Real defects: `12345678900001`, `123456789`, `751080001` in AE-OAS; `telephone2` `1122334455` in AP-OAS. Examples of error responses and examples explicitly marked as error test cases are exempt.',
  },
  'ID-05': {
    title: 'Entreprise: resources are addressed by identifier in the path, with the bouquet’s nouns',
    why: 'Reusing `/unites_legales/{siren}`, `/etablissements/{siret}`, `/associations/{siren_or_rna}` makes the mapping to the API Entreprise façade immediate.',
  },
  'ID-06': {
    title: 'Particulier: the NIR is neither a parameter nor a response field, unless legally justified (`x-bouquet-nir`)',
    why: 'Use of the NIR (social security number) is restricted by décret 2019-341, and neither bouquet uses it. An operation that handles it must carry its legal justification in the `x-bouquet-nir` extension.',
  },
  'ID-07': {
    title: 'Particulier: identity lookups accept the pivot identity (API Particulier names or FranceConnect claims)',
    why: 'API Particulier queries producers with the pivot identity, under its own names (`nomNaissance`, `prenoms[]`, `sexeEtatCivil` `M`/`F`, COG birth codes…) or as FranceConnect claims (`family_name`, `given_name`, `birthdate`, `gender` `male`/`female`…). Sex coded `1`/`2` (real defect: MEN) or as free text is a violation.',
  },
  'ID-08': {
    title: 'Particulier: personal identity data is not carried in path segments',
    why: 'Paths are logged by every proxy on the way: personal data placed in the path ends up in those logs.',
  },
  'ID-09': {
    title: 'Dates are `type: string` with `format: date` (YYYY-MM-DD) or `date-time`',
    why: 'One standard format avoids ambiguous conversions: no integer timestamps, no `DD/MM/YYYY` patterns.',
  },

  'ERR-01': {
    title: 'Every data operation documents 400 or 422, 401, 404 and at least one 5xx',
    why: 'The platform must know the possible errors in advance to translate them into the bouquet format. The bouquets declare 401, 403, 404, 409, 422, 429, 502 and 504 on nearly every operation; 429 is recommended.',
  },
  'ERR-02': {
    title: 'Every 4xx or 5xx response has a JSON body with a schema',
    why: 'An empty error body says nothing about what happened and cannot be translated into a bouquet error. Real defect: MEN’s 401 and 403 have no body.',
  },
  'ERR-03': {
    title: 'Error bodies are machine-readable with a stable code (bouquet form or RFC 9457)',
    why: 'The platform maps each producer error to a bouquet error through a stable code, not a message. Accepted forms: `{errors: [{code, title, detail, source?, meta?}]}` with a string code, or RFC 9457 problem details (`application/problem+json`, `type`, `title`, integer `status`, `detail`); a bare array, a lone `{message}` or a textual `status` (`BAD_REQUEST`) will not do.',
  },
  'ERR-04': {
    title: 'Errors follow the bouquet form: string codes, `title` and `detail` in French',
    why: 'It is the preferred form, required by the strict profile: it makes the producer’s errors identical to the façade’s.',
  },
  'ERR-05': {
    title: 'Not found is distinct: a 404 with its own example, never a 400, a 500 or an empty 200',
    why: 'The bouquet maps “not found” to `PP003`: it must tell it apart, unambiguously, from a parameter error or an outage. A not-found folded into a 400 or a 500, or returned as a 200 with an empty or “not found” body, distorts the answer given to the caller.',
  },
  'ERR-06': {
    title: 'Parameter errors say which parameter is wrong',
    why: 'The caller fixes the request without guessing: `source.parameter` in the bouquet form, an `invalid-params` or `errors` member in problem details.',
  },
  'ERR-07': {
    title: '429 documents `Retry-After`, and so does 503 where maintenance is planned',
    why: '`Retry-After` tells the platform when to retry, instead of piling calls onto a saturated service or one under maintenance.',
  },
  'ERR-08': {
    title: 'Error bodies leak nothing internal (stack trace, exception class, SQL, path, host…)',
    why: 'A stack trace, exception class, SQL query, file path, internal host name or framework banner tells an attacker about the system and is of no help to the caller.',
  },

  'DATA-01': {
    title: 'Responses are `application/json`; a PDF is a URL with expiry or a declared `application/pdf`',
    why: 'The platform rebuilds the bouquet format from JSON; a `+json` type is accepted with a warning, and charset parameters must be valid (real defect: DSNJ `application/json; chasert=utf-8`). Documents follow the bouquets’ model (`document_url`, `expires_in`) or are a declared `application/pdf` response.',
  },
  'DATA-02': {
    title: 'One casing per API for response keys (snake_case preferred) and for parameters',
    why: 'A uniform casing avoids mapping mistakes; the bouquets chose snake_case in v3 (3 exceptions in 2 MB of AE-OAS). Query parameters use one casing (snake_case for AE, lowerCamelCase for AP); kebab-case (real defect: MEN `date-naissance`, `info-scolarite`) is discouraged.',
  },
  'DATA-03': {
    title: 'The success body is a JSON object, not a bare array',
    why: 'An object leaves room for metadata, which can be added later without a breaking change.',
  },
  'DATA-04': {
    title: 'Response objects list `required` and set `additionalProperties: false`; unknown values are `null`',
    why: 'A closed contract exposes any gap between documentation and responses. An unknown value is `null` (declared `nullable`) rather than a missing key, so that the response keeps a stable shape.',
  },
  'DATA-05': {
    title: 'Strict profile: success envelope `{data, links, meta}`, with all three required',
    why: 'It is the bouquets’ v3 envelope: a producer that adopts it, for each collection item too, is identical to the façade. Optional in the standard profile, required in the strict profile.',
  },
  'DATA-06': {
    title: 'Lookups use `GET`',
    why: 'A lookup changes nothing, and `GET` says so explicitly. `POST` is accepted for a lookup only when its body carries personal data (reported as info).',
  },
  'DATA-07': {
    title: 'Particulier: status booleans are prefixed `est_`, rights periods are `date_debut_droit`/`date_fin_droit`',
    why: 'These are the API Particulier bouquet’s naming conventions: reusing them makes the mapping immediate.',
  },
  'DATA-08': {
    title: 'A nominal call answers 200 with the documented content type and a body valid against the schema',
    why: 'The platform relies on the contract to rebuild the bouquet format: any gap between the real response and the documentation breaks the integration. Every documented status and header must hold, and an undocumented status code is a violation.',
  },

  'QOS-01': {
    title: 'Rate limits are documented: `RateLimit-Limit`, `-Remaining` and `-Reset` headers on 200',
    why: 'As in AE-OAS, these headers let the platform pace its calls before hitting the limit.',
  },
  'QOS-02': {
    title: 'A cheap health endpoint (`/ping`, `/health`, `/status`…) is documented',
    why: 'The bouquets monitor every provider through ping routes. This endpoint may be public: it is not a data operation, so AUTH-01 and ERR-01 do not apply to it.',
  },
  'QOS-03': {
    title: 'Service levels are published: availability, response time, quotas',
    why: 'The bouquet’s quality depends on each producer’s; the api.gouv.fr guide targets 99.9% availability and responses under 50 ms. Declare them in `info.description` or in an `x-sla` extension.',
  },
  'QOS-04': {
    title: 'A correlation header (`X-Request-ID` or `X-Correlation-ID`) is accepted and echoed',
    why: 'The bouquets return `X-Request-ID` on every response: a shared identifier lets a call be followed end to end, from platform to producer, during an incident.',
  },
  'QOS-05': {
    title: 'Maintenance windows are declared (`x-maintenances: [{from_hour, to_hour}]`)',
    why: 'As in AE-OAS, the platform can then anticipate planned downtime instead of treating it as an outage.',
  },
  'QOS-06': {
    title: 'Deprecated operations carry `deprecated: true` with a sunset date or a successor',
    why: 'The DINUM API doctrine provides for 6 to 12 months of coexistence: the platform must know when, and to what, to migrate.',
  },
  'QOS-07': {
    title: 'Every probed call answers within the bouquet’s 10 s cut-off (p95 ≤ 1 s recommended)',
    why: 'Beyond 10 s the bouquet gives up on the call and returns 504 `PP002`. On nominal calls, a p95 of 1 s or less is recommended; the report gives p50, p95 and max.',
  },
  'QOS-08': {
    title: 'No probe triggers a 5xx response',
    why: 'A server error, even on a malformed call or one for unknown data, reveals a robustness defect: every request must get a controlled answer.',
  },

  'TRACE-01': {
    title: 'Entreprise: the API can receive the caller’s traceability data (`recipient`, `context`, `object`)',
    why: 'The bouquets require `recipient` (SIRET of the public body), `context` and `object` on every call; the producer documents how it receives them (query parameters or headers).',
  },

  'CASE-01': {
    title: 'Test-case files are well-formed and their `payload` validates against the documented schema',
    why: 'Test cases feed the bouquets’ sandbox: each has `params`, `status`, `payload` and `description`, a status among 200/400/403/404/409/422/429/500/502/503/504, a JSON `payload` valid for its path and status, and `params` unique within its folder.',
  },
  'CASE-02': {
    title: 'At least one nominal (200) and one not-found (404) case per operation',
    why: 'The sandbox must let both the normal path and the no-result case be tested. Particulier identity routes should also cover the bouquet’s limit cases: born abroad, typo, too little data.',
  },
  'CASE-03': {
    title: 'No real personal data in test cases',
    why: 'Test cases are public: no value may pass the NIR check key, and identifiers of persons must be visibly fictitious.',
  },
  'CASE-04': {
    title: 'Replayed against the producer’s sandbox, test cases return their declared status and body',
    why: 'A sandbox is only useful if it keeps its word: each case returns its declared status, a body valid against the schema and, where given, the declared payload.',
  },

  'LIVE-01': {
    title: 'A malformed identifier (pattern or check digit) yields 400 or 422 with an error body',
    why: 'Never 200, never 5xx: the platform must tell a caller’s input error from a result or an outage.',
  },
  'LIVE-02': {
    title: 'A well-formed but unknown identifier (e.g. SIREN `000000000`) yields 404 with an error body',
    why: 'Checks on the real service that not-found is indeed distinct (ERR-05): the bouquet maps it to `PP003`.',
  },
  'LIVE-03': {
    title: 'An unsupported method on a documented path yields 405 (or 404), never 200 or 5xx',
    why: 'A service that accepts any method, or falls over with a server error, exposes a surface the contract does not describe.',
  },
  'LIVE-04': {
    title: 'Every response carries the documented headers and content type',
    why: 'Rate-limit and correlation headers are only useful if they are really there: the platform relies on them to pace its calls and trace requests.',
  },
};
