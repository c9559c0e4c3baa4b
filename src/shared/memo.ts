// Pure functions of a word or a name, remembered: the same words recur in every sentence and article, and the rules
// ask the same questions of them again and again. Bounded: a memo that fills up is cleared and starts over.

/** `fn` remembered by `keyOf(arg)`, which must determine the answer; up to `max` entries, keys over `longest` not kept. */
export function memoiseBy<A, T>(fn: (arg: A) => T, keyOf: (arg: A) => string, max = 50_000, longest = Infinity): (arg: A) => T {
  const memo = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    if (key.length > longest) return fn(arg);
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= max) memo.clear();
      value = fn(arg);
      memo.set(key, value);
    }
    return value as T;
  };
}

/** `fn` of a string, remembered by it (see memoiseBy). */
export function memoise<T>(fn: (key: string) => T, max = 50_000, longest = Infinity): (key: string) => T {
  return memoiseBy(fn, (key) => key, max, longest);
}
