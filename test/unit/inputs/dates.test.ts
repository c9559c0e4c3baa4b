// Dates handed to the API are real calendar dates: no month 13, no 30 February, no year 0000. Checked by the Date
// scalar (variables and literals) and by the zod schemas of filters and of the ingestArticle mutation.
import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dateScalar } from '../../../src/shared/date-scalar.js';
import { DateRange, OptionalDate, parse } from '../../../src/shared/inputs.js';
import { runOperation } from './operation.js';

const NOT_DATES = ['2023-13-45', '2023-02-30', '0000', '0000-01-01', '2023-00', '2023-04-31', '2023-01-00', '2100-02-29', '2023-1-5', '23', ''];
const DATES = ['2023', '2023-02', '2023-02-28', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'];

describe('the Date scalar', () => {
  it('refuses what is not a calendar date, saying the form it expects', () => {
    for (const d of NOT_DATES) {
      expect(() => dateScalar.parseValue(d), d).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
      expect(() => dateScalar.parseLiteral({ kind: Kind.STRING, value: d }), d).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    }
  });

  it('says what is wrong with the date', () => {
    expect(() => dateScalar.parseValue('2023-13-45')).toThrow(/no month 13/);
    expect(() => dateScalar.parseValue('2023-02-30')).toThrow(/February 2023 has 28 days/);
    expect(() => dateScalar.parseValue('2024-02-30')).toThrow(/February 2024 has 29 days/);
    expect(() => dateScalar.parseValue('0000')).toThrow(/no year 0000/);
    expect(() => dateScalar.parseValue(20230101)).toThrow(/got 20230101/);
  });

  it('accepts real dates, leap days of leap years included', () => {
    for (const d of DATES) expect(dateScalar.parseValue(d)).toBe(d);
  });
});

describe('date arguments checked with zod', () => {
  it('refuses impossible dates in filters', () => {
    expect(() => parse(OptionalDate, '2023-02-30')).toThrow(/February 2023 has 28 days/);
    expect(() => parse(DateRange, { from: '2023-13-45', to: null })).toThrow(/from: .*no month 13/);
    expect(() => parse(DateRange, { from: null, to: '0000' })).toThrow(/to: .*no year 0000/);
    expect(parse(DateRange, { from: '2024-02-29', to: '2024-03' })).toEqual({ from: '2024-02-29', to: '2024-03' });
  });
});

describe('dates through the API', () => {
  it('answers BAD_USER_INPUT for a variable, before any query reaches Neo4j', async () => {
    for (const d of ['2023-13-45', '2023-02-30', '0000']) {
      const r = await runOperation('query($d: Date) { events(from: $d) { totalCount } }', { d });
      expect(r.reachedDatabase, d).toBe(false);
      expect(r.errors[0]?.code, d).toBe('BAD_USER_INPUT');
      expect(r.errors[0]?.message, d).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    }
  });

  it('refuses a literal as an invalid request (400), before any query reaches Neo4j', async () => {
    for (const d of ['2023-13-45', '2023-02-30', '0000']) {
      const r = await runOperation(`{ statements(to: "${d}") { totalCount } articles(from: "${d}") { totalCount } }`);
      expect(r.reachedDatabase, d).toBe(false);
      expect(r.status, d).toBe(400);
      expect(r.errors[0]?.message, d).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    }
  });

  it('answers BAD_USER_INPUT for the publishedAt of ingestArticle', async () => {
    const r = await runOperation('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status } }', { i: { content: 'Громада відкрила ЦНАП.', publishedAt: '2023-02-29' } }, 'Bearer test-key');
    expect(r.reachedDatabase).toBe(false);
    expect(r.errors[0]).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/February 2023 has 28 days/) });
  });

  it('lets real dates through to the query', async () => {
    const r = await runOperation('query($d: Date) { events(from: $d) { totalCount } }', { d: '2024-02-29' });
    expect(r.reachedDatabase).toBe(true);
  });
});
