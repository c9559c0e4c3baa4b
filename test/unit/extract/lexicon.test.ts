import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lexiconLoaded, lexiconPath, lexiconReadings, useLexicon } from '../../../src/extract/lexicon.js';
import { isGivenNominative, nominativeName } from '../../../src/extract/names.js';

// A lexicon in the exporter's form (scripts/vesum/Export.java --lexicon): key<TAB>lemma<TAB>role gender case mark,
// sorted by key. Small and written here, so that these tests read the same on every machine.
const ROWS = [
  ['бергер', 'бергер', 'sm00'], ['бергером', 'бергер', 'sm40'],
  ['бондаря', 'бондар', 'sm10'], ['бондаря', 'бондарь', 'sm11'],
  ['задорожній', 'задорожна', 'sf20'], ['задорожній', 'задорожня', 'sf20'],
  ['йоста', 'йоста', 'gm00'],
  ['кірсті', 'кірст', 'sm50'], ['лаури', 'лаура', 'gf10'],
  ['петра', 'петра', 'gf00'], ['петра', 'петро', 'gm10'], ['петра', 'петро', 'gm30'],
  ['томас', 'томас', 'gm00'], ['томасом', 'томас', 'gm40'],
].map((r) => r.join('\t')).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

let previous: string | null;
beforeAll(() => {
  previous = lexiconPath();
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  writeFileSync(join(dir, 'names.tsv'), ROWS.join('\n') + '\n');
  useLexicon(join(dir, 'names.tsv'));
});
afterAll(() => useLexicon(previous));

describe('names lexicon', () => {
  it('finds every row of a form by binary search, first and last rows included', () => {
    expect(lexiconLoaded()).toBe(true);
    expect(lexiconReadings('Бергер')).toEqual([{ role: 'surname', lemma: 'бергер', gender: 'm', case: 'nom', marked: false }]);
    expect(lexiconReadings('Томасом').map((r) => r.case)).toEqual(['ins']);
    expect(lexiconReadings('Петра').map((r) => `${r.lemma}:${r.gender}:${r.case}`)).toEqual(['петра:f:nom', 'петро:m:gen', 'петро:m:acc']);
    expect(lexiconReadings('Бондаря').find((r) => r.lemma === 'бондарь')?.marked).toBe(true);
    expect(lexiconReadings('Немчінова')).toEqual([]);
    expect(lexiconReadings('аааа')).toEqual([]);
    expect(lexiconReadings('яяяя')).toEqual([]);
  });

  it('restores a foreign given name the hand-written list lacks, with the surname it knows', () => {
    expect(nominativeName('Томасом Бергером')).toEqual({ name: 'Томас Бергер', gender: 'm' });
    expect(isGivenNominative('Томас', 'm')).toBe(true);
  });

  it('prefers the common name on a tie and the Ukrainian spelling over a marked one', () => {
    expect(nominativeName('Петра Бондаря').name).toBe('Петро Бондар');
  });

  it('lets the hand-written inversion choose among the lemmas the lexicon agrees on', () => {
    expect(nominativeName('Христині Задорожній').name).toBe('Христина Задорожня');
  });

  it('keeps an unlisted surname it knows only in another reading (Кірсті as a woman’s, not Кірст’s locative)', () => {
    expect(nominativeName('Лаури Кірсті').name).toBe('Лаура Кірсті');
  });

  it('runs on the hand-written declension alone when there is no lexicon', () => {
    const file = lexiconPath();
    useLexicon(null);
    try {
      expect(lexiconLoaded()).toBe(false);
      expect(lexiconReadings('Томасом')).toEqual([]);
      expect(nominativeName('Олега Немчінова').name).toBe('Олег Немчінов');
    } finally {
      useLexicon(file);
    }
  });
});
