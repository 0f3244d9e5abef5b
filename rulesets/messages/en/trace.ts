import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-traceability-params': {
    title: 'Traceability data received',
    fix: "The bouquet sends on every call the SIRET of the recipient public body (`recipient`), the frame (`context`) and the purpose (`object`) of the request: document how you receive them, as query parameters or headers:\n```yaml\nparameters:\n  - name: recipient\n    in: query\n    required: true\n    description: SIRET of the public body receiving the data\n    schema:\n      type: string\n      pattern: '^\\d{14}$'\n  - name: context\n    in: query\n    required: true\n    description: Frame of the request (public aid, public procurement…)\n    schema:\n      type: string\n  - name: object\n    in: query\n    required: true\n    description: Reason for the call or procedure identifier\n    schema:\n      type: string\n```",
    messages: {
      nowhere: 'No operation receives the bouquet traceability data (recipient, context, object): document them as query parameters or headers.',
      missing: 'Operation {operation} does not receive {fields}, which the bouquet sends on every call for traceability.',
    },
  },
};
