import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {};
