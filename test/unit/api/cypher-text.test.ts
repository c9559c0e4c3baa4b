// The statement text loadCypher sends: no comment lines, no indentation, quoted text untouched.
import { describe, expect, it } from 'vitest';
import { loadCypher, squeeze } from '../../../src/db/cypher.js';

describe('cypher text', () => {
  it('squeezes runs of spaces outside quotes only', () => {
    expect(squeeze("MATCH  (a)   WHERE a.name = 'two  spaces'  AND a.`odd  key` = \"x  y\"")).toBe(
      "MATCH (a) WHERE a.name = 'two  spaces' AND a.`odd  key` = \"x  y\"",
    );
    // An escaped quote does not end the literal.
    expect(squeeze("RETURN 'it\\'s  here'   AS x")).toBe("RETURN 'it\\'s  here' AS x");
  });

  it('sends statements without comment lines or indentation', () => {
    const text = loadCypher(['statement/list-statements'])['statement/list-statements'];
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).not.toMatch(/^\s|\s$/);
      expect(line.startsWith('//')).toBe(false);
    }
  });
});
