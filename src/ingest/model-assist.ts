/**
 * Model-assisted extraction for layouts the rules do not recognise: a configured model proposes agreements
 * through one zod schema, and every number, title, theme and party it returns must occur in the source text
 * or it is dropped. The agreement's text is cut from the source between the titles, never taken from the model.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ExtractedAgreement, ExtractedDocument, ExtractedParty } from '../core/agreement.js';
import { IngestError } from '../core/errors.js';
import type { LlmClient, Logger } from '../core/ports.js';
import { assembleDocument, extractWithRules, readFacts, type ExtractOptions, type RuleExtraction } from './extract-agreements.js';
import { extractTargets } from './extract-targets.js';
import type { FrontMatter } from './front-matter/read-front-matter.js';
import { escapeRegExp } from './names.js';
import { resolveResponsibleColumn } from './responsible-parties.js';
import { ingestTexts } from './texts.js';

const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prompts');
/** Longer documents are cut; the warning says so. */
export const MODEL_MAX_CHARS = 60_000;
/** A whole document takes a model longer than one answer. */
const MODEL_TIMEOUT_MS = 120_000;

/** The one shape a model's proposal must have. */
export const proposalSchema = z.object({
  agreements: z
    .array(
      z.object({
        number: z.string().max(20).nullable().optional(),
        title: z.string().min(1).max(400),
        theme: z.string().max(200).nullable().optional(),
        responsible: z.array(z.string().max(200)).max(30).default([]),
      }),
    )
    .max(1000),
});
export type Proposal = z.infer<typeof proposalSchema>;

export interface ModelAssist {
  llm: LlmClient;
  logger?: Logger;
}

let cached: { system: string; user: string } | undefined;
function prompts(): { system: string; user: string } {
  cached ??= {
    system: readFileSync(path.join(PROMPTS_DIR, 'extract-agreements.system.md'), 'utf8'),
    user: readFileSync(path.join(PROMPTS_DIR, 'extract-agreements.user.md'), 'utf8'),
  };
  return cached;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** Case, spacing, quotes and dashes do not matter when checking that a phrase occurs in the source. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’`']/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Parses a reply that may wrap its JSON in a code fence; null when it is not the schema. */
export function parseProposal(reply: string): Proposal | null {
  const json = reply.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '').trim();
  try {
    const parsed = proposalSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface GroundedAgreement {
  number: string | null;
  title: string;
  theme: string | null;
  responsible: string[];
  /** Where the title stands in the folded source. */
  at: number;
}

/**
 * Keeps what the source text supports: an agreement whose title (or number) does not occur is dropped, as is
 * a theme or party that does not occur. Titles are searched in order, so a repeated phrase is found again further on.
 */
export function groundProposal(proposal: Proposal, source: string): { kept: GroundedAgreement[]; dropped: number } {
  const folded = fold(source);
  const kept: GroundedAgreement[] = [];
  let from = 0;
  let dropped = 0;
  for (const p of proposal.agreements) {
    const title = p.title.trim().replace(/[.:;]$/, '');
    const at = folded.indexOf(fold(title), from);
    const number = p.number?.trim() || null;
    const numberFound = number === null || new RegExp(`(?<![\\w.])${escapeRegExp(fold(number))}(?![\\w]|\\.\\d)`).test(folded);
    if (!title || at < 0 || !numberFound) {
      dropped++;
      continue;
    }
    from = at + 1;
    const theme = p.theme?.trim() && folded.includes(fold(p.theme)) ? p.theme.trim() : null;
    const responsible = p.responsible.map((r) => r.trim()).filter((r) => r && folded.includes(fold(r)));
    kept.push({ number, title, theme, responsible, at });
  }
  return { kept, dropped };
}

/** The source text of each grounded agreement: from its title up to the next agreement's title. */
function textsBetween(kept: readonly GroundedAgreement[], source: string): string[] {
  const folded = fold(source);
  // Folding only collapses whitespace, so positions map back through the collapsed source.
  const flat = source.replace(/\s+/g, ' ').trim();
  return kept.map((a, i) => {
    const start = a.at + fold(a.title).length;
    const next = kept[i + 1];
    let end = next?.at ?? Math.min(folded.length, start + 4000);
    // The next agreement's number just before its title ("[§ 2] Huurbeleid") belongs to that agreement.
    if (next?.number) {
      const window = Math.max(start, end - 15);
      const k = folded.slice(window, end).lastIndexOf(fold(next.number));
      if (k >= 0) end = window + k;
    }
    return flat.slice(start, end).replace(/^[\s.:;–-]+/, '').replace(/[\s[(§#–-]+$/, '').trim().slice(0, 4000);
  });
}

function toAgreements(kept: readonly GroundedAgreement[], source: string, parties: readonly ExtractedParty[], actionYear: number | null): ExtractedAgreement[] {
  const texts = textsBetween(kept, source);
  let next = 0;
  return kept.map((a, i) => {
    const number = a.number ?? String(++next);
    const text = texts[i] ?? '';
    const responsible = resolveResponsibleColumn(a.responsible.join(', '), parties);
    return {
      number,
      chapterNumber: /^(\d{1,3})\./.test(number) ? Number(/^(\d{1,3})\./.exec(number)![1]) : null,
      chapterTitle: a.theme,
      kind: null,
      title: a.title,
      multiYearText: text,
      yearText: actionYear !== null ? text : '',
      responsible: responsible.length ? responsible : a.responsible,
      originalText: `${a.number ? `${a.number} ` : ''}${a.title}\n${text}`,
      targets: extractTargets(actionYear !== null ? text : '', parties),
    };
  });
}

/** Asks the model for the agreements of a document and keeps only what the source supports. */
async function propose(front: FrontMatter & { municipality: string }, text: string, assist: ModelAssist): Promise<{ kept: GroundedAgreement[]; dropped: number; truncated: boolean } | null> {
  const body = text.length > MODEL_MAX_CHARS ? text.slice(0, MODEL_MAX_CHARS) : text;
  const p = prompts();
  const user = fill(p.user, {
    municipality: front.municipality,
    parties: front.parties.map((x) => x.name).join('; ') || 'onbekend',
    // A document cannot close the data block.
    document: body.replace(/<\/?document>/gi, ' '),
  });
  try {
    const reply = await assist.llm.complete({ system: p.system, user, timeoutMs: MODEL_TIMEOUT_MS });
    const proposal = parseProposal(reply);
    if (!proposal) {
      assist.logger?.warn('model proposal was not valid JSON for the agreement schema', { chars: reply.length });
      return null;
    }
    return { ...groundProposal(proposal, body), truncated: body.length < text.length };
  } catch (err) {
    assist.logger?.warn('model extraction failed; the rules decide', { error: (err as Error).message });
    return null;
  }
}

/**
 * The rules first; the model only where they find nothing, or find only unnumbered sections while the model
 * finds agreements numbered in the source. Without a usable proposal the rules' outcome stands.
 */
export async function extractWithModelHelp(text: string, opts: ExtractOptions, assist: ModelAssist): Promise<ExtractedDocument> {
  const front = readFacts(text, opts);
  const municipality = front.municipality;
  if (!municipality) throw new IngestError(opts.sourceName, ingestTexts.noMunicipality);
  let rules: RuleExtraction | null = null;
  let failure: IngestError | null = null;
  try {
    rules = extractWithRules(text, opts, front);
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    failure = err;
  }
  if (rules?.numbered) return rules.document;
  const proposal = await propose({ ...front, municipality }, text, assist);
  const usable = proposal && proposal.kept.length > 0 && (!rules || proposal.kept.some((a) => a.number !== null));
  if (!usable) {
    if (rules) return rules.document;
    throw failure!;
  }
  const parties = rules?.document.parties ?? front.parties;
  const agreements = toAgreements(proposal.kept, text, parties, front.actionYear);
  const extra = [ingestTexts.modelProposed(proposal.kept.length, proposal.dropped)];
  if (proposal.truncated) extra.push(ingestTexts.modelTruncated(MODEL_MAX_CHARS));
  return assembleDocument({ ...front, municipality }, [...parties], agreements, proposal.kept.every((a) => a.number !== null), extra);
}
