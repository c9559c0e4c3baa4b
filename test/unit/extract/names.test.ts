import { describe, expect, it } from 'vitest';
import { nameForms, nominativeCandidates, nominativeName } from '../../../src/extract/names.js';

describe('nominativeName', () => {
  const cases: Array<[string, string, 'm' | 'f' | 'u']> = [
    ['Олега Немчінова', 'Олег Немчінов', 'm'],
    ['Юлії Соколовської', 'Юлія Соколовська', 'f'],
    ['Віталія Музиченка', 'Віталій Музиченко', 'm'],
    ['Марині Бобраніцькій', 'Марина Бобраніцька', 'f'],
    ['Сусанною Делланс', 'Сусанна Делланс', 'f'],
    ['Ользі Крентовській', 'Ольга Крентовська', 'f'],
    ['В’ячеславом Негодою', "В'ячеслав Негода", 'm'],
    ['Вʼячеслава Негоди', "В'ячеслав Негода", 'm'],
    ['Інни Скляр', 'Інна Скляр', 'f'],
    ['Юлія Соколовська', 'Юлія Соколовська', 'f'],
    ['Олегу Немчінову', 'Олег Немчінов', 'm'],
    ['Олегом Немчіновим', 'Олег Немчінов', 'm'],
    ['Олександра Музиченка', 'Олександр Музиченко', 'm'],
    ['Олександру Ткаченку', 'Олександр Ткаченко', 'm'],
    ['Олександри Ткаченко', 'Олександра Ткаченко', 'f'],
    ['Олега Негоду', 'Олег Негода', 'm'],
    ['Ігоря Коваля', 'Ігор Коваль', 'm'],
    ['Андрієві Кравцю', 'Андрій Кравець', 'm'],
    ['Марії Задорожньої', 'Марія Задорожня', 'f'],
    ['Федора Згурського', 'Федір Згурський', 'm'],
    ['Миколи Бойка', 'Микола Бойко', 'm'],
    ['Іллею Шевченком', 'Ілля Шевченко', 'm'],
    ['Ганною Малиновською', 'Ганна Малиновська', 'f'],
    ['Ярославою Петренко', 'Ярослава Петренко', 'f'],
    ['Тетяни Мельник', 'Тетяна Мельник', 'f'],
    ['Сергієм Мельником', 'Сергій Мельник', 'm'],
    ['Наталії Іванової', 'Наталія Іванова', 'f'],
    ['Василю Ткачу', 'Василь Ткач', 'm'],
    ['Павлом Розенком', 'Павло Розенко', 'm'],
    ['Оксаною Кравченко', 'Оксана Кравченко', 'f'],
    ['Олегом Івановичем Немчіновим', 'Олег Іванович Немчінов', 'm'],
    ['Юлії Володимирівни Соколовської', 'Юлія Володимирівна Соколовська', 'f'],
    ['Немчінова Олега Вікторовича', 'Олег Вікторович Немчінов', 'm'],
  ];
  it.each(cases)('%s → %s', (input, name, gender) => {
    expect(nominativeName(input)).toEqual({ name, gender });
  });
  it('returns an unlisted, indeclinable-looking name unchanged with unknown gender', () => {
    expect(nominativeName('Тармо Маасікас')).toEqual({ name: 'Тармо Маасікас', gender: 'u' });
  });
  it('leaves Latin names alone', () => {
    expect(nominativeName('Olha Krentovska').name).toBe('Olha Krentovska');
  });
  it('keeps all-capital input in capitals', () => {
    expect(nominativeName('ОЛЕГА НЕМЧІНОВА').name).toBe('ОЛЕГ НЕМЧІНОВ');
  });
});

describe('nameForms', () => {
  it('declines a masculine name through every case', () => {
    const forms = nameForms('Олег Немчінов');
    expect(forms[0]).toBe('Олег Немчінов');
    expect(forms).toEqual(expect.arrayContaining(['Олега Немчінова', 'Олегу Немчінову', 'Олегом Немчіновим', 'Олегові Немчінову']));
  });
  it('declines a feminine adjectival surname', () => {
    expect(nameForms('Юлія Соколовська')).toEqual(expect.arrayContaining(
      ['Юлії Соколовської', 'Юлії Соколовській', 'Юлію Соколовську', 'Юлією Соколовською']));
  });
  it('keeps an indeclinable feminine surname', () => {
    expect(nameForms('Інна Скляр')).toEqual(expect.arrayContaining(['Інни Скляр', 'Інною Скляр', 'Інні Скляр']));
  });
  it('declines -енко for men only', () => {
    expect(nameForms('Віталій Музиченко')).toEqual(expect.arrayContaining(['Віталія Музиченка', 'Віталієм Музиченком']));
    expect(nameForms('Оксана Кравченко')).toContain('Оксани Кравченко');
  });
  it('declines -а surnames as nouns', () => {
    expect(nameForms("В'ячеслав Негода")).toEqual(expect.arrayContaining(["В'ячеслава Негоди", "В'ячеславу Негоді", "В'ячеславом Негодою"]));
  });
  it('round-trips through nominativeName', () => {
    for (const n of ['Ольга Крентовська', 'Марина Бобраніцька', 'Сусанна Делланс', 'Віталій Музиченко', 'Олег Немчінов']) {
      for (const f of nameForms(n)) expect(nominativeName(f).name).toBe(n);
    }
  });
});

describe('round trip over many real-style names of both genders', () => {
  const names = ['Ольга Стефанишина', 'Денис Шмигаль', 'Олексій Чернишов', 'Віталій Кличко', 'Ірина Верещук',
    'Оксана Маркарова', 'Людмила Денісова', 'Василь Ткач', 'Петро Порошенко', 'Руслан Стефанчук', 'Олена Шуляк',
    'Антон Кушнір', 'Геннадій Зубко', 'Тетяна Бережна', 'Наталія Козловська', 'Дмитро Кулеба', 'Леся Гонтар',
    'Юрій Вітренко', 'Катерина Гамалій', 'Роман Абрамовський', 'Микола Точицький', 'Ганна Новосад',
    'Сергій Сухомлин', 'Мирослава Кулик', 'Олег Кіпер', 'Олександр Слобожан', 'Анатолій Федорук',
    'Любов Панчишин', 'Світлана Зайчук', 'Лілія Гриневич', 'Тарас Кремінь', 'Христина Задорожня', 'Дарія Марчак',
    'Єлизавета Ясько', 'Степан Кубів'];
  it.each(names)('%s', (n) => {
    for (const f of nameForms(n)) expect(nominativeName(f).name, f).toBe(n);
  });
});

describe('nominativeCandidates', () => {
  it('includes the word and its plausible nominatives', () => {
    expect(nominativeCandidates('Немчінова')).toEqual(expect.arrayContaining(['Немчінова', 'Немчінов']));
    expect(nominativeCandidates('Соколовської')).toEqual(expect.arrayContaining(['Соколовської', 'Соколовська']));
    expect(nominativeCandidates('Музиченка')).toEqual(expect.arrayContaining(['Музиченка', 'Музиченко']));
    expect(nominativeCandidates('Негодою')).toEqual(['Негодою', 'Негода']);
    expect(nominativeCandidates('Олега')).toContain('Олег');
  });
  it('keeps the input case', () => {
    expect(nominativeCandidates('немчінова')).toContain('немчінов');
  });
  it('does not invent forms for an indeclinable word', () => {
    expect(nominativeCandidates('Скляр')).toEqual(['Скляр']);
  });
});
