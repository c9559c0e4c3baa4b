import { describe, expect, it } from 'vitest';
import { ParsedArticle } from '../../../src/facts/schema.js';
import { extractArticle } from '../../../src/extract/index.js';

function extract(body: string, lang: 'uk' | 'en') {
  return extractArticle(ParsedArticle.parse({ lang, body, publishedAt: '2025-04-10' }));
}
const projects = (body: string, lang: 'uk' | 'en'): string[] => extract(body, lang).projects.map((p) => p.name);

describe('a quoted title that is not a project (Ukrainian)', () => {
  it('a TV or radio programme, by the word before it or the channel after it', () => {
    expect(projects('Голова громади Ірина Коваль розповіла про відновлення в ефірі програми «Акценти тижня».', 'uk')).toEqual([]);
    expect(projects('Про це йшлося в програмі «Громада в деталях» телеканалу «Рада».', 'uk')).toEqual([]);
    expect(projects('Староста Петро Олійник став гостем програми «Ранок громади» на радіо «Промінь».', 'uk')).toEqual([]);
  });

  it('a course', () => {
    expect(projects('Двадцять старост завершили навчальну програму «Школа сучасного старости».', 'uk')).toEqual([]);
  });

  it('a document: a council\'s budget programme, a draft act, a strategy', () => {
    expect(projects('Депутати затвердили цільову програму «Питна вода».', 'uk')).toEqual([]);
    expect(projects('Сесія ухвалила програму «Безпечна громада» на 2025–2027 роки.', 'uk')).toEqual([]);
    expect(projects('Виконком схвалив проєкт «Про бюджет громади на 2026 рік».', 'uk')).toEqual([]);
    expect(projects('Робоча група доопрацювала проєкт «Стратегія розвитку громади до 2030 року».', 'uk')).toEqual([]);
  });

  it('a competition', () => {
    expect(projects('Громада перемогла у конкурсі проєктів «Малі міста – великі враження».', 'uk')).toEqual([]);
  });
});

describe('a quoted title that is not a project (English)', () => {
  it('a TV or radio programme', () => {
    expect(projects('The mayor Iryna Koval appeared on the TV programme “Hromada Today” on Sunday.', 'en')).toEqual([]);
    expect(projects('The reform was discussed in the programme “Local Matters” on Rada TV.', 'en')).toEqual([]);
    expect(projects('Deputy Minister Olena Hrytsenko was a guest of the programme “Morning Hromada” on Radio Ukraine.', 'en')).toEqual([]);
  });

  it('a course', () => {
    expect(projects('Thirty starostas completed the training programme “Leaders of Hromadas”.', 'en')).toEqual([]);
  });

  it('a document', () => {
    expect(projects('The council adopted the municipal programme “Clean Water”.', 'en')).toEqual([]);
    expect(projects('The council adopted the programme “Safe Streets” for 2025–2027.', 'en')).toEqual([]);
    expect(projects('Experts presented the project “Handbook on Participatory Budgeting”.', 'en')).toEqual([]);
  });

  it('a competition', () => {
    expect(projects('Five hromadas won the competition of projects “Green Villages”.', 'en')).toEqual([]);
  });
});

describe('what stays a project', () => {
  it('a donor project named with its funder, in both languages', () => {
    expect(projects('Проєкт «Спроможні громади», який фінансує Уряд Канади, провів форум у Полтаві.', 'uk')).toEqual(['Спроможні громади']);
    const f = extract('The event was supported by the World Bank project “Social Safety Nets for Hromadas”.', 'en');
    expect(f.projects.map((p) => [p.name, p.funders])).toEqual([['Social Safety Nets for Hromadas', ['Світовий банк']]]);
  });

  it('a programme whose title merely starts like a course', () => {
    expect(projects('Проєкт «Курс на відновлення» підтримує громади Харківщини.', 'uk')).toEqual(['Курс на відновлення']);
  });

  it('a programme of the authority file, whatever the words around it', () => {
    expect(projects('Про результати розповіли в ефірі програми «Партнерство для розвитку міст» (ПРОМІС).', 'uk')).toEqual(['PLEDDG']);
    expect(projects('Experts of the training programme “E-Governance for Accountability and Participation” spoke.', 'en')).toEqual(['EGAP']);
  });

  it('a programme of the authority file by its full name and its acronym is one project', () => {
    const f = extract([
      'The Swiss-Ukrainian project “Decentralization for Development of Democratic Education” (DECIDE) held a forum in Poltava.',
      'DECIDE is funded by Switzerland.',
    ].join('\n'), 'en');
    expect(f.projects.map((p) => p.name)).toEqual(['DECIDE']);
    expect(f.projects[0]?.aliases).toEqual(expect.arrayContaining(['Decentralization for Development of Democratic Education']));
  });

  it('an acronym from the authority file', () => {
    expect(projects('Програма USAID «ДОБРЕ» підтримала громаду.', 'uk')).toEqual(['DOBRE']);
    expect(projects('The EGAP Programme presented its results.', 'en')).toEqual(['EGAP']);
  });
});
