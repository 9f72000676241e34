/** The port qa/ needs from storage to build its in-memory index (implemented in src/storage/search-store.ts). */
import type { IndexedAgreement } from './index/segment.js';

export type { IndexedAgreement } from './index/segment.js';

/** A party named in a document, with its short forms. */
export interface StoredParty {
  municipality: string;
  name: string;
  kind: string;
  aliases: string[];
}

export interface StoredVector {
  agreementId: string;
  vector: number[];
}

export interface SearchStore {
  /**
   * A cheap fingerprint of the stored documents; it changes whenever a document is added, replaced or
   * removed, by this process or another one on the same database.
   */
  /** Changes whenever documents are added, replaced or removed; after a "|", whenever agreements are corrected in place. */
  indexVersion(): Promise<string>;
  /** Ids of all stored documents. */
  listDocumentIds(): Promise<string[]>;
  /** The agreements of these documents, with what the index keeps of them. */
  loadAgreements(documentIds: string[]): Promise<IndexedAgreement[]>;
  /** Parties named in the documents (the parties table), with aliases. */
  listParties(): Promise<StoredParty[]>;
  /** Stored text hashes of embeddings made with this model, by agreement id. */
  embeddingHashes(model: string): Promise<Map<string, string>>;
  saveEmbeddings(rows: Array<{ agreementId: string; model: string; textHash: string; vector: number[] }>): Promise<void>;
  loadEmbeddings(model: string): Promise<StoredVector[]>;
}

/** What the indexer embeds of an agreement. */
export type EmbeddingSource = Pick<IndexedAgreement, 'agreementId' | 'title' | 'chapterTitle' | 'yearText' | 'multiYearText'>;
