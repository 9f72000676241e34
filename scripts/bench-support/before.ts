// Figures measured on the code before this work (commit be826e0: PGlite on the main thread, every module loaded
// before the server listened, ILIKE lookups, one INSERT per agreement) with these same benchmarks, on the
// shared 2-core machine of the README on 1 December 2026 (load average 12-16 from other work, so timings
// vary by 2x between runs; the same-run comparisons in serve, slack and event-loop are the firmer ones).
export const BEFORE = {
  /** serve: spawn → first /healthz 200 on an existing database (median of 5), and a bare node server then. */
  startHealthMs: 6612,
  startBareMs: 208,
  /** serve: VmRSS after the workload, and VmHWM, with the samples and with 10,050 agreements. */
  rssSamples: 461,
  peakSamples: 480,
  rss10k: 593,
  peak10k: 601,
  /** ingest: the two samples; 300 synthetic documents; storing them alone (saveDocument). */
  ingestSamplesMs: 2595,
  ingest300S: 193.1,
  store300S: 152.1,
  /** digest: one municipality (median of 10) and all 342. */
  digestOneMs: 320,
  digestAllS: 60.6,
} as const;
