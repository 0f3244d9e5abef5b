/** Bounds on what the probe sends: a request budget (--max-requests) and a pace (--rate). */
import { setTimeout as sleep } from 'node:timers/promises';

/** Never more than `limit` requests in a run, redirects included. */
export class RequestBudget {
  private used = 0;
  constructor(readonly limit: number) {}
  take(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }
}

/** A token bucket holding one token, refilled `rate` times per second: requests start at most `rate` per second. */
export class TokenBucket {
  private next = 0;
  constructor(private readonly rate: number) {}
  async take(): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.rate;
    if (at > now) await sleep(at - now);
  }
}
