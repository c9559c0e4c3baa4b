import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { genitiveName } from '../../../src/extract/implied-events.js';

function facts(body: string): ReturnType<typeof extractArticle> {
  return extractArticle(ParsedArticle.parse({ lang: 'uk', body, publishedAt: '2025-03-01' }));
}

describe('events implied by a dated decision or ruling', () => {
  it('reads a government committee\'s decision as its meeting, organised by it', () => {
    const f = facts('12 лютого 2025 року Урядовим комітетом з питань гуманітарної політики розглянуто проект постанови.');
    expect(f.events.map((e) => [e.name, e.startDate])).toEqual([['засідання Урядового комітету з питань гуманітарної політики', '2025-02-12']]);
    expect(f.relations.filter((r) => r.type === 'ORGANISED').map((r) => r.from)).toEqual(['Урядовий комітет з питань гуманітарної політики']);
  });
  it('reads a court\'s ruling on a claim as its hearing, the parties taking part', () => {
    const f = facts('3 березня 2025 року Господарський суд Львівської області відмовив у позові Регіональній філії «Львівська залізниця» до Департаменту освіти Львівської міської ради.');
    expect(f.events.map((e) => [e.name, e.startDate])).toEqual([['розгляд позову Регіональної філії «Львівська залізниця»', '2025-03-03']]);
    expect(f.relations.filter((r) => r.type === 'ORGANISED').map((r) => r.from)).toEqual(['Господарський суд Львівської області']);
    expect(f.relations.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => r.from)).toEqual(['Департамент освіти Львівської міської ради']);
  });
  it('needs a date: an undated decision names no event', () => {
    expect(facts('Урядовим комітетом з питань гуманітарної політики розглянуто проект постанови.').events).toEqual([]);
  });
  it('puts a body\'s head words in the genitive and leaves the complement', () => {
    expect(genitiveName('Урядовий комітет з питань реінтеграції')).toBe('Урядового комітету з питань реінтеграції');
    expect(genitiveName('Національна рада з відновлення')).toBe('Національної ради з відновлення');
  });
});
