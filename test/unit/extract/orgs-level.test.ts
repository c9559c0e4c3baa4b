// Organisations of the right name and level: hromadas named in Latin script, formal state names, countries.
import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { latinTownAdjective } from '../../../src/extract/geo-data.js';
import { findOrgs } from '../../../src/extract/orgs.js';
import { tokenise } from '../../../src/extract/tokens.js';

const orgs = (text: string): string[] => findOrgs(tokenise(text), text, 0).map((o) => `${o.kind}:${o.name}`);

describe('Latin-script town names to their council and hromada adjective', () => {
  it('restores the soft sign, the -ці plural, the doubled consonant, the о/і and г/з alternations and compound names', () => {
    expect(['Slavsk', 'Kozhanske', 'Chernivtsi', 'Velykopillia', 'Lozova', 'Nova Vodolaha', 'Stari Koty'].map(latinTownAdjective))
      .toEqual(['Славська', 'Кожанська', 'Чернівецька', 'Великопільська', 'Лозівська', 'Нововодолазька', undefined]);
  });
  it('reads no hromada from "Seven hromadas", "Small hromadas" or a single place before a plural', () => {
    expect(orgs('Seven hromadas and Small hromadas joined. These hromadas will benefit.')).toEqual([]);
    expect(orgs('The Nova Vodolaha hromada joined.')).toEqual(['HROMADA:Нововодолазька територіальна громада']);
  });
  it('names a hromada "X територіальна громада"', () => {
    expect(orgs('Голова Бережанської міської громади виступив.')).toEqual(['HROMADA:Бережанська територіальна громада']);
  });
});

describe('states named formally', () => {
  it('gives embassies and foreign ministries their formal names where they use them', () => {
    expect(orgs('Представники Посольства Чеської Республіки та МЗС Республіки Польща.'))
      .toEqual(['EMBASSY:Посольство Чеської Республіки в Україні', 'DONOR:Міністерство закордонних справ Республіки Польща']);
    expect(orgs('Проєкт підтримало Посольство Королівства Швеція в Україні.')).toEqual(['EMBASSY:Посольство Швеції в Україні']);
    expect(orgs('Фінансування надала Федеративна Республіка Німеччина.')).toEqual(['DONOR:Німеччина']);
  });
  it('merges a bare country into its government when the article names both', () => {
    const f = extractArticle(ParsedArticle.parse({ lang: 'uk', publishedAt: '2024-06-12', body: 'Уряд Норвегії виділив кошти. Громада подякувала Норвегії за підтримку.' }));
    expect(f.organizations.map((o) => o.name)).toEqual(['Уряд Норвегії']);
  });
});

describe('funders listed after "its member states"', () => {
  it('reads every member state as a funder, in both languages', () => {
    const uk = extractArticle(ParsedArticle.parse({ lang: 'uk', publishedAt: '2024-06-12', body: 'Програма «U-LEAD з Європою» фінансується Європейським Союзом та його державами-членами Литвою, Польщею та Словенією.' }));
    expect(uk.projects[0]?.funders).toEqual(expect.arrayContaining(['Європейський Союз', 'Литва', 'Польща', 'Словенія']));
    const en = extractArticle(ParsedArticle.parse({ lang: 'en', publishedAt: '2024-06-12', body: 'U-LEAD with Europe is jointly funded by the European Union and its member states Lithuania, Poland and Slovenia.' }));
    expect(en.projects[0]?.funders).toEqual(expect.arrayContaining(['Європейський Союз', 'Литва', 'Польща', 'Словенія']));
  });
});
