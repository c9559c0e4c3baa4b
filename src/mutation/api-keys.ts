// Which configured API key a request carries. Compared in constant time: the answer's timing tells nothing of how
// much of a key a guess got right, nor of how long the keys are.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../config.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

// The keys' digests, once per configuration (the config's key list is never changed after loading).
const digests = new WeakMap<readonly ApiKey[], Buffer[]>();

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | null | undefined): string | null {
  return /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() || null;
}

/**
 * The name of the key `token` is, or null. Both sides are SHA-256 digests, so timingSafeEqual compares 32 bytes
 * whatever the lengths, and every key is compared, the match included, so the time depends on the number of keys only.
 */
export function keyNameOf(token: string | null, keys: readonly ApiKey[]): string | null {
  let known = digests.get(keys);
  if (!known) {
    known = keys.map((k) => digest(k.key));
    digests.set(keys, known);
  }
  const given = digest(token ?? '');
  let name: string | null = null;
  known.forEach((d, i) => {
    const same = timingSafeEqual(given, d);
    if (same && name === null && token !== null) name = keys[i]!.name;
  });
  return name;
}
