// The one write path: an article and its facts go into the graph in one transaction, resolved against what is there.
import { loadCypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { ArticleFacts } from '../facts/schema.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { searchFold } from '../extract/normalise.js';
import { bumpGraphVersion } from './graph-version.js';
import { planArticle, type Provenance, type WritePlan } from './plan.js';
import { resolveActors, type AmbiguousMatch } from './resolve-actors.js';


const Q = loadCypher([
  'store/find-article', 'store/retract-article', 'store/get-article-neighbours', 'store/remove-orphans', 'store/upsert-article', 'store/upsert-actors',
  'store/upsert-events', 'store/upsert-reforms', 'store/upsert-relations', 'store/upsert-related-news',
]);

export type WriteStatus = 'new' | 'updated' | 'unchanged';

export interface WriteResult {
  articleId: string;
  status: WriteStatus;
  actorsCreated: number;
  actorsMatched: number;
  relationsAdded: number;
  /** Names that matched several existing nodes: kept apart under their own id, for a person to merge or not. */
  ambiguous: AmbiguousMatch[];
  warnings: string[];
}

export type { AmbiguousMatch } from './resolve-actors.js';

/**
 * The article was not stored when this transaction looked, and another transaction stored it before this one wrote:
 * the work is done again from the start, so that it reads the stored version (unchanged, or updated with the old
 * facts retracted) instead of counting itself as new and writing over facts it did not retract.
 */
class StoredMeanwhile extends Error {}

function remap(plan: WritePlan, map: Map<string, string>): WritePlan {
  const to = (id: string) => map.get(id) ?? id;
  return {
    ...plan,
    actors: plan.actors.map((a) => ({ ...a, id: to(a.id) })),
    relations: plan.relations.map((r) => ({ ...r, fromId: to(r.fromId), toId: to(r.toId) })),
  };
}

export async function writeArticle(db: Database, facts: ArticleFacts, provenance: Provenance): Promise<WriteResult> {
  const planned = planArticle(facts, provenance);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeOnce(db, planned, provenance);
    } catch (e) {
      if (!(e instanceof StoredMeanwhile) || attempt >= 3) throw e;
    }
  }
}

async function writeOnce(db: Database, planned: WritePlan, provenance: Provenance): Promise<WriteResult> {
  const result = await db.inWriteTransaction(async (tx) => {
    const [found] = await tx.read<{ id: string | null; factsHash: string | null; provenance: string | null }>(Q['store/find-article'], {
      id: planned.article.id, url: planned.article.url, contentHash: planned.article.contentHash,
    });
    const base = { actorsCreated: 0, actorsMatched: 0, relationsAdded: 0, ambiguous: [] as AmbiguousMatch[], warnings: planned.warnings };
    // Hand-checked facts win: an extracted version of a curated article changes nothing.
    const curatedKept = found?.provenance === 'curated' && provenance === 'extracted';
    if (curatedKept) base.warnings.push('curated facts kept: this article is in the curated seed');
    if (found?.id && (found.factsHash === planned.factsHash || curatedKept)) {
      return { ...base, articleId: found.id, status: 'unchanged' as const };
    }
    const articleId = found?.id ?? planned.article.id;
    const { map, matched, ambiguous } = await resolveActors(tx, planned.actors);
    map.set(planned.article.id, articleId);
    const plan = remap(planned, map);
    let before: string[] = [];
    if (found?.id) {
      const [neighbours] = await tx.read<{ ids: string[] }>(Q['store/get-article-neighbours'], { articleId });
      before = neighbours?.ids ?? [];
      await tx.write(Q['store/retract-article'], { articleId });
    }
    const [upserted] = await tx.write<{ created: boolean }>(Q['store/upsert-article'], {
      article: { ...plan.article, id: articleId }, factsHash: plan.factsHash, provenance,
    });
    if (!found?.id && !upserted?.created) throw new StoredMeanwhile(`article ${articleId} was stored by another writer meanwhile`);
    await tx.write(Q['store/upsert-actors'], { actors: plan.actors });
    await tx.write(Q['store/upsert-events'], { events: plan.events });
    await tx.write(Q['store/upsert-reforms'], { reforms: plan.reforms });
    const [rel] = await tx.write<{ added: number }>(Q['store/upsert-relations'], {
      relations: plan.relations, provenance, extractor: provenance === 'extracted' ? EXTRACTOR_VERSION : null, articleId,
    });
    if (plan.related.length) {
      await tx.write(Q['store/upsert-related-news'], {
        related: plan.related.map((t) => ({ ...t, searchText: searchFold(`${t.title} ${t.teaser ?? ''}`) })),
        lang: plan.article.lang, articleId,
      });
    }
    if (before.length) await tx.write(Q['store/remove-orphans'], { ids: before });
    return {
      ...base,
      articleId,
      status: found?.id ? ('updated' as const) : ('new' as const),
      actorsCreated: plan.actors.length - matched.size,
      actorsMatched: matched.size,
      relationsAdded: rel?.added ?? 0,
      ambiguous,
    };
  });
  if (result.status !== 'unchanged') bumpGraphVersion();
  return result;
}
