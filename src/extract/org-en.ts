// Ukrainian local bodies named in English ("Poltava Oblast Military Administration", "Lviv, Vinnytsia and Poltava
// city councils", "Reshetylivka hromada", "Sumy oblast"), given the Ukrainian names the graph uses.
import type { ActorKind } from '../facts/schema.js';
import type { OrgMention } from './gazetteer.js';
import { compoundPrefix, latinTownAdjective, oblastAdjective } from './geo-data.js';
import { mention } from './org-phrase.js';
import type { Token } from './tokens.js';

/** Type words after a place name → the Ukrainian body; `oblast` marks an oblast-level place. */
const BODIES: ReadonlyArray<{ re: RegExp; uk: string; kind: ActorKind; oblast: boolean }> = [
  { re: /^(?:oblast|regional) military administrations?$/i, uk: 'обласна військова адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: true },
  { re: /^(?:oblast|regional) state administrations?$/i, uk: 'обласна державна адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: true },
  { re: /^(?:oblast|regional) councils?$/i, uk: 'обласна рада', kind: 'COUNCIL', oblast: true },
  { re: /^(?:district|raion) state administrations?$/i, uk: 'районна державна адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: false },
  { re: /^(?:district|raion) military administrations?$/i, uk: 'районна військова адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: false },
  { re: /^(?:district|raion) councils?$/i, uk: 'районна рада', kind: 'COUNCIL', oblast: false },
  { re: /^city military administrations?$/i, uk: 'міська військова адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: false },
  { re: /^settlement military administrations?$/i, uk: 'селищна військова адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: false },
  { re: /^village military administrations?$/i, uk: 'сільська військова адміністрація', kind: 'LOCAL_ADMINISTRATION', oblast: false },
  { re: /^city councils?$/i, uk: 'міська рада', kind: 'COUNCIL', oblast: false },
  { re: /^village councils?$/i, uk: 'сільська рада', kind: 'COUNCIL', oblast: false },
  { re: /^settlement councils?$/i, uk: 'селищна рада', kind: 'COUNCIL', oblast: false },
  { re: /^(?:territorial )?(?:hromadas?|communit(?:y|ies))$/i, uk: 'територіальна громада', kind: 'HROMADA', oblast: false },
  // "Poltava Regional Development Agency": each oblast's agency, named after the oblast in the genitive.
  { re: /^regional development agency$/i, uk: 'Агенція регіонального розвитку {gen} області', kind: 'NGO', oblast: true },
  { re: /^(?:oblasts?|regions?)$/i, uk: 'область', kind: 'OBLAST', oblast: true },
];

const PLACE_RE = /^[A-Z][a-z']+(?:-[A-Z][a-z']+)*$/;
/** Capitalised words that start a sentence or a name but are no place ("The", "Head"). */
const NOT_PLACE_RE = /^(?:The|This|That|Each|Every|All|Our|Their|Its|Many|Some|Other|Head|Deputy|Representatives|Local|Ukrainian|European|State|National|Regional|City|Village|Oblast|Hromada|Hromadas|Kyiv City)$/;

/** The body the type words at `i` name, and where they end (the longest of up to four words). */
function bodyAt(tokens: Token[], i: number): { body: (typeof BODIES)[number]; end: number } | null {
  for (let n = 4; n >= 1; n--) {
    const ws = tokens.slice(i, i + n);
    if (ws.length < n || ws.some((t) => t.kind !== 'word')) continue;
    const phrase = ws.map((t) => t.text).join(' ');
    const body = BODIES.find((b) => b.re.test(phrase));
    if (body) return { body, end: i + n };
  }
  return null;
}

function adjective(latin: string, oblast: boolean): string | undefined {
  return oblast ? oblastAdjective(latin) ?? latinTownAdjective(latin) : latinTownAdjective(latin);
}

export function matchEnglishBodies(tokens: Token[], text: string, sent: number, taken: boolean[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i] || !tokens[i]?.latin) continue;
    const found = bodyAt(tokens, i);
    if (!found) continue;
    const { body, end } = found;
    const plural = /s$/i.test(tokens[end - 1]?.text ?? '') && !/^(?:oblast|hromada)$/i.test(tokens[end - 1]?.text ?? '');
    // Places before the type words: one, or a list for a plural ("Lviv, Vinnytsia and Poltava city councils").
    // A place may be two words, the first a compound prefix ("Velyka Oleksandrivka").
    const places: Array<{ a: number; b: number }> = [];
    let j = i - 1;
    while (j >= 0) {
      const x = tokens[j];
      if (!x || taken[j]) break;
      if (PLACE_RE.test(x.text) && !NOT_PLACE_RE.test(x.text)) {
        const a = j > 0 && !taken[j - 1] && compoundPrefix(tokens[j - 1]?.text ?? '') !== undefined ? j - 1 : j;
        places.push({ a, b: j + 1 });
        j = a - 1;
        if (!plural) break;
        continue;
      }
      if ((x.text === ',' || x.lower === 'and') && places.length > 0 && plural) { j--; continue; }
      break;
    }
    // A plural names several places: "Seven hromadas", "These hromadas", "Small hromadas" name none.
    if (plural && places.length < 2) { i = end - 1; continue; }
    // "Zhytomyr oblast" but not "the oblast" or "20 oblasts"; a region must be an oblast's own name.
    places.reverse();
    for (const pl of places) {
      const latin = tokens.slice(pl.a, pl.b).map((t) => t.text).join(' ');
      if (body.kind === 'OBLAST' && /^regions?$/i.test(tokens[i]?.text ?? '') && !oblastAdjective(latin)) continue;
      const adj = adjective(latin, body.oblast);
      if (!adj) continue;
      const last = pl === places[places.length - 1];
      const name = body.uk.includes('{gen}') ? body.uk.replace('{gen}', adj.replace(/ька$/, 'ької').replace(/ська$/, 'ської').replace(/а$/, 'ої')) : `${adj} ${body.uk}`;
      if (body.uk.includes('{gen}') && !oblastAdjective(latin)) continue;
      const m = mention(name, body.kind, tokens, text, sent, pl.a, last ? end : pl.b);
      out.push({ ...m, nameEn: places.length === 1 ? text.slice(tokens[pl.a]?.start ?? 0, tokens[end - 1]?.end ?? 0) : null });
    }
    i = end - 1;
  }
  return out;
}
