// Which events of different articles become one node: day, place or organiser, and name must all agree.
import { describe, expect, it } from 'vitest';
import { eventNodeId, isGenericEventName } from '../../../src/store/event-identity.js';

const A = 'article:1111111111aaaa';
const B = 'article:2222222222bbbb';

describe('event identity', () => {
  it('joins a dated event with the same organiser and name across articles', () => {
    const e = { name: 'засідання Правління АМУ', startDate: '2024-03-13', location: null, organiser: 'Асоціація міст України' };
    expect(eventNodeId(e, A)).toBe(eventNodeId(e, B));
    expect(eventNodeId(e, A)).toBe('event:2024-03-13-zasidannia-pravlinnia-amu--asotsiatsiia-mist-ukrainy');
  });

  it('joins a dated, specifically named event at the same place', () => {
    const e = { name: 'форум «Сильні громади»', startDate: '2025-10-02', location: 'Київ', organiser: null };
    expect(eventNodeId(e, A)).toBe(eventNodeId(e, B));
  });

  it('keeps undated, merely dated or only generically named events to their article', () => {
    const cases = [
      { name: 'засідання', startDate: null, location: null, organiser: null },
      { name: 'засідання Правління АМУ', startDate: null, location: null, organiser: 'Асоціація міст України' },
      { name: 'засідання Правління АМУ', startDate: '2024-03', location: 'Київ', organiser: 'Асоціація міст України' },
      { name: 'засідання', startDate: '2024-03-13', location: 'Київ', organiser: null },
      { name: 'round table', startDate: '2024-03-13', location: 'Kyiv', organiser: null },
    ];
    for (const e of cases) expect(eventNodeId(e, A), e.name).not.toBe(eventNodeId(e, B));
  });

  it('keeps the article apart even when the name is long enough to fill the slug', () => {
    const name = `засідання ${'дуже довгої назви комітету '.repeat(8)}`;
    expect(eventNodeId({ name, startDate: null, location: null, organiser: null }, A))
      .not.toBe(eventNodeId({ name, startDate: null, location: null, organiser: null }, B));
  });

  it('tells a generic name from a specific one', () => {
    expect(isGenericEventName('робоча нарада')).toBe(true);
    expect(isGenericEventName('Working group meeting')).toBe(true);
    expect(isGenericEventName('засідання Палати регіонів')).toBe(false);
  });
});
