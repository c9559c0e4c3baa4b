// An event's linked lists (chairs, participants, organisers, reforms, reporting articles). The event links loader
// fetches all five for a batch of events; a node page fetches only the lists its query shows, and those are kept
// apart so that a list it did not fetch is still loaded, never read as empty.
import type { Context } from '../context.js';
import type { Maybe } from '../shared/load.js';

export const EVENT_LINK_LISTS = ['chairs', 'participants', 'organisers', 'reforms', 'articles'] as const;
export type EventLinkList = (typeof EVENT_LINK_LISTS)[number];
export type EventLinks = Record<EventLinkList, string[]>;

export const isEventLinkList = (name: string): name is EventLinkList => (EVENT_LINK_LISTS as readonly string[]).includes(name);

/** Per request: the lists a node page fetched, by event id. */
export type PrefetchedEventLinks = Map<string, Partial<EventLinks>>;

export function primeEventLinks(l: { prefetchedEventLinks: PrefetchedEventLinks }, eventId: string, lists: Partial<EventLinks>): void {
  l.prefetchedEventLinks.set(eventId, { ...l.prefetchedEventLinks.get(eventId), ...lists });
}

/** The ids of one of an event's lists: from the node page when it fetched that list (at once), else from the loader. */
export function eventLinks(ctx: Context, eventId: string, list: EventLinkList): Maybe<string[]> {
  return ctx.loaders.prefetchedEventLinks.get(eventId)?.[list] ?? ctx.loaders.eventLinks.load(eventId).then((row) => row?.[list] ?? []);
}
