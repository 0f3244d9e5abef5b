import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-servers-https': {
    title: 'Servers declared, over HTTPS, on a public host',
    fix: 'Declare the real servers, with `https://` and their public host name (no private IP, no localhost, no placeholder host):\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n    description: Production\n  - url: https://sandbox.api.ministere.gouv.fr/scolarite/v1\n    description: Sandbox (fictitious data)\n```',
    messages: {
      noServers: 'No server is declared ("servers"): give the HTTPS URL of production and of the sandbox.',
      relative: 'Server URL "{url}" is relative: give an absolute https:// URL.',
      invalid: 'Server URL "{url}" is not a valid URL.',
      notHttps: 'Server URL "{url}" is not HTTPS: the bouquets only call https:// APIs.',
      private: 'Server URL "{url}" names a private or local address ({host}): the bouquet cannot reach it.',
      placeholder: 'Server URL "{url}" has a placeholder host ({host}): give the real host name.',
      variable_relative: 'Value "{value}" of server variable "{variable}" gives a relative URL ("{url}"): give an absolute https:// URL.',
      variable_invalid: 'Value "{value}" of server variable "{variable}" gives an invalid URL ("{url}").',
      variable_notHttps: 'Value "{value}" of server variable "{variable}" gives a URL that is not HTTPS ("{url}"): remove it.',
      variable_private: 'Value "{value}" of server variable "{variable}" names a private or local address ({host}): the bouquet cannot reach it; remove it.',
      variable_placeholder: 'Value "{value}" of server variable "{variable}" has a placeholder host ({host}): give the real host name.',
    },
  },
  'bouquet-sandbox-server': {
    title: 'A sandbox declared beside production',
    fix: "Declare, beside production, a sandbox server with fictitious data, and say so in its description or URL (DINUM API doctrine, recommendation 5):\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n    description: Production\n  - url: https://sandbox.api.ministere.gouv.fr/scolarite/v1\n    description: Sandbox (fictitious data)\n```",
    messages: {
      noSandbox:
        'No declared server is a sandbox: add a server with fictitious data whose URL or description says so (sandbox, bac à sable, staging, recette, qualification).',
    },
  },
  'bouquet-version-in-path': {
    title: 'Major version in the path',
    fix: "Put the major version in the server URL (or at the start of every path); any breaking change then gets a new version:\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n```",
    messages: {
      noVersionServer: 'Neither server URL "{url}" nor the paths (e.g. "{path}") carry a major version: add "/v1" to the server URL.',
      fewVersionedServer:
        'Neither server URL "{url}" nor most paths ({count} of {total}, e.g. "{path}") carry a major version: a version on a few paths ("{versioned}") does not version the API; add "/v1" to the server URL.',
      fewVersioned:
        'Most paths ({count} of {total}, e.g. "{path}") carry no major version: a version on a few paths ("{versioned}") does not version the API; prefix every path with "/v1", or declare a server whose URL ends with "/v1".',
      noVersion: 'No path (e.g. "{path}") carries a major version: prefix the paths with "/v1", or declare a server whose URL ends with "/v1".',
    },
  },
  'bouquet-version-in-every-path': {
    title: 'Major version in every path',
    fix: "Version this path too, like the others:\n```yaml\npaths:\n  /v1/privileges:\n    get: …\n```",
    messages: {
      unversionedPath: 'Path "{path}" carries no major version while the other paths do (e.g. "{example}"): version it too.',
    },
  },
  'bouquet-no-open-cors': {
    title: 'No CORS open to everyone',
    fix: "Calls are server to server: do not document an `Access-Control-Allow-Origin: *` header; remove it, or restrict it to named origins on public routes:\n```yaml\nheaders:\n  X-Request-ID:\n    schema:\n      type: string\n```",
    messages: {
      wildcard: 'Response {status} of {operation} documents "{header}: *": authenticated data would be readable from any web page; remove this header.',
    },
  },
};
