import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LlmClient } from '../core/ports.js';
import type { SearchHit } from './answer.js';
import type { Lang } from './texts.js';
import { unsupportedFact } from './fact-check.js';

const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prompts');

let cached: { system: string; user: string } | undefined;
function prompts(): { system: string; user: string } {
  cached ??= {
    system: readFileSync(path.join(PROMPTS_DIR, 'answer.system.md'), 'utf8'),
    user: readFileSync(path.join(PROMPTS_DIR, 'answer.user.md'), 'utf8'),
  };
  return cached;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** Document text is data: angle brackets are neutralised so a passage cannot close the <passages> block. */
const asData = (s: string) => s.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();

export const label = (h: { municipality: string; number: string }) => `${h.municipality} ${h.number}`;

export function buildPrompt(question: string, hits: SearchHit[], lang: Lang): { system: string; user: string } {
  const p = prompts();
  const passages = hits
    .map((h) => `<passage label="${asData(label(h))}" title="${asData(h.title).replace(/"/g, "'")}">\n${h.passages.map(asData).join('\n')}\n</passage>`)
    .join('\n');
  return {
    system: fill(p.system, { language: lang === 'en' ? 'Engels' : 'Nederlands' }),
    user: fill(p.user, { question: asData(question), passages }),
  };
}

export type GroundedResult =
  | { ok: true; answer: string; cited: SearchHit[] }
  | { ok: false; reason: 'no_citation' | 'unknown_citation' | 'no_answer' | 'empty' | 'unsupported_fact'; detail?: string };

/** "[Almelo 3]", "[Dalvoorde 2.1]", "[Zonnedal A3]": a municipality and an agreement number as printed. */
const CITATION = /\[([^[\]\d]+?)\s+((?:[A-Za-z]{1,2})?\d+(?:\.\d+)*[a-z]?)\]/g;

/**
 * Checks a model answer: it must cite at least one agreement, only agreements that were retrieved, and
 * every number, percentage, year and organisation name in it must occur in the passages it cites.
 */
export function validateAnswer(answer: string, hits: SearchHit[], organisations: string[] = []): GroundedResult {
  const text = answer.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (/GEEN_ANTWOORD/.test(text)) return { ok: false, reason: 'no_answer' };
  const cited: SearchHit[] = [];
  for (const m of text.matchAll(CITATION)) {
    const municipality = m[1]!.trim().toLowerCase();
    const number = m[2]!;
    const hit = hits.find((h) => h.municipality.toLowerCase() === municipality && h.number === number);
    if (!hit) return { ok: false, reason: 'unknown_citation', detail: m[0] };
    if (!cited.includes(hit)) cited.push(hit);
  }
  if (cited.length === 0) return { ok: false, reason: 'no_citation' };
  const unsupported = unsupportedFact(text.replace(CITATION, ' '), cited, organisations);
  if (unsupported) return { ok: false, reason: 'unsupported_fact', detail: unsupported };
  return { ok: true, answer: text, cited };
}

/** Asks the model for a short answer grounded on the retrieved passages; throws on API errors and timeouts. */
export async function groundedAnswer(
  llm: LlmClient,
  question: string,
  hits: SearchHit[],
  lang: Lang,
  opts: { timeoutMs?: number; organisations?: string[] } = {},
): Promise<GroundedResult> {
  const prompt = buildPrompt(question, hits, lang);
  const answer = await llm.complete({ ...prompt, timeoutMs: opts.timeoutMs });
  return validateAnswer(answer, hits, opts.organisations);
}
