import { describe, expect, it } from 'vitest';
import { findDates, relativeDay } from '../../../src/extract/dates.js';

describe('relative days against the article date', () => {
  // 2025-02-20 is a Thursday.
  it('reads today, yesterday and the day before in both languages', () => {
    expect(relativeDay('Сьогодні у Полтаві відбувся форум.', '2025-02-20')).toBe('2025-02-20');
    expect(relativeDay('Учора в Сумах відбулась нарада.', '2025-02-20')).toBe('2025-02-19');
    expect(relativeDay('Позавчора відбулося засідання.', '2025-02-20')).toBe('2025-02-18');
    expect(relativeDay('Yesterday, the mayor met the ambassador.', '2025-02-20')).toBe('2025-02-19');
    expect(relativeDay('Today the forum opened.', '2025-02-20')).toBe('2025-02-20');
  });
  it('reads a weekday as the most recent such day on or before the article date', () => {
    expect(relativeDay('У понеділок відбулася нарада.', '2025-02-20')).toBe('2025-02-17');
    expect(relativeDay('В четвер відбулася нарада.', '2025-02-20')).toBe('2025-02-20');
    expect(relativeDay("У п’ятницю відбулася нарада.", '2025-02-20')).toBe('2025-02-14');
    expect(relativeDay('On Saturday the hromada held hearings.', '2025-02-20')).toBe('2025-02-15');
    expect(relativeDay('у середу минулого тижня', '2025-02-20')).toBe('2025-02-12');
  });
  it('names no day for "минулого тижня", inside quotes, or without a full article date', () => {
    expect(relativeDay('Минулого тижня відбулася нарада.', '2025-02-20')).toBeNull();
    expect(relativeDay('«Сьогодні громади тримають тил», – сказав він.', '2025-02-20')).toBeNull();
    expect(relativeDay('Сьогодні відбулася нарада.', null)).toBeNull();
    expect(relativeDay('Сьогодні відбулася нарада.', '2025-02')).toBeNull();
  });
});

describe('date ranges written with prepositions', () => {
  it('reads "з … по …" and "from … to …"', () => {
    expect(findDates('з 3 по 5 червня у Львові', 2024)[0]).toMatchObject({ startDate: '2024-06-03', endDate: '2024-06-05' });
    expect(findDates('From 8 to 10 May 2023, the delegation visited Odesa.', null)[0]).toMatchObject({ startDate: '2023-05-08', endDate: '2023-05-10' });
  });
});
