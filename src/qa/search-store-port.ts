/** The port qa/ needs from storage for its search index (implemented in src/storage/search-store.ts). */

/** What the indexer reads of one stored agreement. */
export interface IndexSource {
  agreementId: string;
  municipality: string;
  number: string;
  title: string;
  chapterTitle: string | null;
  yearText: string;
  multiYearText: string;
  responsible: string[];
}

/** Analysed fields written back: `body` holds this-year text, multi-year text and chapter/parties. */
export interface SearchFields {
  agreementId: string;
  title: string;
  yearText: string;
  multiYearText: string;
  meta: string;
}

/** One query term as a tsquery over analysed lexemes, with its weight (IDF × term weight). */
export interface TermQuery {
  tsquery: string;
  weight: number;
  /**
   * Whether the term selects candidates (default true). A term in most agreements is better only
   * scored: matching on it would make the index return most of the table.
   */
  match?: boolean;
}

export interface TextSearchRequest {
  terms: TermQuery[];
  /** Restrict to these municipalities (case-insensitive); empty or absent = all. */
  municipalities?: string[];
  limit: number;
  /** Rows kept by the cheap first stage before per-term ranks are computed (default 200). */
  pool?: number;
}

/** A candidate from the full-text index, with a rank per query term. */
export interface TextCandidate {
  agreementId: string;
  municipality: string;
  number: string;
  title: string;
  chapterTitle: string | null;
  responsible: string[];
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  /** ts_rank of each query term, in the order of `terms` (0 = absent). */
  termRanks: number[];
}

export interface Facets {
  municipalities: string[];
  /** Parties per municipality, with aliases (from the parties table and the responsible columns). */
  parties: Array<{ municipality: string; name: string; aliases: string[]; fromResponsible: boolean }>;
  themes: Array<{ municipality: string; title: string }>;
}

export interface TermStats {
  total: number;
  /** Number of agreements containing each lexeme. */
  df: Map<string, number>;
}

export interface StoredVector {
  agreementId: string;
  vector: number[];
}

export interface SearchStore {
  /** Agreements to analyse: one document's, or all when no id is given. */
  listIndexSources(documentId?: string): Promise<IndexSource[]>;
  saveSearchFields(rows: SearchFields[]): Promise<void>;
  termStats(): Promise<TermStats>;
  searchText(req: TextSearchRequest): Promise<TextCandidate[]>;
  /** The texts of these agreements, for sentence-level (proximity) scoring of the best candidates. */
  passageTexts(ids: string[]): Promise<Array<{ agreementId: string; yearText: string; multiYearText: string }>>;
  facets(): Promise<Facets>;
  /** Stored text hashes of embeddings made with this model, by agreement id. */
  embeddingHashes(model: string): Promise<Map<string, string>>;
  saveEmbeddings(rows: Array<{ agreementId: string; model: string; textHash: string; vector: number[] }>): Promise<void>;
  loadEmbeddings(model: string): Promise<StoredVector[]>;
}
