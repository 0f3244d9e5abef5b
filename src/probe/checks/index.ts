/** The live checks, in the order they look at each call: transport first, then status, then body and headers. */
import { auth } from './auth.js';
import { bodySchema } from './body-schema.js';
import { caseReplay } from './case-replay.js';
import type { LiveCheck } from './check.js';
import { cors } from './cors.js';
import { headers } from './headers.js';
import { hsts } from './hsts.js';
import { latency } from './latency.js';
import { leak } from './leak.js';
import { malformed } from './malformed.js';
import { method } from './method.js';
import { notFound } from './not-found.js';
import { notFoundDistinct } from './not-found-distinct.js';
import { redirect } from './redirect.js';
import { serverError } from './server-error.js';
import { status } from './status.js';
import { tls } from './tls.js';
import { unreachable } from './unreachable.js';

export const CHECKS: readonly LiveCheck[] = [
  unreachable,
  redirect,
  latency,
  serverError,
  auth,
  notFoundDistinct,
  notFound,
  malformed,
  method,
  caseReplay,
  status,
  bodySchema,
  headers,
  leak,
  cors,
  hsts,
  tls,
];

export type { CheckContext, LiveCheck } from './check.js';
