/** The bouquet ruleset: every static rule, by category. */
import type { Rule } from '../src/lint/rule.js';
import { rules as doc } from './doc/index.js';
import { rules as srv } from './srv/index.js';
import { rules as auth } from './auth/index.js';
import { rules as id } from './id/index.js';
import { rules as err } from './err/index.js';
import { rules as data } from './data/index.js';
import { rules as qos } from './qos/index.js';
import { rules as trace } from './trace/index.js';
import { rules as cases } from './case/index.js';
import { rules as examples } from './examples/index.js';

export const RULES: readonly Rule[] = [...doc, ...srv, ...auth, ...id, ...examples, ...err, ...data, ...qos, ...trace, ...cases];
