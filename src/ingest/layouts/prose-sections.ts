/**
 * Prose under headings, without numbers. A heading with its own text is one agreement; a heading with
 * sub-headings or a bulleted list below it is a theme (each sub-heading's section, or each bullet, is then an
 * agreement); a theme section with only text is itself one agreement. Numbered in order.
 */
import type { Block } from '../blocks.js';
import { isHeadingLike, matchChapterHeading, matchKindHeading, READING_GUIDE_QUESTION, type ChapterHeading } from '../headings.js';
import { RESPONSIBLE_LABEL } from '../responsible-parties.js';
import { splitBullet, topBullet, BULLET } from './bullets.js';
import type { Layout } from './layout.js';
import { walk, type WalkState } from './walk.js';

/** Sections around the agreements that are not agreements themselves. */
const NOT_AN_AGREEMENT = new RegExp(
  String.raw`^(?:\d+[.)]?\s*)?(?:${READING_GUIDE_QUESTION}|inleiding|voorwoord|leeswijzer|aanleiding|achtergrond|samenvatting|context|colofon|inhoud\w*|bijlagen?\b.*|begrippen\w*|afkortingen|ondertekening|handtekeningen|partijen|looptijd|proces|over\s+dit\s+document|tot\s+slot|slotbepalingen?|algemene\s+bepalingen|opgaven?\s+en\s+ambitie\w*|ambitie\w*|doelen|visie|terugblik|evaluatie\s+\d{4}|noot\s+voor\s+de\s+redactie|meer\s+informatie|contact\w*|over\s+de\s+partijen|downloads?|documenten|wie\s+maken\s+de\s+afspraken\??)$`,
  'i',
);
/** Text that introduces the document rather than agreeing anything: "Deze afspraken zijn gemaakt tussen …". */
const INTRODUCTION = /\b(?:deze|de)\s+(?:prestatie)?afspraken\s+(?:zijn|worden)\s+(?:gemaakt|gesloten|ondertekend)|\bvoor\s+u\s+lig|\bhoofdpunten\s+van\s+de\b|^\s*versie\s+[\d.]+[^.]{0,80}\bvastgesteld\b/i;

const clean = (t: string) => t.replace(/^\*\*(.*)\*\*$/, '$1').trim();

function isHeading(b: Block): boolean {
  if (b.cells || RESPONSIBLE_LABEL.test(b.text) || matchKindHeading(b.text) || matchChapterHeading(b.text)) return false;
  if (b.level > 0) return b.text.length <= 100;
  // "*Prestatieafspraken tussen gemeente, corporaties en huurders*": an italic line is a subtitle or a note.
  if (/^\*[^*].*[^*]\*$|^_[^_].*_$/.test(b.text.trim())) return false;
  // A paragraph set in bold on its own ("**Noot voor de redactie**") reads as a heading too.
  return b.blankBefore && (isHeadingLike(b.text) || (/^\*\*[^*]{3,80}\*\*$/.test(b.text) && b.blankAfter));
}

/** Markdown level, or 2 for a heading in plain text. */
const levelOf = (b: Block) => b.level || 2;

interface Section {
  /** A deeper heading follows before the next heading at this level. */
  hasSub: boolean;
  /** A bulleted list follows before the next heading. */
  hasBullets: boolean;
  /** Running text follows right below. */
  hasText: boolean;
  /** Its text introduces the document. */
  introduces: boolean;
  /** Paragraphs of running text (not quoted context) before the next heading. */
  paragraphs: number;
}

/** The usual themes of prestatieafspraken. */
const THEME_WORDS = /betaalba|beschikba|voldoende|duurza|verduurza|leefba|wonen\s+en\s+zorg|zorg\s+en\s+wonen|samenwerk|kwaliteit|bijzondere\s+doelgroepen|doelgroepen|woningvoorraad|energietransitie|klimaat/i;

/** "> Ongeveer een op de drie huurders …": a quoted paragraph gives context, it agrees nothing. */
const QUOTED = /^>\s?/;
/** A paragraph of running text: a few sentences, not a heading, list, table or quote. */
const isParagraph = (b: Block) => !b.cells && !QUOTED.test(b.raw.trim()) && !topBullet(b) && !RESPONSIBLE_LABEL.test(b.text) && b.text.split(/\s+/).length >= 8 && b.blankBefore;

/**
 * Themes with several paragraphs each and no sub-headings ("## Betaalbaar wonen" with three paragraphs, each its
 * own commitment): every paragraph is an agreement. A section of one or two paragraphs stays one agreement.
 */
function paragraphMode(info: Map<Block, Section>): boolean {
  const agreements = [...info].filter(([b, s]) => !NOT_AN_AGREEMENT.test(clean(b.text)) && !s.introduces && s.hasText);
  if (agreements.length < 2 || [...info.values()].some((s) => s.hasSub || s.hasBullets)) return false;
  const total = agreements.reduce((sum, [, s]) => sum + s.paragraphs, 0);
  // Headings that name themes ("Betaalbaar wonen", "Duurzaamheid") rather than topics ("Nieuwbouw Kethel").
  const themes = agreements.filter(([b]) => THEME_WORDS.test(clean(b.text))).length;
  return total / agreements.length >= 2.5 || (themes / agreements.length >= 0.6 && total / agreements.length >= 1.8);
}

function sections(blocks: readonly Block[]): Map<Block, Section> {
  const out = new Map<Block, Section>();
  blocks.forEach((b, i) => {
    if (!isHeading(b)) return;
    const level = levelOf(b);
    const s: Section = { hasSub: false, hasBullets: false, hasText: false, introduces: false, paragraphs: 0 };
    let k = i + 1;
    // Quoted context under a heading comes before its text.
    while (blocks[k] && QUOTED.test(blocks[k]!.raw.trim())) k++;
    const next = blocks[k];
    s.hasText = !!next && !isHeading(next) && !next.cells && !matchChapterHeading(next.text) && !topBullet(next) && next.text.split(/\s+/).length >= 6;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j]!;
      if (isHeading(n) || matchChapterHeading(n.text)) {
        if (isHeading(n) && levelOf(n) > level && b.level > 0) {
          s.hasSub = true;
          continue;
        }
        break;
      }
      if (topBullet(n) && !s.hasSub) s.hasBullets = true;
      if (!s.hasSub && isParagraph(n)) s.paragraphs++;
      if (!s.hasSub && INTRODUCTION.test(n.text)) s.introduces = true;
    }
    out.set(b, s);
  });
  return out;
}

export const proseSections: Layout = {
  name: 'prose',
  numbered: false,
  detect(blocks) {
    const info = sections(blocks);
    return [...info].filter(([b, s]) => !NOT_AN_AGREEMENT.test(clean(b.text)) && !s.introduces && (s.hasText || s.hasBullets)).length;
  },
  read(blocks, ctx) {
    const info = sections(blocks);
    const perParagraph = paragraphMode(info);
    let n = 0;
    let skipping = false;
    let inSection = false;
    let themeLevel: number | null = null;
    /** The current theme came from a heading without text of its own. */
    let sectionTheme = false;
    let chapter: ChapterHeading | null = null;
    const index = new Map(blocks.map((b, i) => [b, i]));
    /** A section heading follows this block before the next chapter heading. */
    const sectionsFollow = (block: Block) => {
      for (let j = (index.get(block) ?? blocks.length) + 1; j < blocks.length; j++) {
        const n = blocks[j]!;
        if (matchChapterHeading(n.text)) return false;
        if (info.has(n)) return true;
      }
      return false;
    };
    /** A new chapter ends an introduction that was being skipped. */
    const follow = (state: WalkState) => {
      if (state.chapter === chapter) return;
      chapter = state.chapter;
      // A chapter set aside by a heading that outranks it changes nothing here.
      if (!chapter) return;
      skipping = NOT_AN_AGREEMENT.test(chapter.title);
      themeLevel = null;
      sectionTheme = false;
    };
    return walk(
      blocks,
      {
        layout: 'prose',
        plainChapters: true,
        continueAfterBlank: true,
        open(t, block, state) {
          follow(state);
          if (inSection && !skipping && topBullet(block)) {
            const { title, text } = splitBullet(clean(BULLET.exec(t)![1]!.replace(/\*\*/g, '')));
            return { kind: 'agreement', label: String(++n), lead: text, headingTitle: title, text };
          }
          const s = info.get(block);
          if (perParagraph && !s && inSection && !skipping) {
            if (QUOTED.test(block.raw.trim())) return { kind: 'skip' };
            if (isParagraph(block)) return { kind: 'agreement', label: String(++n), lead: t, headingTitle: null, text: t };
          }
          if (!s) return skipping && !state.current ? { kind: 'skip' } : null;
          const title = clean(t);
          skipping = NOT_AN_AGREEMENT.test(title) || s.introduces;
          inSection = !skipping;
          if (skipping) return { kind: 'skip' };
          const level = levelOf(block);
          // Without heading levels (PDF, plain text) a heading with text below a heading without is its sub-heading.
          const sub = themeLevel !== null && (level > themeLevel || (block.level === 0 && sectionTheme));
          if (s.hasSub || s.hasBullets || !s.hasText || perParagraph) {
            if (!sub) themeLevel = level;
            sectionTheme = true;
            return { kind: 'section', title };
          }
          if (!sub) {
            themeLevel = level;
            sectionTheme = false;
          }
          return { kind: 'agreement', label: String(++n), lead: '', headingTitle: title, text: null, theme: sub ? undefined : title };
        },
        line(t, block, w) {
          // "Thema 2 Betaalbaarheid" followed straight by prose: the theme's text is its one agreement — unless
          // headed sections follow in the chapter ("**Nieuwbouw sociale huur**"): then the prose introduces them.
          if (w.current || skipping || !w.chapter || !w.sectionChanged || t.split(/\s+/).length < 6 || sectionsFollow(block)) return false;
          w.start(String(++n), '', w.chapter.title);
          w.addText(t);
          return true;
        },
      },
      ctx.tocTitles,
    );
  },
};
