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
    },
  },
};
