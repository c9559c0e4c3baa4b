import { describe, expect, it } from 'vitest';
import { normaliseApostrophes, searchFold } from '../../../src/extract/normalise.js';

describe('normaliseApostrophes', () => {
  it('maps every apostrophe variant to ASCII', () => {
    for (const a of ['’', '‘', 'ʼ', '`', '´', '′', "'"]) expect(normaliseApostrophes(`В${a}ячеслав`)).toBe("В'ячеслав");
  });
});

describe('searchFold', () => {
  it('folds apostrophes and case the same way on both sides', () => {
    for (const s of ['В’ячеслав', 'Вʼячеслав', "В'ячеслав", 'ВЯЧЕСЛАВ', 'вячеслав']) expect(searchFold(s)).toBe('вячеслав');
  });
  it('turns punctuation other than the hyphen into spaces and collapses whitespace', () => {
    expect(searchFold('  «Соціальна   громада» — Івано-Франківськ, 2023! ')).toBe('соціальна громада івано-франківськ 2023');
  });
  it('keeps Latin text and digits', () => {
    expect(searchFold('U-LEAD with Europe: AUC')).toBe('u-lead with europe auc');
  });
  it('treats decomposed й like the composed letter', () => {
    expect(searchFold('Олексі\u0438\u0306')).toBe(searchFold('Олексій'));
  });
});

describe('searchFold fast path', () => {
  // The definition the fast path must match: every run of characters that is not a letter, mark, digit, whitespace
  // or hyphen becomes a space.
  const reference = (s: string) => normaliseApostrophes(s.normalize('NFC')).toLowerCase()
    .replace(/[\u2019\u2018\u02BC\u0060\u00B4\u2032\u02BB\uFF07']/g, '').replace(/[\u2010\u2011]/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}\s-]+/gu, ' ').replace(/\s+/g, ' ').trim();

  it('folds every code point as the Unicode-class definition does, alone and among letters and punctuation', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0x2ffff; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCodePoint(c);
      for (const s of [ch, `а${ch}b`, `${ch}${ch},x`, `«${ch}»`, `1${ch}-${ch}я`]) {
        if (searchFold(s) !== reference(s)) differing.push(`U+${c.toString(16)} in ${JSON.stringify(s)}`);
      }
    }
    expect(differing.slice(0, 10)).toEqual([]);
  }, 60_000); // a million folds: seconds of CPU, more on a busy machine

  it('folds a mixed Ukrainian, English and symbol text as the definition does', () => {
    const text = '«Децентралізація» — це 1 469 громад; U-LEAD with Europe (ЄС): №5, §2… “ОТГ” ¿ ½ ™ ☺ Ꙗ ҂ ҈ 𝔸 ١٢٣ Ω Å';
    expect(searchFold(text)).toBe(reference(text));
  });
});
