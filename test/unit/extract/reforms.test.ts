import { describe, expect, it } from 'vitest';
import { findReforms } from '../../../src/extract/reforms.js';

describe('reforms named in a sentence', () => {
  it('reads energy efficiency, participatory budgets as local finance, and the healthcare network', () => {
    expect(findReforms('AUC and GIZ discussed municipal energy planning.')).toEqual(['енергоефективність']);
    expect(findReforms('Громада провела публічні слухання щодо бюджету участі.')).toEqual(['місцеві фінанси']);
    expect(findReforms('Нарада щодо розвитку спроможної мережі закладів охорони здоров’я.')).toEqual(["охорона здоров'я"]);
  });
  it('reads recovery only as a programme or plan, not any "відновлення"', () => {
    expect(findReforms('Депутати ухвалили Програму відновлення громади на 2024–2027 роки.')).toEqual(['відновлення']);
    expect(findReforms('Форум «Єдність – основа відновлення України» відбудеться в Києві.')).toEqual([]);
  });
  it('does not take healthcare named only as a sector in a list', () => {
    expect(findReforms('Об’єднання зусиль у сфері освіти, охорони здоров’я та зайнятості.')).toEqual([]);
  });
});
