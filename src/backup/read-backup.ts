// Reads a backup file: its header, then its node and relationship lines, each checked (JSON, shape, nodes before
// relationships, no more lines than the header counts, and exactly as many at the end). Restore reads it twice: once
// to check the whole file before it writes anything, then to write it.
import { gzipLines, type NumberedLine } from './lines.js';
import { BackupError, FORMAT, Header, NodeLine, RelationshipLine, VERSION } from './format.js';

export type Entry =
  | { kind: 'node'; line: NodeLine; number: number; bytes: number }
  | { kind: 'relationship'; line: RelationshipLine; number: number; bytes: number };

const DAMAGED = 'the file is damaged or was edited. Nothing was restored from it; use another copy of the backup.';

function parseJson(file: string, l: NumberedLine): unknown {
  try {
    return JSON.parse(l.text);
  } catch (e) {
    throw new BackupError(`${file}, line ${l.number}: not valid JSON (${(e as Error).message}); ${DAMAGED}`);
  }
}

function parseHeader(file: string, first: NumberedLine | undefined): Header {
  const notOurs = `${file} is not a backup of this project: its first line is not the header npm run backup writes`;
  if (!first) throw new BackupError(`${file} holds no lines: it is not a backup npm run backup wrote.`);
  let json: unknown;
  try {
    json = JSON.parse(first.text);
  } catch {
    throw new BackupError(`${notOurs}.`);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if ((json as { format?: unknown } | null)?.format === FORMAT && typeof version === 'number' && version > VERSION) {
    throw new BackupError(`${file} was written in backup format version ${version}, and this version of the project reads version ${VERSION}: restore it with the version that wrote it, or a later one.`);
  }
  const header = Header.safeParse(json);
  if (!header.success) throw new BackupError(`${notOurs} (${header.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`);
  return header.data;
}

export interface OpenBackup {
  header: Header;
  /** The node lines, then the relationship lines; throws BackupError at the first line that is wrong. */
  entries: AsyncGenerator<Entry>;
}

export async function openBackup(file: string): Promise<OpenBackup> {
  const lines = gzipLines(file);
  let header: Header;
  try {
    const first = await lines.next();
    header = parseHeader(file, first.done ? undefined : first.value);
  } catch (e) {
    await lines.return(undefined);
    throw e;
  }
  return { header, entries: entries(file, header, lines) };
}

async function* entries(file: string, header: Header, lines: AsyncGenerator<NumberedLine>): AsyncGenerator<Entry> {
  let nodes = 0;
  let relationships = 0;
  for await (const l of lines) {
    const json = parseJson(file, l);
    // Which kind of line it claims to be decides the shape it is checked against (and the message says what is wrong).
    const parsed = json !== null && typeof json === 'object' && 'node' in json ? NodeLine.safeParse(json) : RelationshipLine.safeParse(json);
    if (!parsed.success) {
      throw new BackupError(`${file}, line ${l.number}: not a node or relationship of a backup (${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}); ${DAMAGED}`);
    }
    if ('node' in parsed.data) {
      if (relationships > 0) throw new BackupError(`${file}, line ${l.number}: a node after the relationships; ${DAMAGED}`);
      if (++nodes > header.nodes) throw new BackupError(`${file}, line ${l.number}: more nodes than the ${header.nodes} its header counts; ${DAMAGED}`);
      yield { kind: 'node', line: parsed.data, number: l.number, bytes: l.bytes };
    } else {
      if (++relationships > header.relationships) {
        throw new BackupError(`${file}, line ${l.number}: more relationships than the ${header.relationships} its header counts; ${DAMAGED}`);
      }
      yield { kind: 'relationship', line: parsed.data, number: l.number, bytes: l.bytes };
    }
  }
  if (nodes !== header.nodes || relationships !== header.relationships) {
    throw new BackupError(`${file} is truncated: it holds ${nodes} of the ${header.nodes} nodes and ${relationships} of the ${header.relationships} relationships its header counts. Nothing was restored from it; use another copy of the backup.`);
  }
}

/** Reads the whole file, checking every line; returns its header. Writes nothing. */
export async function verifyBackup(file: string): Promise<Header> {
  const { header, entries: all } = await openBackup(file);
  for await (const _ of all) {
    // Each line is checked as it is read.
  }
  return header;
}
