import { describe, expect, it } from 'vitest';
import { encodeActionIds, MAX_BLOCKS, MAX_SECTION_CHARS, parseActionId, renderReply, splitText, toMrkdwn } from '../../src/channels/slack/render-blocks.js';
import { decodeSharedReply, encodeSharedReply } from '../../src/channels/slack/share-payload.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ text?: string | { text: string }; action_id?: string }> };

describe('Block Kit rendering', () => {
  it('turns **bold** into *bold*, escapes <, > and &, and leaves Markdown links as text', () => {
    expect(toMrkdwn('Dit is **belangrijk** & <echt> [zie](https://x.nl/a)')).toBe('Dit is *belangrijk* &amp; &lt;echt&gt; [zie](https://x.nl/a)');
  });

  it('keeps mentions, channel pings and disguised links from text inert, in blocks and in the notification text', () => {
    const hostile = 'Let op <!channel> <!here> <@U123> <#C999|algemeen> <https://evil.example|klik hier> [klik](https://evil.example)';
    const [m] = renderReply({ title: 'Antwoord <!here>', text: hostile, list: ['<@U456> doet het'] });
    // A header is plain_text, which Slack never parses for mentions or links; everything else is checked.
    const header = (m!.blocks as Block[]).find((b) => b.type === 'header')!;
    expect(header.text).toMatchObject({ type: 'plain_text', text: 'Antwoord <!here>' });
    const all = JSON.stringify({ text: m!.text, blocks: (m!.blocks as Block[]).filter((b) => b.type !== 'header') });
    for (const live of ['<!channel>', '<!here>', '<@U123>', '<#C999', '<https://evil.example', '<@U456>']) expect(all).not.toContain(live);
    expect(m!.text).toContain('&lt;!channel&gt;');
    const sections = (m!.blocks as Block[]).filter((b) => b.type === 'section');
    expect(sections.every((b) => (b.text as { verbatim?: boolean }).verbatim === true)).toBe(true);
  });

  it('renders citations as a context block linked to the console', () => {
    const [m] = renderReply({ text: 'Antwoord', citations: [{ municipality: 'Almelo', number: '3', title: 'Verkoop van huurwoningen' }] }, { publicUrl: 'https://bot.example.nl/' });
    const context = (m!.blocks as Block[]).find((b) => b.type === 'context')!;
    expect(context.elements![0]!.text).toBe('📄 <https://bot.example.nl/agreements/Almelo/3|Almelo 3 — Verkoop van huurwoningen>');
    expect(m!.text).toBe('Antwoord');
  });

  it('keeps paragraphs and lists, with one bullet per item whether or not the writer typed one', () => {
    const [m] = renderReply({ text: 'Eerste regel\nTweede regel\n\nDeze partijen:\n- Gert Smit\n• Anna', list: ['• Sanne', 'Bram'] });
    const sections = (m!.blocks as Block[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections).toEqual(['Eerste regel\nTweede regel\n\nDeze partijen:\n• Gert Smit\n• Anna', '• Sanne\n• Bram']);
  });

  it('links a citation\'s source document when it is an http(s) address', () => {
    const [m] = renderReply({ text: 'x', citations: [{ municipality: 'Bergen (NH)', number: '2.1', title: 'Wonen', sourceUrl: 'https://example.nl/pa.pdf#page=4' }] }, { publicUrl: 'https://bot.example.nl' });
    const context = (m!.blocks as Block[]).find((b) => b.type === 'context')!;
    expect(context.elements![0]!.text).toBe('📄 <https://bot.example.nl/agreements/Bergen%20%28NH%29/2.1|Bergen (NH) 2.1 — Wonen> · <https://example.nl/pa.pdf#page=4|brondocument>');
  });

  it('shows citations without link when there is no public URL', () => {
    const [m] = renderReply({ text: 'x', citations: [{ municipality: 'Almere', number: '12', title: 'Nieuwbouw' }] });
    expect(JSON.stringify(m!.blocks)).toContain('📄 Almere 12 — Nieuwbouw');
  });

  it('splits long text into sections of at most 3000 characters', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Alinea ${i} ${'woord '.repeat(60)}`).join('\n\n');
    const [m] = renderReply({ text });
    const sections = (m!.blocks as Block[]).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.text!.text.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
    expect(splitText('a'.repeat(7000)).map((p) => p.length)).toEqual([3000, 3000, 1000]);
  });

  it('splits very long answers over several messages of at most 50 blocks, buttons on the last', () => {
    const text = 'x'.repeat(MAX_SECTION_CHARS * 60);
    const messages = renderReply({ text, actions: [{ id: 'feedback:up:a1', label: '👍' }] });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
    expect(messages[0]!.text).toMatch(/\(1\/\d+\)$/);
  });

  it('makes duplicate action ids unique and parses them back', () => {
    const encoded = encodeActionIds([{ id: 'form:choice', label: 'A', value: 'a' }, { id: 'form:choice', label: 'B', value: 'b' }]);
    expect(encoded.map((a) => a.actionId)).toEqual(['form:choice', 'form:choice|1']);
    expect(encoded.map((a) => parseActionId(a.actionId))).toEqual(['form:choice', 'form:choice']);
  });

  it('uses pre-rendered Slack blocks when the reply has them, with the text as fallback', () => {
    const rich = [{ type: 'section', text: { type: 'mrkdwn', text: '*Digest*' } }];
    const [m] = renderReply({ text: 'Weekdigest', rich: { slackBlocks: rich } });
    expect(m!.blocks).toEqual(rich);
    expect(m!.text).toBe('Weekdigest');
  });

  it('renders a title as header and a list as bullets', () => {
    const [m] = renderReply({ title: 'Overzicht', text: 'Status:', list: ['Almelo 3: op schema', 'Almelo 4: vertraagd'] });
    expect(m!.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Overzicht' } });
    expect(JSON.stringify(m!.blocks)).toContain('• Almelo 3: op schema\\n• Almelo 4: vertraagd');
  });
});

describe('share payload', () => {
  it('round-trips an answer through a button value of at most 2000 characters', () => {
    const reply = { text: 'Antwoord '.repeat(2000), citations: [{ municipality: 'Almelo', number: '3', title: 'Verkoop' }], answerId: 'a1' };
    const value = encodeSharedReply(reply);
    expect(value.length).toBeLessThanOrEqual(2000);
    const back = decodeSharedReply(value)!;
    expect(back.answerId).toBe('a1');
    expect(back.citations).toEqual(reply.citations);
    expect(back.text.startsWith('Antwoord Antwoord')).toBe(true);
    expect(decodeSharedReply('rommel')).toBeNull();
  });
});
