import type { Rule } from '../../src/lint/rule.js';
import rateLimitHeaders from './rate-limit-headers.js';
import healthEndpoint from './health-endpoint.js';
import serviceLevels from './service-levels.js';
import correlationId from './correlation-id.js';
import maintenanceWindows from './maintenance-windows.js';
import deprecation from './deprecation.js';

export const rules: Rule[] = [rateLimitHeaders, healthEndpoint, serviceLevels, correlationId, maintenanceWindows, deprecation];
