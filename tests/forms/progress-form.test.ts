import { describe, expect, it } from 'vitest';
import { createFormState, formActionId, stepForm, type FormState } from '../../src/forms/progress-form.js';
import { parseStatus } from '../../src/forms/statuses.js';

const items = [
  { number: '1', title: 'Vernieuwing', summary: 'We geven uitvoering aan de programmering.', target: null },
  { number: '3', title: 'Verkoop van huurwoningen', summary: 'Sint Joseph verkoopt 22 woningen.', target: { value: 22, unit: 'woningen', verb: 'verkopen', approximate: false } },
  { number: '4', title: 'Monitoring', summary: 'We monitoren.', target: null },
];
const init = () =>
  createFormState({ token: 'tok1', municipality: 'Almelo', quarter: '2026-Q3', quarterLabel: 'Q3 2026', party: 'Sint Joseph', deadlineLabel: 'woensdag 14 oktober 2026', items });
const say = (s: FormState, text: string) => stepForm(s, { type: 'text', text });
const text = (r: { replies: Array<{ text: string }> }) => r.replies.map((x) => x.text).join('\n');

describe('status words', () => {
  it('maps what people type to a status', () => {
    expect(parseStatus('loopt achter')).toBe('vertraagd');
    expect(parseStatus('Het loopt achter.')).toBe('vertraagd');
    expect(parseStatus('klaar')).toBe('gereed');
    expect(parseStatus('afgerond')).toBe('gereed');
    expect(parseStatus('op schema')).toBe('op-schema');
    expect(parseStatus('n.v.t.')).toBe('nvt');
    expect(parseStatus('nog niet begonnen')).toBe('niet-gestart');
    expect(parseStatus('2')).toBe('risico');
    expect(parseStatus('niet op schema')).toBeNull();
    expect(parseStatus('banaan')).toBeNull();
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
  });

  it('asks again when the number is not a number, negative or above the target, echoing the input', () => {
    let s = say(say(init(), 'overslaan').state, 'op schema').state;
    s = say(s, 'geen').state;
    expect(s.step).toBe('realised');
    for (const [input, message] of [
      ['vijftien', "'vijftien' is geen getal — typ bijvoorbeeld 15"],
      ['-3', "'-3' kan niet"],
      ['40', "'40' is meer dan de 22 woningen"],
    ] as const) {
      const r = say(s, input);
      expect(text(r)).toContain(message);
      expect(text(r)).toContain('Hoeveel van de 22 woningen zijn verkocht?');
      expect(r.effects).toEqual([]);
      expect(r.state.step).toBe('realised');
    }
  });

  it('requires a toelichting for Risico and Vertraagd', () => {
    const s = say(init(), 'risico').state;
    const r = say(s, 'geen');
    expect(text(r)).toContain('Bij Risico is een toelichting verplicht');
    expect(r.state.step).toBe('note');
    const button = stepForm(s, { type: 'action', id: formActionId('tok1', '1', 'note', 'geen') });
    expect(button.state.step).toBe('note');
  });

  it('says which status it did not understand', () => {
    const r = say(init(), 'banaan');
    expect(text(r)).toContain("'banaan' begrijp ik niet als status");
    expect(r.state.step).toBe('status');
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
    r = say(r.state, 'wijzig 7');
    expect(text(r)).toContain('Afspraak 7 staat niet op jouw lijst');
    r = say(r.state, 'wijzig 4');
    expect(r.state.current).toBe('4');
    r = say(r.state, 'overzicht');
    expect(r.replies[0]!.list).toHaveLength(3);
    expect(r.replies[0]!.text).toBe('0 ingevuld, 3 open.');
    expect(say(r.state, 'later').effects).toEqual([{ type: 'pause', reason: 'later' }]);
    expect(say(r.state, 'stop').effects).toEqual([{ type: 'pause', reason: 'stop' }]);
    const done = say(r.state, 'afronden');
    expect(done.effects).toEqual([{ type: 'finish' }]);
    expect(text(done)).toContain('nog open: 1, 3, 4');
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
