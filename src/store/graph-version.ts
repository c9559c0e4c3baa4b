// A counter of writes made by this process, so that caches of read results know when they went stale.
let version = 0;

/** Called after every committed write that can change what reads return. */
export function bumpGraphVersion(): void {
  version++;
}

export function graphVersion(): number {
  return version;
}
