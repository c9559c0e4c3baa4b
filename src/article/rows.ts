// Row shapes the article repository returns, and the evidence every fact carries.
export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  lang: string;
}

/** A fact's provenance: the article id and the sentence it was read from. */
export interface EvidenceRow {
  articleId: string;
  sentence: string;
}
