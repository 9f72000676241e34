/** Keeps the k highest-scoring items seen (a min-heap), so ranking thousands of matches sorts only k. */
export class TopK<T> {
  private heap: Array<{ item: T; score: number }> = [];

  constructor(private readonly k: number) {}

  /** Whether an item with this score would be kept. */
  accepts(score: number): boolean {
    return this.heap.length < this.k || score > this.heap[0]!.score;
  }

  push(item: T, score: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push({ item, score });
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (h[parent]!.score <= h[i]!.score) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
      return;
    }
    if (score <= h[0]!.score) return;
    h[0] = { item, score };
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l]!.score < h[m]!.score) m = l;
      if (r < h.length && h[r]!.score < h[m]!.score) m = r;
      if (m === i) break;
      [h[m], h[i]] = [h[i]!, h[m]!];
      i = m;
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => b.score - a.score).map((e) => e.item);
  }
}
