/**
 * Build step (`npm run build`): writes `dist/rulesets/spectral/rules.json`, the list of the rules the
 * Spectral ruleset exports (id, convention, given, severity, description), which
 * `rulesets/spectral/ruleset.cjs` reads synchronously when Spectral loads it. Never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportedRules } from '../src/spectral/functions.js';

const target = fileURLToPath(new URL('../rulesets/spectral/rules.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../rulesets/spectral/', import.meta.url)), { recursive: true });
writeFileSync(target, JSON.stringify(exportedRules(), null, 2) + '\n');
