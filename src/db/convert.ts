// Converts Neo4j driver values (integers, temporals, nodes, relationships) to plain JSON once, at the boundary.
// It runs over every value of every row, so the common cases (strings, numbers, plain maps and lists) are tested
// first and cost no driver type checks (profiled: about 5% of the server's CPU on a 50-row page).
import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value)) return toPlain(value.properties);
  if (isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as object) };
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = toPlain(value[k]);
  return out;
}
