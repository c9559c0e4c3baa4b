import { describe, expect, it } from 'vitest';
import { ArticleFacts } from '../../../src/facts/schema.js';
import { dateBounds, nameKey } from '../../../src/store/ids.js';
import { planArticle } from '../../../src/store/plan.js';

const facts = ArticleFacts.parse({
  lang: 'uk',
  body: 'Заступник міністра соціальної політики Віталій Музиченко додав, що все буде. Інше речення.',
  persons: [{ name: 'Віталій Музиченко', positions: [{ title: 'заступник міністра', organization: 'Міністерство соціальної політики України' }] }],
  organizations: [{ name: 'Міністерство соціальної політики України', kind: 'MINISTRY', aliases: ['Мінсоцполітики'] }],
  events: [{ name: 'засідання ради', startDate: '2020' }],
  relations: [
    { type: 'SPOKE_AT', from: 'Віталій Музиченко', to: 'засідання ради', evidence: 'Заступник міністра соціальної політики Віталій Музиченко додав, що все буде.' },
    { type: 'CHAIRED', from: 'Ніхто', to: 'засідання ради', evidence: 'x' },
  ],
  reforms: ['соціальний захист'],
});

describe('write plan', () => {
  const plan = planArticle(facts, 'curated');

  it('gives persons KMU-2010 ids and organisations and events readable ids', () => {
    expect(plan.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['person:vitalii-muzychenko', 'org:ministerstvo-sotsialnoi-polityky-ukrainy']));
    // A year and no place or organiser: the article's own event.
    expect(plan.events[0]!.id).toMatch(/^event:2020-zasidannia-rady--a-[0-9a-f]{10}$/);
    expect(plan.reforms[0]!.id).toBe('reform:sotsialnyi-zakhyst');
  });

  it('makes a person findable by inflected and Latin forms', () => {
    const person = plan.actors.find((a) => a.kind === 'PERSON')!;
    expect(person.searchTerms).toEqual(expect.arrayContaining(['віталій музиченко', 'vitalii muzychenko', 'віталія музиченка']));
  });

  it('turns positions into HOLDS_POSITION with the sentence naming the person', () => {
    const pos = plan.relations.find((r) => r.type === 'HOLDS_POSITION')!;
    expect(pos.key).toBe('заступник міністра');
    expect(pos.sentence).toMatch(/^Заступник міністра/);
  });

  it('reports a relation naming an unknown entity instead of guessing', () => {
    expect(plan.relations.some((r) => r.type === 'CHAIRED')).toBe(false);
    expect(plan.warnings).toEqual([expect.stringContaining('"Ніхто"')]);
  });

  it('is deterministic, so re-ingestion is detected as unchanged', () => {
    expect(planArticle(facts, 'curated').factsHash).toBe(plan.factsHash);
    expect(planArticle({ ...facts, reforms: [] }, 'curated').factsHash).not.toBe(plan.factsHash);
  });

  it('turns partial dates into comparable bounds', () => {
    expect(dateBounds('2023', null)).toEqual({ dateMin: '2023-01-01', dateMax: '2023-12-31' });
    expect(dateBounds('2023-11', null)).toEqual({ dateMin: '2023-11-01', dateMax: '2023-11-31' });
    expect(dateBounds('2025-10-10', '2025-10-12')).toEqual({ dateMin: '2025-10-10', dateMax: '2025-10-12' });
  });

  it('keys a hromada the same with or without the words of its type, and nothing else that way', () => {
    const key = nameKey('Криничанська громада', 'HROMADA');
    expect(nameKey('Криничанська селищна територіальна громада', 'HROMADA')).toBe(key);
    expect(nameKey('Криничанська територіальна громада', 'HROMADA')).toBe(key);
    expect(nameKey('Криничанська селищна рада', 'COUNCIL')).not.toBe(nameKey('Криничанська рада', 'COUNCIL'));
  });

  it('resolves a relation to the event named so, not to another whose other form that name is', () => {
    const two = planArticle(ArticleFacts.parse({
      lang: 'uk', body: 'Відбулася нарада. Потім засідання ради.', publishedAt: '2024-05-02',
      persons: [{ name: 'Віталій Музиченко' }],
      events: [{ name: 'нарада' }, { name: 'засідання ради', aliases: ['нарада', 'засідання'] }],
      relations: [
        { type: 'SPOKE_AT', from: 'Віталій Музиченко', to: 'нарада', evidence: 'Відбулася нарада.' },
        { type: 'CHAIRED', from: 'Віталій Музиченко', to: 'засідання', evidence: 'Потім засідання ради.' },
      ],
    }), 'extracted');
    const [meeting, session] = two.events.map((e) => e.id);
    expect(two.relations.find((r) => r.type === 'SPOKE_AT')?.toId).toBe(meeting);
    expect(two.relations.find((r) => r.type === 'CHAIRED')?.toId).toBe(session);
    // Undated: bounded by the article's date.
    expect(two.events[0]).toMatchObject({ startDate: null, dateMin: '2024-05-02', dateMax: '2024-05-02' });
  });
});
