// Applies cypher/schema/*.cypher (constraints, indexes, full-text indexes) in order; every statement is idempotent.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, loadCypher } from './cypher.js';
import type { Database } from './database.js';

export async function migrate(db: Database): Promise<number> {
  const names = readdirSync(join(CYPHER_DIR, 'schema'))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `schema/${f.slice(0, -'.cypher'.length)}`);
  const statements = loadCypher(names);
  for (const statement of Object.values<string>(statements)) await db.write(statement);
  // Full-text indexes populate asynchronously; queries right after start must see them online.
  await db.write('CALL db.awaitIndexes(300)');
  return names.length;
}
