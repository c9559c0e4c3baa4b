// Loads a VESUM table written by Export.java (form<TAB>lemma<TAB>tag, gzipped) into a Map keyed by the
// lowercase form (apostrophes folded to ASCII). Each value keeps that form's rows as "lemma\ttag" lines, joined
// by "\n": one string a form keeps the heap small; analyses() splits it on demand.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type VesumTable = Map<string, string>;

export interface Analysis {
  lemma: string;
  tag: string;
  /** fname, lname or pname (the patronymic tag), or '' for other rows (geo tables). */
  kind: string;
  /** m, f, n or p (plural). */
  gender: string;
  /** v_naz, v_rod, v_dav, v_zna, v_oru, v_mis or v_kly. */
  case: string;
  /** The tag marks a non-standard form (bad, err, alt, arch, …). */
  marked: boolean;
}

const APOSTROPHES_RE = /[’ʼ‘`´]/g;
export function tableKey(s: string): string {
  return s.replace(APOSTROPHES_RE, "'").toLowerCase();
}

export function loadTable(path: string): VesumTable {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const map: VesumTable = new Map();
  // Export.java writes the rows in the dictionary's (sorted) order, so a form's rows are adjacent: group them
  // and touch the Map once a form.
  let form = '';
  let rows: string[] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    const k = tableKey(form);
    const prev = map.get(k);
    const v = rows.join('\n');
    map.set(k, prev === undefined ? v : prev + '\n' + v);
    rows = [];
  };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) {
      const f = text.slice(start, tab);
      if (f !== form) { flush(); form = f; }
      rows.push(text.slice(tab + 1, end));
    }
    start = end + 1;
  }
  flush();
  return map;
}

const MARKS = new Set(['bad', 'err', 'alt', 'subst', 'arch', 'rare', 'slang', 'obsc', 'vulg']);

export function analyses(table: VesumTable, word: string): Analysis[] {
  const v = table.get(tableKey(word));
  if (v === undefined) return [];
  return v.split('\n').map((row) => {
    const [lemma = '', tag = ''] = row.split('\t');
    const parts = tag.split(':');
    return {
      lemma, tag,
      kind: parts.find((p) => p === 'fname' || p === 'lname' || p === 'pname' || p === 'patr') ?? '',
      gender: parts.find((p) => p === 'm' || p === 'f' || p === 'n' || p === 'p') ?? '',
      case: parts.find((p) => p.startsWith('v_')) ?? '',
      marked: parts.some((p) => MARKS.has(p)),
    };
  });
}
