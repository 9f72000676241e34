import { describe, expect, it } from 'vitest';
import { renderCard, renderReply } from '../../src/channels/teams/render-reply.js';
import type { Reply } from '../../src/core/messages.js';

type Block = { type: string; text?: string; spacing?: string; items?: Block[] };
const textBlocks = (card: Record<string, unknown>): Block[] => (card.body as Block[]).filter((b) => b.type === 'TextBlock');

describe('Teams rendering of a reply', () => {
  it('keeps paragraphs and lines: one TextBlock per line, a gap only between paragraphs', () => {
    const card = renderCard({ text: 'Eerste regel.\nTweede regel van dezelfde alinea.\n\nNieuwe alinea.' });
    expect(textBlocks(card).map((b) => [b.text, b.spacing])).toEqual([
      ['Eerste regel.', 'Default'],
      ['Tweede regel van dezelfde alinea.', 'None'],
      ['Nieuwe alinea.', 'Medium'],
    ]);
    // More than one line never goes out as a plain message, where Teams would run the lines together.
    expect(renderReply({ text: 'a\nb' }).attachments).toHaveLength(1);
    expect(renderReply({ text: 'Eén regel.' })).toEqual({ type: 'message', text: 'Eén regel.', textFormat: 'markdown' });
  });

  it('shows each list item once with one bullet, whether the writer typed one or not', () => {
    const card = renderCard({ text: 'Deze partijen:\n• Gert Smit\n- Anna Bakker', list: ['• Sanne Jansen', 'Bram de Jong', '- Hanna Mulder'] });
    expect(textBlocks(card).map((b) => b.text)).toEqual(['Deze partijen:', '• Gert Smit', '• Anna Bakker', '• Sanne Jansen', '• Bram de Jong', '• Hanna Mulder']);
    expect(JSON.stringify(card)).not.toMatch(/- •|• •|• -/);
  });

  it('keeps a placeholder-like text visible instead of dropping it as a tag', () => {
    const card = renderCard({ title: 'Hulp', text: 'Typ "wijzig <nummer>" of feedback: <reden>' });
    const text = textBlocks(card)[1]!.text!;
    expect(text.replace(/\u200b/g, '')).toBe('Typ "wijzig <nummer>" of feedback: <reden>');
    expect(text).not.toMatch(/<[a-z]/);
    expect(text).not.toContain('&lt;');
  });

  it('links citations to the agreement page, and the source document where known', () => {
    const reply: Reply = {
      text: 'Sint Joseph verkoopt 22 woningen.',
      citations: [
        { municipality: 'Almelo', number: '3', title: 'Verkoop [deel 1]', chapter: 'Betaalbaarheid' },
        { municipality: 'Bergen (NH)', number: '2.1', title: 'Wonen', sourceUrl: 'https://example.nl/pa.pdf#page=4' },
        { municipality: 'Almelo', number: '4', title: 'Onveilig', sourceUrl: 'javascript:alert(1)' },
      ],
    };
    const sources = (renderCard(reply, { publicUrl: 'https://afspraken.example.nl/' }).body as Block[]).at(-1)!.items!.map((b) => b.text);
    expect(sources).toEqual([
      'Bronnen',
      '[Almelo, afspraak 3 — Verkoop (deel 1)](https://afspraken.example.nl/agreements/Almelo/3) (Betaalbaarheid)',
      '[Bergen (NH), afspraak 2.1 — Wonen](https://afspraken.example.nl/agreements/Bergen%20%28NH%29/2.1) · [brondocument](https://example.nl/pa.pdf#page=4)',
      '[Almelo, afspraak 4 — Onveilig](https://afspraken.example.nl/agreements/Almelo/4)',
    ]);
    // Without a public address the agreement is named, not linked.
    const plain = (renderCard(reply).body as Block[]).at(-1)!.items![1]!.text;
    expect(plain).toBe('**Almelo, afspraak 3** — Verkoop [deel 1] (Betaalbaarheid)');
  });

  it('shows at most six actions: five buttons and the rest in the overflow menu', () => {
    const actions = Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, label: `Knop ${i}` }));
    const card = renderCard({ text: 'Kies', actions });
    const rendered = card.actions as Array<{ verb: string; mode?: string }>;
    expect(rendered.map((a) => a.verb)).toEqual(actions.map((a) => a.id));
    expect(rendered.filter((a) => a.mode !== 'secondary')).toHaveLength(5);
    expect(rendered.slice(5).every((a) => a.mode === 'secondary')).toBe(true);
    expect((renderCard({ text: 'Kies', actions: actions.slice(0, 6) }).actions as Array<{ mode?: string }>).every((a) => !a.mode)).toBe(true);
  });

  it('fills a form input with the earlier answer', () => {
    const card = renderCard({ text: 'Toelichting?', inputs: [{ id: 'note', label: 'Toelichting', type: 'text', value: 'Loopt uit.' }], data: { token: 't', number: '2.1', step: 'note' } });
    expect((card.body as Array<Record<string, unknown>>).find((b) => b.type === 'Input.Text')).toMatchObject({ id: 'note', value: 'Loopt uit.' });
    expect((card.actions as Array<{ verb: string }>)[0]!.verb).toBe('form:t:2.1:note:submit');
  });
});

describe('Teams card actions coming back', () => {
  it('turns a submit of a form card for agreement 2.1 into that step\'s answer', async () => {
    const { actionFromCardData } = await import('../../src/channels/teams/card-actions.js');
    expect(actionFromCardData('form:t:2.1:note:submit', { actionId: 'form:t:2.1:note:submit', note: 'Loopt\nuit.' })).toEqual({ id: 'form:t:2.1:note:Loopt uit.' });
    expect(actionFromCardData('form:t:2.1:realised:submit', { actionId: 'form:t:2.1:realised:submit', realised: '' })).toEqual({ id: 'form:t:2.1:realised:onbekend' });
  });
});
