import { createAnalyzer, type Analyzer } from '../../src/qa/analysis/analyzer.js';
import { loadSynonyms } from '../../src/qa/analysis/synonyms.js';
import { IndexSnapshot } from '../../src/qa/index/index-snapshot.js';
import { buildSegment, type IndexedAgreement } from '../../src/qa/index/segment.js';
import { TermDictionary } from '../../src/qa/index/term-dictionary.js';

/** An agreement for index tests: only the fields a test cares about need giving. */
export function agreement(p: Partial<IndexedAgreement> & { number: string; title: string }): IndexedAgreement {
  return {
    agreementId: `${p.municipality ?? 'Testdorp'}-${p.number}`,
    documentId: p.documentId ?? `doc-${p.municipality ?? 'Testdorp'}`,
    municipality: 'Testdorp',
    chapterTitle: null,
    responsible: [],
    period: { from: 2026, to: 2029 },
    actionYear: null,
    yearText: '',
    multiYearText: '',
    tables: [],
    ...p,
  };
}

/** An index view over these agreements, built in memory the way the live index builds it. */
export function memoryIndex(agreements: IndexedAgreement[], analyzer: Analyzer = createAnalyzer(loadSynonyms())): { snapshot: IndexSnapshot; analyzer: Analyzer } {
  const dict = new TermDictionary();
  const segment = buildSegment(analyzer, dict, agreements);
  return { snapshot: new IndexSnapshot([segment], dict), analyzer };
}
