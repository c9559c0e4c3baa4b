// Data: donor programmes and projects of the reform known by name, with their funders and implementers, as the
// extractor reads them: a projection of the authority file (data/authority/programmes.json), its only source.
import { programmes, type Programme } from '../authority/programmes.js';

export interface KnownProject {
  name: string;
  nameEn?: string;
  /** Exact word forms (Latin names do not inflect; Ukrainian short names are listed as written). */
  aliases: string[];
  funders: string[];
  implementers: string[];
}

function known(p: Programme): KnownProject {
  const aliases = [...new Set([...p.acronyms, ...(p.nameEn && p.nameEn !== p.name ? [p.nameEn] : []), ...p.names])];
  return { name: p.name, ...(p.nameEn ? { nameEn: p.nameEn } : {}), aliases, funders: [...p.funders], implementers: [...p.implementers] };
}

export const KNOWN_PROJECTS: readonly KnownProject[] = programmes().map(known);
