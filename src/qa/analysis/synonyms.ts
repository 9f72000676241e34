import { readFileSync } from 'node:fs';
import { SYNONYM_LIST } from './synonym-list.js';

/** A group of equivalent terms; phrases are space-separated words. */
export type SynonymGroup = string[];

/** Parses a synonym file: one group per line, terms separated by "," or "~" or "=", "#" starts a comment. */
export function parseSynonyms(text: string): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*/, '').trim();
    if (!content) continue;
    const terms = content
      .split(/[,~=;]/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (terms.length >= 2) groups.push(terms);
  }
  return groups;
}

/** Built-in groups plus the groups in the user's synonym file, when given. */
export function loadSynonyms(file?: string): SynonymGroup[] {
  const groups = parseSynonyms(SYNONYM_LIST);
  if (file) groups.push(...parseSynonyms(readFileSync(file, 'utf8')));
  return groups;
}
