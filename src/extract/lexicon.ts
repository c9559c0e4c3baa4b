// The names lexicon: VESUM's singular forms of Ukrainian given names, surnames and patronymics with their lemma,
// gender and case, exported at install time by scripts/vesum/export.ts into the git-ignored .vesum/names.tsv.
// It is read as it lies on disk (10 MB, sorted by form) and binary-searched: no parse, no index to build.
// Without it the extractor runs on the hand-written declension alone (docs/vesum.md has both measured).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, type Case, type Gender } from './declension.js';
import { normaliseApostrophes } from './normalise.js';

export type LexRole = 'given' | 'surname' | 'patronymic';

export interface LexReading {
  role: LexRole;
  /** Lower case, apostrophes ASCII. */
  lemma: string;
  gender: Gender;
  case: Case;
  /** VESUM marks the form or its lemma as non-standard (a Russian spelling, an archaic or erroneous form). */
  marked: boolean;
}

const DEFAULT_PATH = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.vesum/names.tsv');
const ROLES: Readonly<Record<string, LexRole>> = { g: 'given', s: 'surname', p: 'patronymic' };
const NONE: readonly LexReading[] = Object.freeze([]);
const NL = 0x0a;
const TAB = 0x09;

let path: string | null = process.env.NAMES_LEXICON ?? DEFAULT_PATH;
let data: Buffer | null | undefined;
const memo = new Map<string, readonly LexReading[]>();

/** Points the extractor at another lexicon file, or none (`null`): for tests and for `NAMES_LEXICON`. */
export function useLexicon(file: string | null): void {
  path = file;
  data = undefined;
  memo.clear();
}

function load(): Buffer | null {
  if (data === undefined) data = path !== null && existsSync(path) ? readFileSync(path) : null;
  return data;
}

/** Whether the lexicon is there: the eval and `extract --json` say which declension the figures are from. */
export function lexiconLoaded(): boolean {
  return load() !== null;
}

export function lexiconPath(): string | null {
  return path;
}

function lineStart(buf: Buffer, at: number): number {
  let i = at;
  while (i > 0 && buf[i - 1] !== NL) i -= 1;
  return i;
}

function lineEnd(buf: Buffer, at: number): number {
  const i = buf.indexOf(NL, at);
  return i < 0 ? buf.length : i;
}

function keyOf(buf: Buffer, start: number): Buffer {
  const tab = buf.indexOf(TAB, start);
  return buf.subarray(start, tab < 0 ? lineEnd(buf, start) : tab);
}

function parseLine(buf: Buffer, start: number, end: number): LexReading | null {
  const [, lemma = '', code = ''] = buf.toString('utf8', start, end).split('\t');
  const role = ROLES[code.charAt(0)];
  const gender = code.charAt(1);
  const c = CASES[Number(code.charAt(2))];
  if (!role || (gender !== 'm' && gender !== 'f') || !c) return null;
  return { role, lemma, gender, case: c, marked: code.charAt(3) === '1' };
}

function search(buf: Buffer, key: string): readonly LexReading[] {
  const target = Buffer.from(key, 'utf8');
  let lo = 0;
  let hi = buf.length;
  let hit = -1;
  // Binary search over byte offsets: each probe backs up to the start of its line.
  while (lo < hi) {
    const mid = lineStart(buf, (lo + hi) >>> 1);
    const cmp = Buffer.compare(keyOf(buf, mid), target);
    if (cmp === 0) { hit = mid; break; }
    if (cmp < 0) lo = lineEnd(buf, mid) + 1;
    else hi = mid;
  }
  if (hit < 0) return NONE;
  let first = hit;
  while (first > 0) {
    const prev = lineStart(buf, first - 1);
    if (Buffer.compare(keyOf(buf, prev), target) !== 0) break;
    first = prev;
  }
  const out: LexReading[] = [];
  for (let at = first; at < buf.length;) {
    if (Buffer.compare(keyOf(buf, at), target) !== 0) break;
    const end = lineEnd(buf, at);
    const r = parseLine(buf, at, end);
    if (r) out.push(Object.freeze(r));
    at = end + 1;
  }
  return Object.freeze(out);
}

/** Every reading of one word as a name form (any role), or none when the word or the lexicon is unknown. */
export function lexiconReadings(word: string): readonly LexReading[] {
  const buf = load();
  if (!buf) return NONE;
  const key = normaliseApostrophes(word).toLowerCase();
  const cached = memo.get(key);
  if (cached) return cached;
  if (memo.size >= 50_000) memo.clear();
  const found = search(buf, key);
  memo.set(key, found);
  return found;
}
