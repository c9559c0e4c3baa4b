// When two articles' events are one node: only when their day, their place or organiser, and their name agree.
// Anything less stays the article's own event, so that an undated "засідання" of one article never joins another's
// and links people who never met.
import { searchFold } from '../extract/normalise.js';
import { eventId } from './ids.js';

/** Words that say what kind of gathering it was and nothing about which one. */
const GENERIC_WORDS = new Set([
  'засідання', 'нарада', 'онлайн-нарада', 'зустріч', 'сесія', 'конференція', 'міні-конференція', 'форум', 'круглий', 'стіл',
  'семінар', 'вебінар', 'тренінг', 'брифінг', 'презентація', 'онлайн-презентація', 'візит', 'підписання', 'відкриття',
  'слухання', 'публічні', 'громадські', 'загальні', 'збори', 'засідань', 'робоча', 'робочий', 'робочої', 'чергова',
  'черговий', 'позачергова', 'пленарна', 'пленарне', 'спільна', 'спільне', 'онлайн', 'виїзна', 'виїзне', 'перша',
  'перше', 'друга', 'друге', 'стратегічна', 'група', 'групи', 'ефір', 'запуск', 'захід', 'подія',
  'meeting', 'working', 'group', 'session', 'conference', 'forum', 'round', 'table', 'seminar', 'webinar', 'training',
  'briefing', 'presentation', 'visit', 'signing', 'opening', 'hearing', 'hearings', 'public', 'online', 'event',
  'first', 'second', 'regular', 'joint', 'strategic', 'broadcast', 'launch', 'the', 'a', 'an', 'of',
]);

/** True when the name says only what kind of gathering it was ("засідання", "робоча нарада", "meeting"). */
export function isGenericEventName(name: string): boolean {
  const words = searchFold(name).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return words.every((w) => GENERIC_WORDS.has(w));
}

export interface EventIdentity {
  name: string;
  startDate: string | null | undefined;
  location: string | null | undefined;
  /** The first organiser the article names, if any. */
  organiser: string | null;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The event's node id. Shared across articles when the day is known and an organiser, or a place with a name
 * that says more than the kind of gathering, pins it down; otherwise the article's own (its id as suffix).
 */
export function eventNodeId(e: EventIdentity, articleId: string): string {
  const day = e.startDate && FULL_DAY.test(e.startDate) ? e.startDate : null;
  const anchor = e.organiser ?? (e.location && !isGenericEventName(e.name) ? e.location : null);
  if (day && anchor) return eventId(e.name, day, anchor);
  return eventId(e.name, e.startDate, `a-${articleId.replace(/^article:/, '').slice(0, 10)}`);
}
