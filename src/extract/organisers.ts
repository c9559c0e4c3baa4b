// Who organised an event, read from one sentence: the subject of "провели/held/hosted" (bodies and programmes
// joined by та/і/and/спільно з), or the agents after "організований/organised by/organised jointly with".
import type { Token } from './tokens.js';

/** An organisation or programme named in the sentence: tokens [start, end). */
export interface Agent { name: string; start: number; end: number; project?: boolean }

const ACTIVE_RE = /^(?:провів|провела|провело|провели|проводить|проводять|проведе|проведуть|організував|організувала|організувало|організували|організовує|організовують|held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|co-organi[sz]ed)$/i;
const PASSIVE_RE = /^(?:організован\S*|організовано|проведен\S*|organi[sz]ed|hosted|co-organi[sz]ed)$/i;
const BE_RE = /^(?:was|were|is|are|be|been|being)$/i;
/** Words joining agents in a list or a joint action. */
const JOIN_RE = /^(?:,|та|і|й|and|спільно|разом|з|із|зі|with|together|jointly|the|by|at|of)$/i;
/** Words that name the kind of agent right next to it ("Програмою Polaris", "HOVERLA Activity", "the NGO X"). */
const DESCRIPTOR_RE = /^(?:програм\S*|проєкт\S*|проект\S*|programme|program|project|activity|initiative|ініціатив\S*)$/i;
/** Where the agents end: support and funding are not organising. */
const SUPPORT_RE = /^(?:підтримки|підтримкою|фінансування|фінансуванням|support|funding|funded|financed)$/i;
const MONTH_RE = /^(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|року|р|January|February|March|April|May|June|July|August|September|October|November|December)$/i;

function agentEndingAt(agents: readonly Agent[], e: number): Agent | undefined {
  return agents.filter((a) => a.end === e).sort((x, y) => (y.end - y.start) - (x.end - x.start))[0];
}

/** The subject agents before an active verb at `v`, walking back over lists, descriptors and a date. */
function subjects(tokens: Token[], v: number, agents: readonly Agent[]): string[] {
  const out: string[] = [];
  let k = v;
  // "… 18 червня 2025 року провів": a date between subject and verb.
  while (k > 0 && (tokens[k - 1]?.kind === 'number' || MONTH_RE.test(tokens[k - 1]?.text ?? ''))) k--;
  let joined = true;
  let guard = 0;
  while (k > 0 && guard++ < 40) {
    const a = agentEndingAt(agents, k);
    if (a) {
      // Two agents side by side ("USAID HOVERLA") are one: the first only qualifies the second.
      if (!joined) break;
      out.push(a.name);
      k = a.start;
      joined = false;
      continue;
    }
    const t = tokens[k - 1];
    if (!t) break;
    if (t.text === ')' && tokens[k - 3]?.text === '(') { k -= 3; continue; }
    // A name read shorter than written ("U-LEAD" of "U-LEAD with Europe", "Ministry …" of "… of Ukraine").
    const tail = [1, 2, 3].find((d) => agentEndingAt(agents, k - d) && tokens.slice(k - d, k).every((w) => w.cap || /^(?:with|of|з)$/i.test(w.text)));
    if (tail && joined) { k -= tail; continue; }
    if (DESCRIPTOR_RE.test(t.text)) { k--; continue; }
    if (JOIN_RE.test(t.text)) { joined = true; k--; continue; }
    break;
  }
  return out;
}

/** A donor named before its programme ("EU/UNDP project “…”", "USAID HOVERLA Activity") only qualifies it. */
function qualifiesProject(tokens: Token[], agents: readonly Agent[], a: Agent): boolean {
  if (a.project) return false;
  let k = a.end;
  for (let guard = 0; guard < 8 && k < tokens.length; guard++) {
    const b = agents.find((x) => x.start === k);
    if (b?.project) return true;
    if (b) { k = b.end; continue; }
    const t = tokens[k]?.text ?? '';
    if (t === '/' || /^[«“"]$/.test(t) || DESCRIPTOR_RE.test(t) || tokens[k]?.caps || tokens[k]?.cap && tokens[k]?.latin) { k++; continue; }
    return false;
  }
  return false;
}

/** The agents after a passive "організований/organised by" at `v`. */
function agentsAfter(tokens: Token[], v: number, agents: readonly Agent[]): string[] {
  const out: string[] = [];
  let k = v + 1;
  let guard = 0;
  while (k < tokens.length && guard++ < 40) {
    const a = agents.find((x) => x.start === k);
    if (a) { if (!qualifiesProject(tokens, agents, a)) out.push(a.name); k = a.end; continue; }
    const t = tokens[k];
    if (!t || SUPPORT_RE.test(t.text)) break;
    // "USAID/UKaid DOBRE": a slash, or an unrecognised co-donor right before an agent.
    if (t.text === '/' || t.cap && agents.some((x) => x.start === k + 1)) { k++; continue; }
    if (JOIN_RE.test(t.text) || DESCRIPTOR_RE.test(t.text)) { k++; continue; }
    if (t.text === '(' && tokens[k + 2]?.text === ')') { k += 3; continue; }
    break;
  }
  return out;
}

/**
 * Organisers named in a sentence around an event mention starting at `eventStart` (-1 when the sentence only
 * refers back to the event, "It was organised by …").
 */
export function findOrganisers(tokens: Token[], agents: readonly Agent[], eventStart: number): string[] {
  const out = new Set<string>();
  tokens.forEach((t, v) => {
    const passive = PASSIVE_RE.test(t.text) && (t.latin ? BE_RE.test(tokens[v - 1]?.text ?? '') || tokens[v + 1]?.lower === 'by' || /^(?:jointly|with)$/.test(tokens[v + 1]?.lower ?? '') : true);
    if (passive && (t.latin || /^(?:організован|проведен)/i.test(t.text))) {
      for (const n of agentsAfter(tokens, v, agents)) out.add(n);
      return;
    }
    if (ACTIVE_RE.test(t.text) && !BE_RE.test(tokens[v - 1]?.text ?? '') && (eventStart < 0 || eventStart > v)) {
      for (const n of subjects(tokens, v, agents)) out.add(n);
    } else if (!t.latin && ACTIVE_RE.test(t.text) && eventStart >= 0 && eventStart < v) {
      // "Тренінг організувала Програма DOBRE": the event first, the subject after the verb.
      for (const n of agentsAfter(tokens, v, agents)) out.add(n);
    }
  });
  return [...out];
}

const SIGN_RE = /^(?:підписали|підписав|підписала|підписало|уклали|signed)$/i;

/** The bodies that signed ("X, Y та Z підписали меморандум", "X and Y signed the agreement"): they take part. */
export function findSigners(tokens: Token[], agents: readonly Agent[]): string[] {
  const out = new Set<string>();
  tokens.forEach((t, v) => {
    if (SIGN_RE.test(t.text)) for (const n of subjects(tokens, v, agents)) out.add(n);
  });
  return [...out];
}

/** Words naming the people who stand for a body ("представники X", "representatives of the X", "експерти Програми X"). */
const DELEGATE_RE = /^(?:представник\S*|представниц\S*|representatives?|members?|delegates?|delegation|делегаці\S*|експерт\S*|experts?|фахівц\S*|specialists?|staff)$/i;

/** Bodies whose representatives the sentence names: they take part through them. */
export function representedBodies(tokens: Token[], agents: readonly Agent[]): string[] {
  const out: string[] = [];
  for (const a of agents) {
    let k = a.start - 1;
    // "representatives of the Association", "представники Асоціації", "експерти Програми «…»".
    while (k >= 0 && /^(?:of|the|from|з|із|від)$/i.test(tokens[k]?.text ?? '')) k--;
    if (DELEGATE_RE.test(tokens[k]?.text ?? '') || DESCRIPTOR_RE.test(tokens[k]?.text ?? '') && DELEGATE_RE.test(tokens[k - 1]?.text ?? '')) out.push(a.name);
  }
  return out;
}
