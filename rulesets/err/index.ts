import type { Rule } from '../../src/lint/rule.js';
import statusesDocumented from './statuses-documented.js';
import rateLimitDocumented from './rate-limit-documented.js';
import errorBody from './error-body.js';
import errorFormat from './error-format.js';
import bouquetForm from './bouquet-form.js';
import notFoundDistinct from './not-found-distinct.js';
import parameterSource from './parameter-source.js';
import retryAfter from './retry-after.js';

export const rules: Rule[] = [statusesDocumented, rateLimitDocumented, errorBody, errorFormat, bouquetForm, notFoundDistinct, parameterSource, retryAfter];
