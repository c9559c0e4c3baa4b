// Oblast administrations named by abbreviation or in enumerations, and oblasts named as territories.
import type { OrgMention } from './gazetteer.js';
import { OBLAST_ADJ_RE, mention } from './org-phrase.js';
import { nominativeAdjective } from './phrase.js';
import type { Token } from './tokens.js';

const ODA_RE = /^(?:ОДА|ОВА|РДА|РВА|МВА)$/;
const ODA_FULL: Readonly<Record<string, string>> = {
  ОДА: 'обласна державна адміністрація', ОВА: 'обласна військова адміністрація', РДА: 'районна державна адміністрація',
  РВА: 'районна військова адміністрація', МВА: 'міська військова адміністрація',
};

/** "Дніпропетровської" (any case) → "Дніпропетровська". */
const feminine = (adj: string): string => nominativeAdjective(adj.replace(/(?:ої|ій|ою|у)$/, 'а'), 'f');

/**
 * Oblast administrations: "Полтавської ОДА" and the enumerations of press releases, "обласних (державних)
 * адміністрацій Дніпропетровської, Донецької та Запорізької" → one administration each.
 */
export function matchAdministrations(tokens: Token[], text: string, sent: number, taken: boolean[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken[i]) continue;
    if (ODA_RE.test(t.text) && i > 0 && OBLAST_ADJ_RE.test(tokens[i - 1]?.text ?? '') && !taken[i - 1]) {
      const adj = nominativeAdjective(tokens[i - 1]?.text ?? '', 'f');
      out.push(mention(`${adj} ${ODA_FULL[t.text] ?? ''}`, 'LOCAL_ADMINISTRATION', tokens, text, sent, i - 1, i + 1));
      continue;
    }
    if (/^обласн(?:их|і)$/.test(t.lower)) {
      let j = i + 1;
      let type = 'обласна державна адміністрація';
      if (/^військов/.test(tokens[j]?.lower ?? '')) { type = 'обласна військова адміністрація'; j++; } else if (/^державн/.test(tokens[j]?.lower ?? '')) j++;
      if (!/^адміністраці(?:й|ї|ям|ями|ях)$/.test(tokens[j]?.lower ?? '')) continue;
      j++;
      while (j < tokens.length) {
        const x = tokens[j];
        if (!x) break;
        if (x.text === ',' || x.lower === 'та' || x.lower === 'і' || x.lower === 'й') { j++; continue; }
        if (!OBLAST_ADJ_RE.test(x.text) || taken[j]) break;
        out.push(mention(`${feminine(x.text)} ${type}`, 'LOCAL_ADMINISTRATION', tokens, text, sent, j, j + 1));
        j++;
      }
    }
  }
  return out;
}

const OBLAST_NOUN_RE = /^(?:область|області|областю|обл|областей|областях|областям|областями)$/;

/**
 * Oblasts named as territories: "громади Дніпропетровської області", "Сумської та Харківської областей". Runs
 * last, on words no institution took ("Господарський суд Донецької області" is the court's name).
 */
export function matchOblasts(tokens: Token[], text: string, sent: number, taken: boolean[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken[i] || !OBLAST_NOUN_RE.test(t.lower)) continue;
    // Walk back over "Xської, Yської та Zської".
    const adjs: number[] = [];
    let j = i - 1;
    while (j >= 0) {
      const x = tokens[j];
      if (!x || taken[j]) break;
      if (OBLAST_ADJ_RE.test(x.text)) { adjs.push(j); j--; continue; }
      if ((x.text === ',' || x.lower === 'та' || x.lower === 'і' || x.lower === 'й') && adjs.length > 0) { j--; continue; }
      break;
    }
    // A single adjective before a singular "області"; several only before the plural "областей".
    const plural = /^област(?:ей|ях|ям|ями)$/.test(t.lower);
    const list = plural ? adjs : adjs.slice(0, 1);
    for (const k of list.reverse()) {
      out.push(mention(`${feminine(tokens[k]?.text ?? '')} область`, 'OBLAST', tokens, text, sent, k, k === list[list.length - 1] ? i + 1 : k + 1));
    }
  }
  return out;
}
