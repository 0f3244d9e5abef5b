import type { Rule } from '../../src/lint/rule.js';
import serversHttps from './servers-https.js';
import sandboxServer from './sandbox-server.js';
import versionInPath from './version-in-path.js';
import versionInEveryPath from './version-in-every-path.js';
import noOpenCors from './no-open-cors.js';

export const rules: Rule[] = [serversHttps, sandboxServer, versionInPath, versionInEveryPath, noOpenCors];
