// Whether a candidate name is the whole of a quoted title («Зелене Місто», "Smart City"): then it names no person.
import type { Token } from './tokens.js';

/** The words [start, end) stand right inside a pair of quotes. A straight quote opens when an even number precede it. */
export function quotedName(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.text ?? '';
  const after = tokens[end]?.text ?? '';
  if (before === '«' || before === '“' || before === '„') return true;
  if (before !== '"' || after !== '"') return false;
  let straight = 0;
  for (let k = 0; k < start - 1; k++) if (tokens[k]?.text === '"') straight++;
  return straight % 2 === 0;
}
