import type { Logger } from '../../core/ports.js';
import type { Analyzer } from '../analysis/analyzer.js';
import type { SearchStore } from '../search-store-port.js';
import { IndexSnapshot } from './index-snapshot.js';
import { SegmentBuilder, type IndexedAgreement, type Segment } from './segment.js';
import { TermDictionary } from './term-dictionary.js';

export interface LiveIndexOptions {
  store: SearchStore;
  analyzer: Analyzer;
  logger?: Logger;
  /** How often a question may trigger a (background) check for documents another process stored. */
  checkIntervalMs?: number;
  /** Longest stretch of CPU work before yielding to the event loop. */
  sliceMs?: number;
  /** Work on a new view before it goes live (derived lookups), given a way to yield to the event loop. */
  prepare?: (snapshot: IndexSnapshot, yieldToLoop: () => Promise<void>) => Promise<void>;
  now?: () => number;
}

/** The search index kept in memory: built from the database, refreshed on change, never blocking a question. */
export interface LiveIndex {
  /** The current view; waits only when there is none yet (the first build). May start a background check. */
  snapshot(): Promise<IndexSnapshot>;
  /** Brings the index up to date with the database and waits for it (after this process stored a document). */
  sync(): Promise<void>;
  /** Rebuilds the whole index in the background and swaps it in when done; resolves then. */
  rebuild(): Promise<void>;
  /** Stops background work (on shutdown). */
  close(): void;
  /** For benchmarks and logs. */
  status(): { agreements: number; segments: number; busy: boolean; version: string };
}

const DOCUMENTS_PER_LOAD = 4;
/** Agreements per segment: large enough to keep segments few, small enough to pack within one slice. */
const SEGMENT_AGREEMENTS = 1024;
/** More small segments than this (from many single-document ingests) triggers a background rebuild. */
const MAX_SEGMENTS = 96;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Creates the live index; nothing is loaded until the first `snapshot()` or `sync()`. */
export function createLiveIndex(opts: LiveIndexOptions): LiveIndex {
  const { store, analyzer, logger } = opts;
  const checkIntervalMs = opts.checkIntervalMs ?? 2_000;
  const sliceMs = opts.sliceMs ?? 8;
  const now = opts.now ?? Date.now;
  let current: IndexSnapshot | null = null;
  let first: Promise<IndexSnapshot> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let busy = false;
  let lastCheck = 0;
  let closed = false;

  /** Runs index work one job at a time, in order. */
  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      busy = true;
      try {
        return await job();
      } finally {
        busy = false;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** Loads and analyses documents in slices that yield to the event loop; returns packed segments. */
  async function buildSegments(documentIds: string[], dict: TermDictionary): Promise<Segment[]> {
    const segments: Segment[] = [];
    let builder = new SegmentBuilder(analyzer, dict);
    let sliceStart = performance.now();
    const flush = async () => {
      if (builder.size) segments.push(builder.build());
      builder = new SegmentBuilder(analyzer, dict);
      await yieldToLoop();
      sliceStart = performance.now();
    };
    for (let i = 0; i < documentIds.length; i += DOCUMENTS_PER_LOAD) {
      if (closed) throw new Error('index closed');
      const batch = await opts.store.loadAgreements(documentIds.slice(i, i + DOCUMENTS_PER_LOAD));
      // Keep a document's agreements in one segment, so replacing it marks one segment.
      const byDocument = new Map<string, IndexedAgreement[]>();
      for (const a of batch) byDocument.set(a.documentId, [...(byDocument.get(a.documentId) ?? []), a]);
      for (const group of byDocument.values()) {
        if (builder.size + group.length > SEGMENT_AGREEMENTS) await flush();
        for (const a of group) {
          builder.add(a);
          if (performance.now() - sliceStart > sliceMs) {
            await yieldToLoop();
            sliceStart = performance.now();
          }
        }
      }
    }
    await flush();
    return segments;
  }

  async function fullBuild(): Promise<IndexSnapshot> {
    const started = performance.now();
    const version = await store.indexVersion();
    const [ids, parties] = await Promise.all([store.listDocumentIds(), store.listParties()]);
    // A new generation gets its own dictionary: the one in use keeps serving until the swap.
    const dict = new TermDictionary();
    const segments = await buildSegments(ids, dict);
    const snap = new IndexSnapshot(segments, dict, parties, version);
    await opts.prepare?.(snap, yieldToLoop);
    current = snap;
    lastCheck = now();
    logger?.info('search index built', { agreements: snap.total, segments: segments.length, ms: Math.round(performance.now() - started) });
    return snap;
  }

  /** Applies what changed in the database since the current view: removed documents, added documents. */
  async function refresh(): Promise<void> {
    if (!current) {
      await fullBuild();
      return;
    }
    const version = await store.indexVersion();
    lastCheck = now();
    if (version === current.version) return;
    // The part after '|' (corrections to stored agreements) changes agreements in place: indexed anew.
    if (version.split('|')[1] !== current.version.split('|')[1]) {
      await fullBuild();
      return;
    }
    const base = current;
    const [ids, parties] = await Promise.all([store.listDocumentIds(), store.listParties()]);
    const live = new Set(ids);
    const indexed = new Set<string>();
    for (const seg of base.segments) for (const id of seg.documentIds) indexed.add(id);
    const added = ids.filter((id) => !indexed.has(id));
    // Removed or replaced documents disappear from answers at once; their postings go at the next rebuild.
    let deleted = 0;
    for (const seg of base.segments) {
      seg.docs.forEach((a, i) => {
        if (!live.has(a.documentId)) seg.deleted[i] = 1;
        if (seg.deleted[i]) deleted++;
      });
    }
    const segments = [...base.segments, ...(await buildSegments(added, base.dict))];
    const snap = new IndexSnapshot(segments, base.dict, parties, version);
    await opts.prepare?.(snap, yieldToLoop);
    current = snap;
    const size = segments.reduce((n, s) => n + s.docs.length, 0);
    logger?.debug('search index refreshed', { added: added.length, removed: indexed.size - (ids.length - added.length), segments: segments.length });
    if (segments.length > MAX_SEGMENTS || deleted > size / 4) void enqueue(fullBuild).catch(report('rebuild'));
  }

  const report = (what: string) => (err: unknown) => {
    if (!closed) logger?.warn(`search index ${what} failed; answering from the previous index`, { error: String(err) });
  };

  return {
    async snapshot() {
      if (current) {
        if (!busy && now() - lastCheck >= checkIntervalMs) {
          lastCheck = now();
          void enqueue(refresh).catch(report('refresh'));
        }
        return current;
      }
      first ??= enqueue(fullBuild).catch((err: unknown) => {
        first = null;
        throw err;
      });
      return first;
    },
    sync: () => enqueue(refresh),
    rebuild: () => enqueue(fullBuild).then(() => undefined),
    close() {
      closed = true;
    },
    status: () => ({
      agreements: current?.total ?? 0,
      segments: current?.segments.length ?? 0,
      busy,
      version: current?.version ?? '',
    }),
  };
}
