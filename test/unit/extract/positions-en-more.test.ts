// English positions: hromadas whose adjective is irregular.
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function extract(body: string): ReturnType<typeof extractArticle> {
  return extractArticle(ParsedArticle.parse({ lang: 'en', body, publishedAt: '2024-06-12' }));
}
function positions(body: string): Record<string, string[]> {
  return Object.fromEntries(extract(body).persons.map((p) => [p.name, p.positions.map((q) => q.organization)]));
}

describe('English hromada names with an irregular adjective', () => {
  it('names the hromada of Kazanka and of Lokachi by their official adjectives', () => {
    const p = positions([
      'Olha Savchuk, Head of the Kazanka Hromada, presented the new service centre.',
      'Head of the Lokachi hromada Ihor Melnychuk spoke about starosta districts.',
    ].join('\n'));
    expect(p['Ольга Савчук']).toEqual(['Казанківська територіальна громада']);
    expect(p['Ігор Мельничук']).toEqual(['Локачинська територіальна громада']);
  });
});
