import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from '../../../src/extract/translit.js';

describe('transliterate (KMU-2010)', () => {
  const cases: Array<[string, string]> = [
    ['Соколовська', 'Sokolovska'], ['Юлія', 'Yuliia'], ['Немчінов', 'Nemchinov'], ["В'ячеслав", 'Viacheslav'],
    ['В’ячеслав', 'Viacheslav'], ['Вʼячеслав', 'Viacheslav'], ['Негода', 'Nehoda'], ['Музиченко', 'Muzychenko'],
    ['Крентовська', 'Krentovska'], ['Ольга', 'Olha'], ['Бобраніцька', 'Bobranitska'], ['Згурський', 'Zghurskyi'],
    ['Єнакієве', 'Yenakiieve'], ['Їжакевич', 'Yizhakevych'], ['Олексій', 'Oleksii'], ['Щербухи', 'Shcherbukhy'],
    ['Гадяч', 'Hadiach'], ['Йосипівка', 'Yosypivka'], ['Стрий', 'Stryi'], ['Юрій', 'Yurii'], ['Ґалаґан', 'Galagan'],
    ['Житомир', 'Zhytomyr'], ['Харків', 'Kharkiv'], ['Марія', 'Mariia'], ['Київ', 'Kyiv'], ['Біла Церква', 'Bila Tserkva'],
    ['Розгон', 'Rozghon'], ['Знам’янка', 'Znamianka'], ['Заїчне', 'Zaichne'], ['Короп’є', 'Koropie'],
  ];
  it.each(cases)('%s → %s', (uk, en) => expect(transliterate(uk)).toBe(en));
  it('keeps all-capital words in capitals', () => {
    expect(transliterate('ЩУКА')).toBe('SHCHUKA');
    expect(transliterate('Щ')).toBe('Shch');
  });
  it('passes Latin and punctuation through', () => {
    expect(transliterate("U-LEAD з Європою, O'Brien")).toBe("U-LEAD z Yevropoiu, O'Brien");
  });
});

describe('slugify', () => {
  it('builds ASCII ids', () => {
    expect(slugify('Юлія Соколовська')).toBe('yuliia-sokolovska');
    expect(slugify("  В’ячеслав  Негода! ")).toBe('viacheslav-nehoda');
    expect(slugify('Рада соціального розвитку регіонів')).toBe('rada-sotsialnoho-rozvytku-rehioniv');
    expect(slugify('Zürich & Co.')).toBe('zurich-co');
  });
});
