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
