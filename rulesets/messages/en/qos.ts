import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-rate-limit-headers': {
    title: 'Rate-limit headers on 200 responses',
    fix: "Document the `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers on every 200 response, as API Entreprise does:\n```yaml\nresponses:\n  '200':\n    description: Company found\n    headers:\n      RateLimit-Limit:\n        description: Requests allowed per window\n        schema:\n          type: integer\n      RateLimit-Remaining:\n        description: Requests left in the window\n        schema:\n          type: integer\n      RateLimit-Reset:\n        description: Seconds until the next window\n        schema:\n          type: integer\n```",
    messages: {
      nowhere: 'No 200 response documents rate limits: add the RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset headers.',
      missing: 'The 200 response of {operation} does not document {headers}, while other operations do.',
    },
  },
  'bouquet-health-endpoint': {
    title: 'Health route documented',
    fix: "Document a cheap health route, possibly public, that the platform can call to monitor the service:\n```yaml\npaths:\n  /ping:\n    get:\n      summary: Service status\n      description: Answers 200 when the service is up.\n      security: []\n      responses:\n        '200':\n          description: Service up\n```",
    messages: {
      noHealth: 'No health route is documented (/ping, /health, /healthz, /status, /sante, /etat): the bouquets monitor every provider through such a route.',
    },
  },
  'bouquet-service-levels': {
    title: 'Service levels published',
    fix: "Publish the service levels (availability, response time, quotas) in `info.description` or in an `x-sla` extension:\n```yaml\ninfo:\n  x-sla:\n    availability: 99.9 %\n    response_time_p95_ms: 500\n    quota: 50 requests per second\n```",
    messages: {
      noSla: 'Service levels are not published: give availability, response time and quotas in "info.description" or in "x-sla".',
    },
  },
  'bouquet-correlation-id': {
    title: 'Correlation header accepted and echoed',
    fix: "Accept an `X-Request-ID` (or `X-Correlation-ID`) header and echo it in responses, to follow a call end to end:\n```yaml\nparameters:\n  - name: X-Request-ID\n    in: header\n    required: false\n    description: Correlation id, echoed as is\n    schema:\n      type: string\nresponses:\n  '200':\n    headers:\n      X-Request-ID:\n        schema:\n          type: string\n```",
    messages: {
      notAccepted: 'No operation accepts a correlation header (X-Request-ID or X-Correlation-ID): declare it as a header parameter.',
      notAcceptedOp: 'Operation {operation} accepts no correlation header, unlike {example}.',
      notEchoed: 'No response echoes a correlation header (X-Request-ID or X-Correlation-ID): document it in the response headers.',
      notEchoedOp: 'Response {status} of {operation} does not echo the correlation header, unlike other responses.',
    },
  },
  'bouquet-maintenance-windows': {
    title: 'Maintenance windows declared',
    fix: "Declare the planned maintenance windows, as API Entreprise does:\n```yaml\nx-maintenances:\n  - from_hour: '22:00'\n    to_hour: '23:00'\n```",
    messages: {
      noMaintenances: 'No maintenance window is declared ("x-maintenances"): the platform cannot tell planned maintenance from an outage.',
    },
  },
  'bouquet-deprecation': {
    title: 'Deprecated operations flagged, with a sunset date or successor',
    fix: "Mark the operation `deprecated: true` and give its sunset date (`x-sunset` or a `Sunset` header) or the operation that replaces it (6 to 12 months of coexistence, DINUM doctrine):\n```yaml\nget:\n  deprecated: true\n  x-sunset: '2026-06-30'\n  description: Replaced by /v2/eleves; service ends on 30 June 2026.\n```",
    messages: {
      noSunset: 'Operation {operation} is deprecated with no sunset date and no successor: give "x-sunset", a "Sunset" header or the operation that replaces it.',
      notMarked: 'The description of operation {operation} says it is deprecated, but it is not marked "deprecated: true".',
    },
  },
};
