/**
 * "Daarom spreken we af: (1) Dijkzicht houdt …; (2) de gemeente verruimt …": agreements numbered inline in a
 * paragraph of prose. Each "(n)" item becomes a numbered paragraph of its own, which the paragraph layout reads
 * (restarting per chapter, so the numbers are qualified with it). Only a list announced as agreements is split: "drie
 * principes: (1) …; (2) …" in an introduction stays prose.
 */
import type { Block } from './blocks.js';
import { joinHyphenated } from './html-text.js';

/** "spreken we af:", "We spreken verder af:", "komen partijen overeen:", "maken we de volgende afspraken:". */
const ANNOUNCED = /(?:\b(?:spreken|spraken|komen|kwamen)\b[^.:;]{0,60}\b(?:af|overeen)|\bafspraken|\bafgesproken)\s*:\s*(?=\(\d{1,2}\)\s)/i;
const ITEM = /(?:^|\s)\((\d{1,2})\)\s+/g;

/** Blocks of one paragraph: lines without a blank between them, or broken off mid-sentence by a page. */
function paragraphs(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    const last = prev?.at(-1);
    const continues = last && !b.cells && !last.cells && b.level === 0 && last.level === 0 && (!b.blankBefore || (/[\p{L},;]$/u.test(last.text) && /^[\p{Ll}(]/u.test(b.text)));
    if (continues) prev!.push(b);
    else out.push([b]);
  }
  return out;
}

/** The items of an announced inline list, numbered in sequence, with the text before the list; null when there is none. */
function splitItems(text: string): { lead: string; items: Array<{ n: number; text: string }> } | null {
  const announced = ANNOUNCED.exec(text);
  if (!announced) return null;
  const start = announced.index + announced[0].length;
  const marks = [...text.slice(start).matchAll(ITEM)].map((m) => ({ n: Number(m[1]), at: start + m.index!, end: start + m.index! + m[0].length }));
  // Only marks that continue the count: "(2)" after "(1)"; a bracketed number inside an item is its text.
  const seq: typeof marks = [];
  for (const m of marks) if (seq.length === 0 ? m.at === start : m.n === seq.at(-1)!.n + 1) seq.push(m);
  if (seq.length === 0) return null;
  const items = seq.map((m, i) => {
    const body = text.slice(m.end, seq[i + 1]?.at ?? text.length).trim().replace(/[;,]$/, '');
    // Each item is a sentence of its own now: "(2) de gemeente verruimt …" opens with a capital.
    const sentence = body.charAt(0).toUpperCase() + body.slice(1);
    return { n: m.n, text: /[.!?]$/.test(sentence) ? sentence : `${sentence}.` };
  });
  return { lead: text.slice(0, start).trim(), items };
}

export function splitInlineNumberedItems(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const para of paragraphs(blocks)) {
    const first = para[0]!;
    const joined = para.length > 1 ? joinHyphenated(para.map((b) => b.text.trim()).join(' ')) : first.text;
    const split = first.cells ? null : splitItems(joined);
    if (!split) {
      out.push(...para);
      continue;
    }
    const line = (text: string): Block => ({ ...first, raw: text, text, cells: null, level: 0, blankBefore: true, blankAfter: true });
    if (split.lead) out.push(line(split.lead));
    for (const item of split.items) out.push(line(`(${item.n}) ${item.text}`));
  }
  return out;
}
