// Undoing a recorded merge (src/actor/merge.ts): the merged-away actor comes back under its own id with the
// relationships it had, the survivor's are put back as they were, and the old id stops resolving to the survivor.
// Writes since the merge are kept: citations of a moved fact that were retracted since are not brought back, and
// citations added since stay on the survivor (the notes say which). A merge whose survivor, or the other end of a
// moved relationship, was merged away since is refused until that later merge is undone.
import { loadCypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { bumpGraphVersion } from '../store/graph-version.js';

const Q = loadCypher(['actor/unmerge-read', 'actor/unmerge-actor']);

/** An undo refused, with the reason meant for the person asking. */
export class UnmergeError extends Error {}

export interface UnmergeOutcome {
  mergeId: string;
  /** The merged-away id, an actor again. */
  restored: string;
  survivor: string;
  relationshipsRestored: number;
  /** What could not be put back as it was, and why. */
  notes: string[];
}

/** A moved relationship as unmerge-read.cypher reads it: the record, and the survivor's relationship it joined, now. */
interface MoveRow {
  i: number;
  type: string;
  out: boolean;
  otherId: string;
  /** False for a relationship to the survivor (or a loop): the merge dropped it, nothing of it is on the survivor. */
  joined: boolean;
  key: string | null;
  otherFound: boolean;
  /** Where the other end went when it was merged away since, and by which merge. */
  otherNow: string | null;
  otherLaterMerge: string | null;
  movedArticles: string[];
  movedSentences: string[];
  hadBefore: boolean;
  beforeArticles: string[];
  beforeSentences: string[];
  current: boolean;
  /** The survivor's relationship is exactly as this move left it. */
  unchanged: boolean;
  currentArticles: string[];
  currentSentences: string[];
}

interface ReadRow {
  found: boolean;
  fromId: string | null;
  intoId: string | null;
  fromName: string | null;
  at: string | null;
  by: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
  intoFound: boolean;
  intoNow: string | null;
  intoLaterMerge: string | null;
  fromTaken: boolean;
  moves: MoveRow[];
}

/** What unmerge-actor.cypher does for one move (see its header). */
export interface MoveAction {
  i: number;
  restore: boolean;
  lists: [string[], string[]] | null;
  survivor: 'exact' | 'lists' | 'delete' | 'keep';
  survivorLists: [string[], string[]] | null;
}

type Pair = readonly [article: string, sentence: string];

const pairsOf = (articles: string[], sentences: string[]): Pair[] => articles.map((a, k) => [a, sentences[k] ?? ''] as const);
const listsOf = (pairs: readonly Pair[]): [string[], string[]] => [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
const samePair = (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1];

/**
 * The moved citations taken back from the survivor's relationship, each once and from the end: the merge appended
 * them after the survivor's own, so when nothing changed since, what is left is exactly what the survivor had.
 * Citations retracted since are not there to take.
 */
export function takeBack(current: readonly Pair[], moved: readonly Pair[]): { left: Pair[]; taken: Pair[] } {
  const left = [...current];
  const taken: Pair[] = [];
  for (let k = moved.length - 1; k >= 0; k--) {
    const p = moved[k]!;
    let j = left.length - 1;
    while (j >= 0 && !samePair(left[j]!, p)) j--;
    if (j >= 0) {
      left.splice(j, 1);
      taken.unshift(p);
    }
  }
  return { left, taken };
}

/** Pairs of `all` beyond those of `base` (each of base's counted once). */
function beyond(all: readonly Pair[], base: readonly Pair[]): Pair[] {
  return takeBack(all, base).left;
}

/** Refusals first; then, last move first, what to do with each (the survivor's relationships followed as they change). */
export function planUndo(mergeId: string, read: ReadRow): { actions: MoveAction[]; notes: string[] } {
  if (!read.found || !read.fromId || !read.intoId) {
    throw new UnmergeError(`No merge with id ${mergeId}: mergeActors returns it as mergeId, npm run merge prints it.`);
  }
  const { fromId, intoId } = read;
  if (read.undoneAt) throw new UnmergeError(`Merge ${mergeId} (${fromId} into ${intoId}) was undone already, at ${read.undoneAt} by ${read.undoneBy ?? 'someone'}.`);
  if (!read.intoFound) {
    throw new UnmergeError(read.intoNow
      ? `${intoId}, into which ${fromId} was merged, was itself merged into ${read.intoNow} since${read.intoLaterMerge ? ` (merge ${read.intoLaterMerge})` : ''}: undo that merge first.`
      : `${intoId}, into which ${fromId} was merged, no longer exists: there is nothing to take ${fromId}'s relationships back from.`);
  }
  if (read.fromTaken) throw new UnmergeError(`A node with id ${fromId} exists again (written since the merge): ${fromId} cannot be restored beside it.`);
  const mergedSince = read.moves.filter((m) => m.joined && !m.otherFound && m.otherNow);
  if (mergedSince.length) {
    const later = [...new Map(mergedSince.map((m) => [m.otherId, m])).values()]
      .map((m) => `${m.otherId} was merged into ${m.otherNow}${m.otherLaterMerge ? ` (merge ${m.otherLaterMerge})` : ''}`);
    throw new UnmergeError(`Relationships this merge moved lead to actors merged away since: ${later.join('; ')}. Undo ${later.length > 1 ? 'those merges' : 'that merge'} first.`);
  }

  const notes: string[] = [];
  const actions: MoveAction[] = [];
  // The survivor's relationships as the undo leaves them, move after move (two moves may have joined one).
  const now = new Map<string, { exists: boolean; pairs: Pair[] }>();
  for (const m of [...read.moves].sort((a, b) => b.i - a.i)) {
    const what = `${m.type} ${m.out ? 'to' : 'from'} ${m.otherId}`;
    const moved = pairsOf(m.movedArticles, m.movedSentences);
    const recorded: MoveAction = { i: m.i, restore: true, lists: null, survivor: 'keep', survivorLists: null };
    if (!m.joined) {
      actions.push(recorded);
      continue;
    }
    if (!m.otherFound) {
      notes.push(`${what} not restored: ${m.otherId} no longer exists (its articles were retracted since the merge).`);
      actions.push({ ...recorded, restore: false });
      continue;
    }
    const key = `${m.type}|${m.out}|${m.otherId}|${m.key ?? ''}`;
    const seen = now.get(key);
    const state = seen ?? { exists: m.current, pairs: pairsOf(m.currentArticles, m.currentSentences) };
    if (!state.exists) {
      if (moved.length > 0) {
        notes.push(`${what} not restored: every citation of it was retracted since the merge.`);
        actions.push({ ...recorded, restore: false });
      } else actions.push(recorded);
      continue;
    }
    const before = pairsOf(m.beforeArticles, m.beforeSentences);
    if (!seen && m.unchanged) {
      actions.push({ ...recorded, survivor: 'exact' });
      now.set(key, m.hadBefore ? { exists: true, pairs: before } : { exists: false, pairs: [] });
      continue;
    }
    const { left, taken } = takeBack(state.pairs, moved);
    if (moved.length > 0 && taken.length === 0) {
      notes.push(`${what} not restored: every citation of it was retracted since the merge.`);
    } else if (taken.length < moved.length) {
      notes.push(`${what} restored with ${taken.length} of its ${moved.length} citations: the others were retracted since the merge.`);
    }
    const added = beyond(left, before);
    if (added.length) {
      const articles = [...new Set(added.map((p) => p[0]))];
      notes.push(`${what}: ${added.length} citation(s) written since the merge stay with ${intoId} (${articles.join(', ')}); check whether they name ${read.fromName ?? fromId}.`);
    }
    const gone = left.length === 0 && (!m.hadBefore || before.length > 0);
    actions.push({
      i: m.i,
      restore: moved.length === 0 || taken.length > 0,
      lists: moved.length === 0 ? null : listsOf(taken),
      survivor: gone ? 'delete' : 'lists',
      survivorLists: gone ? null : listsOf(left),
    });
    now.set(key, { exists: !gone, pairs: left });
  }
  return { actions, notes };
}

/**
 * Undoes merge `mergeId` in one transaction, or throws UnmergeError with the reason it cannot be. `by` (an API key's
 * name, or who ran the command) goes into the record, which stays, marked undone.
 */
export async function unmergeActor(db: Database, mergeId: string, by: string): Promise<UnmergeOutcome> {
  const outcome = await db.inWriteTransaction(async (tx) => {
    const [read] = await tx.write<ReadRow>(Q['actor/unmerge-read'], { mergeId });
    const { actions, notes } = planUndo(mergeId, read!);
    const restored = actions.filter((a) => a.restore).length;
    // Indexed by move, so that the statement finds each move's action without a search.
    const moves = [...actions].sort((a, b) => a.i - b.i);
    if (moves.some((a, k) => a.i !== k)) throw new Error(`Merge ${mergeId}: its record's moves are not numbered 0..${moves.length - 1}.`);
    const rows = await tx.write<{ restored: string; survivor: string }>(Q['actor/unmerge-actor'], { mergeId, by, moves, restored, notes });
    if (rows.length !== 1) throw new UnmergeError(`Merge ${mergeId} changed during the undo; try again.`);
    return { mergeId, restored: rows[0]!.restored, survivor: rows[0]!.survivor, relationshipsRestored: restored, notes };
  });
  bumpGraphVersion();
  return outcome;
}
