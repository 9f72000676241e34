// The baselines the search benchmark measures beside our index, over the same agreement texts:
// MiniSearch BM25 with its defaults, MiniSearch with Dutch stop words, and a naive substring scan.
import MiniSearch from 'minisearch';
import { STOPWORDS } from '../../src/qa/analysis/stopwords.js';

export interface BenchText {
  id: string;
  title: string;
  yearText: string;
  multiYearText: string;
}

export interface Baseline {
  name: string;
  search(query: string): string[];
}

function miniSearch(texts: BenchText[], processTerm?: (t: string) => string | null): MiniSearch<BenchText> {
  const mini = new MiniSearch<BenchText>({ fields: ['title', 'yearText', 'multiYearText'], ...(processTerm ? { processTerm } : {}) });
  mini.addAll(texts);
  return mini;
}

/** MiniSearch as it comes: BM25, every word indexed. */
export function miniSearchDefault(texts: BenchText[]): Baseline {
  const mini = miniSearch(texts);
  return { name: 'MiniSearch BM25', search: (q) => mini.search(q).slice(0, 5).map((r) => String(r.id)) };
}

/** MiniSearch with Dutch stop words left out of index and queries. */
export function miniSearchStopWords(texts: BenchText[]): Baseline {
  const mini = miniSearch(texts, (t) => {
    const w = t.toLowerCase();
    return STOPWORDS.has(w) ? null : w;
  });
  return { name: 'MiniSearch + stop words', search: (q) => mini.search(q).slice(0, 5).map((r) => String(r.id)) };
}

/** Lower-cases every text once; a query counts, per text, how many of its words occur as substrings. */
export function substringScan(texts: BenchText[]): Baseline {
  const lower = texts.map((t) => ({ id: t.id, text: `${t.title}\n${t.yearText}\n${t.multiYearText}`.toLowerCase() }));
  return {
    name: 'substring scan',
    search(q) {
      const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
      const best: Array<{ id: string; n: number }> = [];
      for (const t of lower) {
        let n = 0;
        for (const w of words) if (t.text.includes(w)) n++;
        if (n === 0) continue;
        if (best.length < 5 || n > best[best.length - 1]!.n) {
          best.push({ id: t.id, n });
          best.sort((a, b) => b.n - a.n);
          if (best.length > 5) best.pop();
        }
      }
      return best.map((b) => b.id);
    },
  };
}
