/**
 * Fair throttling of password guesses: growing delays instead of a lock anyone can trigger.
 *
 * Every failed login counts against three keys, each with its own free allowance and delay:
 * - `acct-addr:EMAIL|IP` — this account from this address: after 5 failures the next attempt
 *   waits 1 s, then 2, 4, … up to 15 minutes. Guessing from one place is slow; the owner at
 *   another address is not affected.
 * - `addr:IP` — this address, any account (password spraying): after 20 failures, 1 s … 1 h.
 * - `acct:EMAIL` — this account from anywhere (a distributed guess): after 50 failures,
 *   1 s … 5 minutes. The owner feels this only under a large attack, and never for long.
 * A changed password is guessed through the password change too: `pwchange:ACCOUNT` after 5
 * failures, 1 s … 15 minutes.
 *
 * Keys are counted whether the account exists or not (so the answer tells nothing), in the
 * database with one atomic upsert per failure (concurrent requests, and several service
 * processes on one PostgreSQL, count every failure once). A key forgets its failures an hour
 * after the last one; a successful login clears its `acct-addr` key.
 */
import { inArray, lt, sql } from 'drizzle-orm';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { authThrottle } from '../store/schema.js';

export interface ThrottleRule {
  /** Failures before any delay. */
  free: number;
  /** The longest delay, in seconds. */
  maxDelaySeconds: number;
}

export const RULES = {
  'acct-addr': { free: 5, maxDelaySeconds: 15 * 60 },
  addr: { free: 20, maxDelaySeconds: 60 * 60 },
  acct: { free: 50, maxDelaySeconds: 5 * 60 },
  pwchange: { free: 5, maxDelaySeconds: 15 * 60 },
} satisfies Record<string, ThrottleRule>;
export type ThrottleKind = keyof typeof RULES;

/** Failures are forgotten this long after the last one. */
export const FORGET_AFTER_MS = 60 * 60_000;
/** After this many failures on one account (from anywhere), its owner is told once. */
export const NOTIFY_AFTER = 10;

export const throttleKey = (kind: ThrottleKind, ...parts: string[]): string => `${kind}:${parts.join('|')}`;

/** The delay (seconds) after `failures` failures under a rule: 0, then doubling from 1 s, capped. */
export function delaySeconds(rule: ThrottleRule, failures: number): number {
  const over = failures - rule.free;
  if (over <= 0) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** Math.min(over - 1, 30));
}

/** Seconds until the first of `keys` lets an attempt through (0: now). */
export async function waitSeconds(db: Db, keys: readonly string[], now = new Date()): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.select({ blockedUntil: authThrottle.blockedUntil, lastFailure: authThrottle.lastFailure }).from(authThrottle).where(inArray(authThrottle.key, [...keys]));
  let wait = 0;
  for (const r of rows) {
    if (!r.blockedUntil || now.getTime() - r.lastFailure.getTime() > FORGET_AFTER_MS) continue;
    wait = Math.max(wait, Math.ceil((r.blockedUntil.getTime() - now.getTime()) / 1000));
  }
  return wait;
}

/**
 * Count one failure against a key (atomically) and set its delay; returns the failure count.
 * One statement: concurrent failures (also from other processes) each add exactly one.
 */
export async function recordFailure(db: Db, kind: ThrottleKind, key: string, now = new Date()): Promise<number> {
  const rule = RULES[kind];
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const result = await db.execute<{ failures: number }>(sql`
    insert into auth_throttle (key, failures, last_failure, blocked_until)
    values (${key}, 1, ${now.toISOString()}::timestamptz, null)
    on conflict (key) do update set
      failures = case when auth_throttle.last_failure < ${forgetBefore.toISOString()}::timestamptz then 1 else auth_throttle.failures + 1 end,
      last_failure = excluded.last_failure
    returning failures`);
  // node-postgres and PGlite both answer with { rows }
  const failures = Number((result as unknown as { rows: { failures: number }[] }).rows[0]?.failures ?? 1);
  const delay = delaySeconds(rule, failures);
  if (delay > 0) {
    // the delay only grows: a later, shorter one never shortens what a concurrent failure set
    await db.execute(sql`update auth_throttle set blocked_until = greatest(coalesce(blocked_until, ${now.toISOString()}::timestamptz), ${new Date(now.getTime() + delay * 1000).toISOString()}::timestamptz) where key = ${key}`);
  }
  return failures;
}

/**
 * Per account (by e-mail address): its failures from anywhere within the forget window and the
 * seconds a login must still wait under the `acct` key. For school management's account list.
 */
export async function accountPressure(db: Db, emails: readonly string[], now = new Date()): Promise<Map<string, { failures: number; waitSeconds: number }>> {
  const out = new Map<string, { failures: number; waitSeconds: number }>();
  if (emails.length === 0) return out;
  const byKey = new Map(emails.map((e) => [throttleKey('acct', e.trim().toLowerCase()), e]));
  const rows = await db.select().from(authThrottle).where(inArray(authThrottle.key, [...byKey.keys()]));
  for (const r of rows) {
    if (now.getTime() - r.lastFailure.getTime() > FORGET_AFTER_MS) continue;
    const wait = r.blockedUntil ? Math.max(0, Math.ceil((r.blockedUntil.getTime() - now.getTime()) / 1000)) : 0;
    out.set(byKey.get(r.key)!, { failures: r.failures, waitSeconds: wait });
  }
  return out;
}

export async function clearKeys(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length) await db.delete(authThrottle).where(inArray(authThrottle.key, [...keys]));
}

/** Remove keys whose failures are forgotten (called now and then). */
export async function purgeThrottle(db: Db, now = new Date()): Promise<void> {
  await db.delete(authThrottle).where(lt(authThrottle.lastFailure, new Date(now.getTime() - FORGET_AFTER_MS)));
}

/** The answer to a throttled attempt: wait `seconds`, the same for every account and address. */
export function throttledError(seconds: number): SterrenwachtError {
  const e = new SterrenwachtError('throttled', `Te veel mislukte pogingen; probeer het over ${seconds} seconden opnieuw.`, `Too many failed attempts; try again in ${seconds} seconds.`);
  e.retryAfter = seconds;
  return e;
}
