// The scorer's arithmetic and matching rules on tiny hand-made documents.
import { describe, expect, it } from 'vitest';
import { ArticleFacts, type ArticleFactsInput } from '../../../src/facts/schema.js';
import { datesCompatible, normName } from '../../../src/eval/normalise.js';
import { prf, scoreArticle, sumCalibration, sumCounts, totals } from '../../../src/eval/score.js';

const doc = (d: Omit<ArticleFactsInput, 'lang'>): ArticleFacts => ArticleFacts.parse({ lang: 'uk', ...d });
const ev = 'Речення з доказом.';

const gold = doc({
  persons: [
    { name: 'Юлія Соколовська', positions: [{ title: 'заступник керівника', organization: 'Офіс Президента України' }] },
    { name: "В'ячеслав Негода" },
    { name: 'Віталій Музиченко' },
  ],
  organizations: [
    { name: 'Офіс Президента України', kind: 'GOVERNMENT_BODY' },
    { name: 'Асоціація міст України', kind: 'ASSOCIATION', aliases: ['АМУ'] },
  ],
  events: [{ name: 'перше засідання Ради соціального розвитку регіонів', startDate: '2020-12-10' }],
  reforms: ['соціальний захист'],
  relations: [
    { type: 'CHAIRED', from: 'Юлія Соколовська', to: 'перше засідання Ради соціального розвитку регіонів', evidence: ev },
    { type: 'SPOKE_AT', from: "В'ячеслав Негода", to: 'перше засідання Ради соціального розвитку регіонів', evidence: ev },
    { type: 'SPOKE_AT', from: 'Віталій Музиченко', to: 'перше засідання Ради соціального розвитку регіонів', evidence: ev },
    { type: 'HOLDS_POSITION', from: 'Юлія Соколовська', to: 'Офіс Президента України', evidence: ev },
    { type: 'ABOUT', from: 'перше засідання Ради соціального розвитку регіонів', to: 'соціальний захист', evidence: ev },
  ],
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toEqual({ precision: null, recall: 0, f1: 0 });
  });
});

describe('normalisation', () => {
  it('folds apostrophes, case, quotes and Cyrillic Roman numerals', () => {
    expect(normName('В’ячеслав  Негода')).toBe(normName("в'ячеслав негода"));
    expect(normName('Вʼячеслав Негода')).toBe(normName("В'ячеслав Негода"));
    expect(normName('ХХХ засідання')).toBe(normName('XXX засідання'));
    expect(normName('проєкт «PROSTO»')).toBe('проєкт prosto');
  });
  it('accepts a coarser date but not a missing or different one', () => {
    expect(datesCompatible('2023-11', '2023-11-30')).toBe(true);
    expect(datesCompatible(null, undefined)).toBe(true);
    expect(datesCompatible(null, '2023-11-30')).toBe(false);
    expect(datesCompatible('2023-11-29', '2023-11-30')).toBe(false);
  });
});

describe('scoreArticle', () => {
  it('gives perfect scores to the gold itself', () => {
    const s = scoreArticle('x', gold, gold);
    for (const c of Object.values(s.counts)) expect(c.fp + c.fn).toBe(0);
    expect(s.counts.persons.tp).toBe(3);
    expect(s.counts.HOLDS_POSITION.tp).toBe(1); // the relation and the position state one fact
  });

  it('counts a perturbed prediction exactly', () => {
    const pred = doc({
      persons: [
        { name: 'Юлія Соколовська' },
        { name: 'Вʼячеслав Негода', positions: [{ title: 'заступник міністра', organization: 'Мінрозвитку' }] },
        { name: 'Віталія Музиченка' }, // not restored to the nominative: a miss and a false positive
      ],
      organizations: [
        { name: 'АМУ', kind: 'NGO' }, // accepted alias, wrong kind
        { name: 'Мінрозвитку', kind: 'MINISTRY' },
      ],
      events: [{ name: 'засідання Ради соціального розвитку регіонів при Главі держави', startDate: '2020-12-10' }],
      reforms: ['реформа соціального захисту'],
      relations: [
        { type: 'CHAIRED', from: 'Юлія Соколовська', to: 'засідання Ради соціального розвитку регіонів при Главі держави', evidence: ev },
        { type: 'SPOKE_AT', from: 'Вʼячеслав Негода', to: 'засідання Ради соціального розвитку регіонів при Главі держави', evidence: ev },
        { type: 'SPOKE_AT', from: 'Віталія Музиченка', to: 'засідання Ради соціального розвитку регіонів при Главі держави', evidence: ev },
        { type: 'ABOUT', from: 'засідання Ради соціального розвитку регіонів при Главі держави', to: 'соціальний захист', evidence: ev },
      ],
    });
    const { counts } = scoreArticle('x', gold, pred);
    expect(counts.persons).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(counts.organizations).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts['organizations+kind']).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(counts.events).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.reforms).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.CHAIRED).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.SPOKE_AT).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.HOLDS_POSITION).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.ABOUT).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('punishes a wrong event date in the event and in its relations, not in the name-only column', () => {
    const pred = doc({ ...gold, events: [{ name: 'перше засідання Ради соціального розвитку регіонів', startDate: '2021-12-10' }] });
    const { counts } = scoreArticle('x', gold, pred);
    expect(counts.events).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts['events (name only)']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.CHAIRED).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.HOLDS_POSITION).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('micro-averages over articles and totals rows', () => {
    const empty = doc({});
    const a = scoreArticle('a', gold, gold);
    const b = scoreArticle('b', gold, empty);
    const sum = sumCounts([a, b]);
    expect(sum.persons).toEqual({ tp: 3, fp: 0, fn: 3 });
    expect(prf(sum.persons)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    const t = totals(sum);
    expect(t.entities).toEqual({ tp: 3 + 2 + 1, fp: 0, fn: 6 });
    expect(t.relations).toEqual({ tp: 5, fp: 0, fn: 5 });
    expect(t.all).toEqual({ tp: 11, fp: 0, fn: 11 });
  });
});

describe('event names', () => {
  const g = doc({ events: [{ name: 'working meeting on municipal energy planning', startDate: '2025-02-12' }] });
  const score = (name: string, startDate: string | null) =>
    scoreArticle('x', g, doc({ events: [{ name, startDate }] })).counts;
  it('accepts a shorter name when the same calendar day anchors it', () => {
    expect(score('working meeting', '2025-02-12').events).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score('working meeting', '2025-02-12')['events (name only)']).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('does not accept it on a partial or different date, nor an unrelated name on the same day', () => {
    expect(score('working meeting', '2025-02').events.tp).toBe(0);
    expect(score('working meeting', '2025-02-13').events.tp).toBe(0);
    expect(score('нарада Міністерству енергетики', '2025-02-12').events.tp).toBe(0);
  });
  it('matches inflected and reordered names by stems', () => {
    expect(score('working meetings on planning of municipal energy', '2025-02-12')['events (name only)'].tp).toBe(1);
  });
});

describe('calibration', () => {
  it('counts predicted relations by type and stated confidence, and how many of them were right', () => {
    const pred = doc({
      ...gold,
      relations: [
        { type: 'SPOKE_AT', from: "В'ячеслав Негода", to: 'перше засідання Ради соціального розвитку регіонів', evidence: ev, confidence: 0.9 },
        { type: 'SPOKE_AT', from: 'Юлія Соколовська', to: 'перше засідання Ради соціального розвитку регіонів', evidence: ev, confidence: 0.9 },
        { type: 'CHAIRED', from: 'Юлія Соколовська', to: 'перше засідання Ради соціального розвитку регіонів', evidence: ev },
      ],
    });
    const rows = sumCalibration([scoreArticle('x', gold, pred), scoreArticle('y', gold, pred)]);
    expect(rows.filter((r) => !r.bucket.startsWith('HOLDS_POSITION'))).toEqual([
      { bucket: 'CHAIRED unrated', predicted: 2, correct: 2, precision: 1 },
      { bucket: 'SPOKE_AT 0.9', predicted: 4, correct: 2, precision: 0.5 },
    ]);
  });
});
