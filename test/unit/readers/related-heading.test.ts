// A related-news list under its heading ("Related news", "Читайте також:") is trailer: kept as teasers, never read
// as the article's own facts.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { parseArticle } from '../../../src/ingest/readers/index.js';

describe('the page trailer is not the article', () => {
  it('takes no bodies or positions from related news under its heading: the reader keeps them as teasers', () => {
    const read = parseArticle([
      'Forum on recovery in Lviv',
      '',
      'The Lviv City Council held a forum on recovery on Monday.',
      'Related news',
      'June 3, 2024',
      'Kovel opens a service centre',
      'Head of the Kovel hromada Andrii Savchenko opened a new service centre...',
      'Tags: recovery, Lviv',
    ].join('\n'), 'trailer.txt');
    expect(read.article!.body).toBe('The Lviv City Council held a forum on recovery on Monday.');
    expect(read.article!.related).toEqual([{ title: 'Kovel opens a service centre', date: '2024-06-03', teaser: 'Head of the Kovel hromada Andrii Savchenko opened a new service centre...' }]);
    expect(read.article!.tags).toEqual(['recovery', 'Lviv']);
    const f = extractArticle(read.article!);
    expect(f.organizations.map((o) => o.name)).toContain('Львівська міська рада');
    expect(f.organizations.map((o) => o.name)).not.toContain('Ковельська територіальна громада');
    expect(f.relations.filter((r) => r.type === 'HOLDS_POSITION')).toEqual([]);
  });

  it('reads "date | title" lines and bare titles under a Ukrainian heading', () => {
    const read = parseArticle([
      'Сесія ради',
      '',
      'Депутати міської ради ухвалили бюджет громади на наступний рік.',
      'Читайте також:',
      '11.09.2024 | Громади області обговорили підготовку до зими',
      'Громада відкрила оновлений ЦНАП',
    ].join('\n'), 'trailer-uk.txt');
    expect(read.article!.body).toBe('Депутати міської ради ухвалили бюджет громади на наступний рік.');
    expect(read.article!.related).toEqual([
      { title: 'Громади області обговорили підготовку до зими', date: '2024-09-11', teaser: null },
      { title: 'Громада відкрила оновлений ЦНАП', date: null, teaser: null },
    ]);
  });
});
