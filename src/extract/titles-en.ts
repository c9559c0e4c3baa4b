// Ukrainian titles for English ones, fitted to the body: "Head" is голова of a hromada or a council, начальник of
// a department, керівник of an office or a project.
import type { OrgMention } from './orgs.js';

/** "голова"/"голови" at the end of a title → another head noun (nominative/genitive) plus an optional complement. */
function replaceHead(title: string, nom: string, gen: string, complement: string): string {
  const c = complement ? ` ${complement}` : '';
  if (title.endsWith(' голови')) return `${title.slice(0, -' голови'.length)} ${gen}${c}`;
  if (title === 'голова') return `${nom}${c}`;
  return title;
}

/**
 * The title of a "head" fitted to what is headed: `tail` is the lowercased English words between the title and
 * the organisation ("of the education department of the").
 */
export function fitHead(title: string, headWord: string, tail: readonly string[], org: OrgMention): string {
  if (!/^(?:head|leader|chief)$/.test(headWord)) return title;
  if (tail.includes('department')) return replaceHead(title, 'начальник', 'начальника', 'департаменту');
  if (tail.includes('project')) return replaceHead(title, 'керівник', 'керівника', 'проєкту');
  if (tail.includes('programme') || tail.includes('program')) return replaceHead(title, 'керівник', 'керівника', 'програми');
  if (org.kind === 'HROMADA') return replaceHead(title, 'голова', 'голови', 'громади');
  if (/^(?:Офіс|Представництво|Програма|Проєкт)/.test(org.name)) return replaceHead(title, 'керівник', 'керівника', '');
  return title;
}
