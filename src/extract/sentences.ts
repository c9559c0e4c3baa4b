// Splits an article body into paragraphs and sentences, keeping offsets, never splitting inside a quotation.

export interface Sentence {
  /** The sentence as written (the evidence text). */
  text: string;
  /** Offset of the sentence in the body. */
  start: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  para: number;
  /** Index of the sentence in the article. */
  index: number;
}

/** Abbreviations after which a full stop does not end a sentence (lowercase, without the dot). */
const ABBREVIATIONS = new Set([
  'р', 'рр', 'м', 'вул', 'ст', 'ім', 'т', 'д', 'п', 'ін', 'тис', 'млн', 'млрд', 'грн', 'св', 'проф', 'див', 'напр',
  'обл', 'смт', 'с', 'пл', 'просп', 'буд', 'кв', 'тел', 'no', 'nr', 'mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'etc',
  'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'gov',
]);
const OPEN_QUOTES = '«“„';
const CLOSE_QUOTES = '»”';
const END_RE = /[.!?…]/;
/** The only characters the splitter acts on: quotes and sentence ends. The rest of a line is skipped to the next. */
const SPECIAL_RE = /[«“„»”.!?…]/g;
const NEXT_START_RE = /[\p{Lu}\d«“"„(\[*]/u;

/** Whether a full stop at `i` closes an abbreviation or an initial ("О. Немчінов"). */
function isAbbreviation(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text.charAt(j - 1))) j--;
  const word = text.slice(j, i);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function splitParagraph(line: string, offset: number, para: number, out: Sentence[]): void {
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    const raw = line.slice(start, end);
    const text = raw.trim();
    if (text !== '') out.push({ text, start: offset + start + raw.indexOf(text), para, index: out.length });
    start = end;
  };
  for (let i = 0; i < line.length; i++) {
    SPECIAL_RE.lastIndex = i;
    const next = SPECIAL_RE.exec(line);
    if (!next) break;
    i = next.index;
    const ch = line.charAt(i);
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !END_RE.test(ch)) continue;
    let j = i + 1;
    while (j < line.length && (END_RE.test(line.charAt(j)) || CLOSE_QUOTES.includes(line.charAt(j)) || line.charAt(j) === ')')) j++;
    if (j >= line.length) continue;
    if (!/\s/.test(line.charAt(j))) continue;
    let k = j;
    while (k < line.length && /\s/.test(line.charAt(k))) k++;
    if (!NEXT_START_RE.test(line.charAt(k))) continue;
    if (ch === '.' && isAbbreviation(line, i)) continue;
    push(j);
  }
  push(line.length);
}

/** The body's sentences in order; every line is its own paragraph (headings and list items stand alone). */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let para = 0;
  for (const line of body.split('\n')) {
    if (line.trim() !== '') {
      splitParagraph(line, offset, para, out);
      para++;
    }
    offset += line.length + 1;
  }
  return out;
}
