// Turns a DOM subtree into plain text with one line per paragraph, list item, heading or table row.

/** Elements that start a new line; everything else flows inline. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);

/** The minimal node surface used here; linkedom's and the browser's nodes both have it. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Concatenates text, breaking lines around block elements and at <br>, then collapses spaces inside lines.
 * Readability's own textContent glues paragraphs together ("статті.Другий"), which would merge sentences.
 */
export function domToText(root: TextNodeLike): string {
  const out: string[] = [];
  const visit = (node: TextNodeLike): void => {
    if (node.nodeType === TEXT_NODE) { out.push(node.textContent ?? ''); return; }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { out.push('\n'); return; }
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    if (tag === 'LI') out.push('• ');
    for (let i = 0; i < node.childNodes.length; i += 1) visit(node.childNodes[i]!);
    if (block) out.push('\n');
    else if (tag === 'TD' || tag === 'TH') out.push(' ');
  };
  visit(root);
  return out.join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((line, i, all) => line.length > 0 || (i > 0 && (all[i - 1] ?? '').length > 0))
    .join('\n')
    .trim();
}
