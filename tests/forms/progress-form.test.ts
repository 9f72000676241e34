import { describe, expect, it } from 'vitest';
import { parseFormCommand } from '../../src/forms/form-commands.js';
import { bulkActionId, createFormState, formActionId, stepForm, type FormInit, type FormState, type PreviousAnswer } from '../../src/forms/progress-form.js';
import { parseStatus } from '../../src/forms/statuses.js';
import { formTexts } from '../../src/forms/texts.js';

const items = [
  { number: '1', title: 'Vernieuwing', summary: 'We geven uitvoering aan de programmering.', target: null },
  { number: '3', title: 'Verkoop van huurwoningen', summary: 'Sint Joseph verkoopt 22 woningen.', target: { value: 22, unit: 'woningen', verb: 'verkopen', approximate: false } },
  { number: '4', title: 'Monitoring', summary: 'We monitoren.', target: null },
];
const base: FormInit = { token: 'tok1', municipality: 'Almelo', quarter: '2026-Q3', quarterLabel: 'Q3 2026', party: 'Sint Joseph', deadlineLabel: 'woensdag 14 oktober 2026', items };
const init = (extra: Partial<FormInit> = {}) => createFormState({ ...base, ...extra });
const say = (s: FormState, text: string) => stepForm(s, { type: 'text', text });
const press = (s: FormState, id: string) => stepForm(s, { type: 'action', id });
const text = (r: { replies: Array<{ text: string; title?: string; list?: string[] }> }) => r.replies.map((x) => [x.title, x.text, ...(x.list ?? [])].filter(Boolean).join('\n')).join('\n');
const labels = (r: { replies: Array<{ actions?: Array<{ label: string }> }> }) => r.replies.at(-1)!.actions?.map((a) => a.label) ?? [];
const prev = (status: PreviousAnswer['status'], note: string | null = null, realised: number | null = null): PreviousAnswer => ({ status, note, realised, quarterLabel: 'Q2 2026' });

describe('status words', () => {
  it('maps what people type to a status', () => {
    expect(parseStatus('loopt achter')).toBe('vertraagd');
    expect(parseStatus('Het loopt achter.')).toBe('vertraagd');
    expect(parseStatus('afgerond')).toBe('gereed');
    expect(parseStatus('gereed')).toBe('gereed');
    expect(parseStatus('op schema')).toBe('op-schema');
    expect(parseStatus('n.v.t.')).toBe('nvt');
    expect(parseStatus('nog niet begonnen')).toBe('niet-gestart');
    expect(parseStatus('2')).toBe('risico');
    expect(parseStatus('niet op schema')).toBeNull();
    expect(parseStatus('banaan')).toBeNull();
  });

  it('does not read "klaar" as a status: in the form it finishes the form', () => {
    expect(parseStatus('klaar')).toBeNull();
    expect(parseFormCommand('klaar')).toEqual({ name: 'klaar' });
  });
});

describe('progress form', () => {
  it('walks status, toelichting and the realised number, saving each completed agreement', () => {
    let r = say(init(), 'op schema');
    expect(r.state.step).toBe('note');
    r = say(r.state, 'geen');
    expect(r.effects).toEqual([{ type: 'save', number: '1', answer: { status: 'op-schema', note: null, realised: null } }]);
    expect(r.state.current).toBe('3');
    r = say(r.state, 'loopt achter');
    r = say(r.state, 'Kopers haken af door de rente.');
    expect(text(r)).toContain('Hoeveel van de 22 woningen zijn verkocht?');
    r = say(r.state, '15');
    expect(r.effects[0]).toEqual({ type: 'save', number: '3', answer: { status: 'vertraagd', note: 'Kopers haken af door de rente.', realised: 15 } });
    r = say(r.state, 'gereed');
    r = say(r.state, 'geen');
    expect(r.effects.map((e) => e.type)).toEqual(['save', 'finish']);
    expect(text(r)).toContain('Alle 3 afspraken zijn ingevuld');
    expect(text(r)).toContain('"wijzig 3"');
  });

  it('shows how far along the reporter is on every question', () => {
    const first = init();
    expect(say(first, 'hulp').replies.at(-1)!.text).toContain('▱▱▱▱▱▱▱▱▱▱ 0 van 3 ingevuld');
    const r = say(say(first, 'op schema').state, 'geen');
    expect(r.replies.at(-1)!.text).toContain('▰▰▰▱▱▱▱▱▱▱ 1 van 3 ingevuld');
  });

  it('asks again when the number is not a number or negative, echoing the input', () => {
    let s = say(say(init(), 'overslaan').state, 'op schema').state;
    s = say(s, 'geen').state;
    expect(s.step).toBe('realised');
    for (const [input, message] of [
      ['vijftien', "'vijftien' is geen getal — typ bijvoorbeeld 15"],
      ['-3', "'-3' kan niet"],
    ] as const) {
      const r = say(s, input);
      expect(text(r)).toContain(message);
      expect(text(r)).toContain('Hoeveel van de 22 woningen zijn verkocht?');
      expect(r.effects).toEqual([]);
      expect(r.state.step).toBe('realised');
    }
  });

  it('accepts a number above the target once it is confirmed, and lets the reporter type another instead', () => {
    let s = say(say(init(), 'overslaan').state, 'op schema').state;
    s = say(s, 'geen').state;
    const above = say(s, '30 woningen');
    expect(above.effects).toEqual([]);
    expect(text(above)).toContain('30 is meer dan de 22 woningen uit de afspraak. Klopt dat?');
    expect(labels(above)).toContain('Ja, 30 klopt');

    const other = say(above.state, '20');
    expect(other.effects[0]).toMatchObject({ type: 'save', number: '3', answer: { realised: 20 } });

    const confirmed = press(above.state, formActionId('tok1', '3', 'realised', 'bevestig'));
    expect(confirmed.effects[0]).toMatchObject({ type: 'save', number: '3', answer: { status: 'op-schema', realised: 30 } });
    expect(say(above.state, 'ja').effects[0]).toMatchObject({ answer: { realised: 30 } });
    const again = press(above.state, formActionId('tok1', '3', 'realised', 'opnieuw'));
    expect(again.effects).toEqual([]);
    expect(text(again)).toContain('Hoeveel van de 22 woningen zijn verkocht?');
  });

  it('requires a toelichting for Risico and Vertraagd', () => {
    const s = say(init(), 'risico').state;
    const r = say(s, 'geen');
    expect(text(r)).toContain('Bij Risico is een toelichting verplicht');
    expect(r.state.step).toBe('note');
    const button = stepForm(s, { type: 'action', id: formActionId('tok1', '1', 'note', 'geen') });
    expect(button.state.step).toBe('note');
  });

  it('says which status it did not understand, quoting at most 100 characters of it', () => {
    const r = say(init(), 'banaan');
    expect(text(r)).toContain("'banaan' begrijp ik niet als status");
    expect(r.state.step).toBe('status');
    const long = say(init(), `${'onzin '.repeat(1200)}einde`);
    const error = long.replies[0]!.text;
    expect(error.length).toBeLessThan(300);
    expect(error).toMatch(/^'(onzin ){16}onz…'/);
    expect(error).not.toContain('einde');
  });

  it('supports overslaan, terug, wijzig, overzicht, later, stop and klaar', () => {
    let r = say(init(), 'overslaan');
    expect(r.state.current).toBe('3');
    expect(text(r)).toContain('Afspraak 1 overgeslagen');
    r = say(r.state, 'terug');
    expect(r.state.current).toBe('1');
    r = say(r.state, 'gereed');
    r = say(r.state, 'terug');
    expect(r.state.step).toBe('status');
    expect(text(r)).toContain('Je koos net: Gereed.');
    r = say(r.state, 'wijzig 7');
    expect(text(r)).toContain('Afspraak 7 staat niet op jouw lijst');
    r = say(r.state, 'wijzig 4');
    expect(r.state.current).toBe('4');
    r = say(r.state, 'overzicht');
    expect(r.replies[0]!.list).toHaveLength(3);
    expect(r.replies[0]!.text).toBe('0 ingevuld, 3 open.');
    expect(say(r.state, 'later').effects).toEqual([{ type: 'pause', reason: 'later' }]);
    expect(say(r.state, 'stop').effects).toEqual([{ type: 'pause', reason: 'stop' }]);
    const done = say(r.state, 'klaar');
    expect(done.effects).toEqual([{ type: 'finish' }]);
    expect(text(done)).toContain('nog open: 1, 3, 4');
  });

  it('"klaar" at the toelichting keeps the status just chosen, unless a toelichting is required', () => {
    const optional = say(say(init(), 'gereed').state, 'klaar');
    expect(optional.effects).toEqual([{ type: 'save', number: '1', answer: { status: 'gereed', note: null, realised: null } }, { type: 'finish' }]);
    expect(text(optional)).toContain('Opgeslagen: afspraak 1 — Gereed.');

    const required = say(say(init(), 'vertraagd').state, 'klaar');
    expect(required.effects).toEqual([]);
    expect(text(required)).toContain('daarbij is een toelichting verplicht');
    expect(required.state.step).toBe('note');
  });

  it('"terug" and "wijzig" show the earlier answer, and "Zo laten" keeps it', () => {
    let r = say(init(), 'vertraagd');
    r = say(r.state, 'Vergunning loopt vertraging op.');
    expect(r.state.current).toBe('3');
    const back = say(r.state, 'terug');
    expect(back.state.current).toBe('1');
    expect(text(back)).toContain('Eerdere toelichting: "Vergunning loopt vertraging op."');
    expect(back.replies.at(-1)!.inputs![0]).toMatchObject({ id: 'note', value: 'Vergunning loopt vertraging op.' });
    const kept = press(back.state, formActionId('tok1', '1', 'note', 'zo-laten'));
    expect(kept.effects[0]).toMatchObject({ number: '1', answer: { status: 'vertraagd', note: 'Vergunning loopt vertraging op.' } });

    const change = say(kept.state, 'wijzig 1');
    expect(text(change)).toContain('Nu ingevuld: Vertraagd — "Vergunning loopt vertraging op."\n');
    expect(labels(change)[0]).toBe('Zo laten (Vertraagd)');
    const same = press(change.state, formActionId('tok1', '1', 'status', 'zo-laten'));
    expect(same.effects).toEqual([]);
    expect(text(same)).toContain('Afspraak 1 blijft zoals hij was.');
  });

  it('says so when "ongewijzigd" has no earlier answer to keep, and never stores the word as a toelichting', () => {
    const r = say(init(), 'ongewijzigd');
    expect(r.effects).toEqual([]);
    expect(text(r)).toContain('Voor afspraak 1 is er nog geen eerder antwoord om over te nemen');
    const note = say(say(init(), 'op schema').state, 'zo laten');
    expect(note.effects[0]).toEqual({ type: 'save', number: '1', answer: { status: 'op-schema', note: null, realised: null } });
  });

  it('understands agreement numbers as printed ("wijzig 2.1")', () => {
    const s = createFormState({ ...base, items: [{ number: '2.1', title: 'Huisvesting', summary: '', target: null }, { number: '2.10', title: 'Wonen met zorg', summary: '', target: null }] });
    const r = say(s, 'wijzig 2.10');
    expect(r.state.current).toBe('2.10');
    expect(say(r.state, 'wijzig 2.1').state.current).toBe('2.1');
  });

  it('ignores a button that belongs to an earlier question', () => {
    const s = init();
    const click = { type: 'action' as const, id: formActionId('tok1', '1', 'status', 'gereed') };
    const first = stepForm(s, click);
    expect(first.state.step).toBe('note');
    const second = stepForm(first.state, click);
    expect(second.state).toEqual(first.state);
    expect(second.effects).toEqual([]);
    expect(text(second)).toContain('hoort bij een eerdere vraag');
    const foreign = stepForm(s, { type: 'action', id: formActionId('other', '1', 'status', 'gereed') });
    expect(foreign.state.step).toBe('status');
  });
});

describe('help and commands', () => {
  it('lists every command in "hulp", and each listed word does what the line says', () => {
    const help = formTexts.formHelp;
    const expected: Record<string, string> = {
      overslaan: 'overslaan',
      terug: 'terug',
      'wijzig 5': 'wijzig',
      overzicht: 'overzicht',
      later: 'later',
      stop: 'stop',
      klaar: 'klaar',
      'alles op schema behalve 3, 7': 'alles-op-schema',
    };
    for (const [word, command] of Object.entries(expected)) {
      expect(help).toContain(`"${word}"`);
      expect(parseFormCommand(word)?.name).toBe(command);
    }
    expect(help).toMatch(/"klaar": het formulier afronden/);
  });
});

describe('a quarter that starts from the previous one', () => {
  const sixItems = [
    ...items,
    { number: '5', title: 'Leefbaarheid', summary: '', target: null },
    { number: '6', title: 'Huisvesting statushouders', summary: '', target: null },
    { number: '7', title: 'Wonen en zorg', summary: '', target: null },
  ];
  const previous = {
    '1': prev('op-schema', 'Programmering loopt.'),
    '3': prev('op-schema', null, 9),
    '4': prev('vertraagd', 'Monitor later klaar.'),
    '5': prev('op-schema', 'Buurtbudget verdeeld.'),
    '6': prev('op-schema'),
    '7': prev('risico', 'Zorgpartner twijfelt.'),
  };
  const start = () => createFormState({ ...base, items: sixItems, previous });

  it('asks first what was not "op schema" or has a numeric target, then offers the rest as unchanged', () => {
    let s = start();
    expect(s.rest).toEqual(['1', '5', '6']);
    expect(s.current).toBe('3');
    const order: string[] = [];
    for (const answer of [['op schema', 'geen', '12'], ['gereed', 'geen'], ['op schema', 'geen']]) {
      order.push(s.current!);
      for (const a of answer) s = say(s, a).state;
    }
    expect(order).toEqual(['3', '4', '7']);
    expect(s.step).toBe('bulk');
    const offer = say(s, 'overzicht').replies.at(-1)!;
    expect(offer.title).toBe('De rest: 3 afspraken');
    expect(offer.text).toContain('ongewijzigd ten opzichte van vorig kwartaal');
    expect(offer.list).toEqual(['1. Vernieuwing — Op schema — "Programmering loopt."', '5. Leefbaarheid — Op schema — "Buurtbudget verdeeld."', '6. Huisvesting statushouders — Op schema']);

    const confirmed = press(s, bulkActionId('tok1', 'ongewijzigd'));
    expect(confirmed.effects).toEqual([
      { type: 'save', number: '1', answer: { status: 'op-schema', note: 'Programmering loopt.', realised: null, unchanged: true } },
      { type: 'save', number: '5', answer: { status: 'op-schema', note: 'Buurtbudget verdeeld.', realised: null, unchanged: true } },
      { type: 'save', number: '6', answer: { status: 'op-schema', note: null, realised: null, unchanged: true } },
      { type: 'finish' },
    ]);
    expect(text(confirmed)).toContain('Alle 6 afspraken zijn ingevuld');
  });

  it('shows last quarter\'s answer and saves it again with one "Ongewijzigd" button', () => {
    const s = start();
    const first = say(s, 'hulp').replies.at(-1)!;
    expect(first.text).toContain('Vorig kwartaal (Q2 2026): Op schema, gerealiseerd 9 van 22 woningen.');
    expect(first.actions![0]).toMatchObject({ label: 'Ongewijzigd (Op schema)', id: formActionId('tok1', '3', 'status', 'ongewijzigd') });
    const r = press(s, formActionId('tok1', '3', 'status', 'ongewijzigd'));
    expect(r.effects).toEqual([{ type: 'save', number: '3', answer: { status: 'op-schema', note: null, realised: 9, unchanged: true } }]);
    expect(r.state.current).toBe('4');
    // The previous toelichting and number are filled in when the reporter answers anew.
    const note = say(r.state, 'vertraagd').replies.at(-1)!;
    expect(note.inputs![0]).toMatchObject({ id: 'note', value: 'Monitor later klaar.' });
  });

  it('"Eén voor één" goes through the rest instead, with last quarter\'s answer on each', () => {
    let s = start();
    for (const n of ['3', '4', '7']) s = press(s, formActionId('tok1', n, 'status', 'ongewijzigd')).state;
    expect(s.step).toBe('bulk');
    const r = press(s, bulkActionId('tok1', 'los'));
    expect(r.state).toMatchObject({ current: '1', step: 'status', bulk: 'declined' });
    expect(r.replies.at(-1)!.text).toContain('Vorig kwartaal (Q2 2026): Op schema — "Programmering loopt."');
  });

  it('understands "alles op schema behalve 4, 7": the rest is op schema, a numeric target is still asked, then 4 and 7', () => {
    const r = say(start(), 'alles op schema behalve 4 en 7');
    expect(r.effects.map((e) => (e.type === 'save' ? `${e.number}:${e.answer.status}` : e.type))).toEqual(['1:op-schema', '5:op-schema', '6:op-schema']);
    expect(text(r)).toContain('Op schema gezet: 1, 5, 6.');
    expect(text(r)).toContain('Bij 3 vraag ik nog het gerealiseerde aantal.');
    expect(r.state.current).toBe('3');
    expect(r.state.step).toBe('realised');
    const n = say(r.state, '14');
    expect(n.effects[0]).toEqual({ type: 'save', number: '3', answer: { status: 'op-schema', note: null, realised: 14 } });
    expect(n.state.current).toBe('4');
    expect(say(n.state, 'alles op schema behalve 8').replies[0]!.text).toContain("'8' herken ik niet als afspraaknummer");
  });

  it('lets a reporter whose agreements are all unchanged finish with one click once the form is open', () => {
    const calm = createFormState({ ...base, items: [items[0]!, items[2]!], previous: { '1': prev('op-schema', 'Loopt.'), '4': prev('op-schema') } });
    expect(calm.step).toBe('bulk');
    const r = press(calm, bulkActionId('tok1', 'ongewijzigd'));
    expect(r.effects.at(-1)).toEqual({ type: 'finish' });
    expect(r.state.finished).toBe(true);
    expect(say(calm, 'ja').state.finished).toBe(true);
    const oneByOne = press(calm, bulkActionId('tok1', 'los'));
    expect(oneByOne.state).toMatchObject({ step: 'status', current: '1', bulk: 'declined' });
  });
});
