import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/core/messages.js';
import type { MessageHandler } from '../../src/core/people.js';
import { createFormState, stepForm, currentQuestion, type FormInput, type FormState } from '../../src/forms/progress-form.js';
import { fixture, startTeamsHarness, type TeamsHarness } from './harness.js';

/**
 * A stand-in for the progress handler (the real one keeps the form state in the DB): it runs the real form
 * step machine, and reads a card submit (`form:…:submit` + action.value) as the typed answer.
 */
function testFormHandler(): MessageHandler & { state: FormState | null } {
  const handler = {
    name: 'test-form',
    state: null as FormState | null,
    async handle(message: InboundMessage) {
      if (message.text === 'voortgang') {
        handler.state = createFormState({
          token: 'tok1',
          municipality: 'Almelo',
          quarter: '2026-Q4',
          quarterLabel: 'Q4 2026',
          party: 'Beter Wonen',
          deadlineLabel: '15 januari',
          items: [{ number: 12, title: 'Verkoop huurwoningen', summary: 'Verkoop 22 woningen', target: { value: 22, unit: 'woningen', verb: 'verkopen', approximate: true } }],
        });
        return currentQuestion(handler.state);
      }
      if (!handler.state || handler.state.finished) return null;
      let input: FormInput;
      if (message.action?.id.startsWith('form:')) {
        input = message.action.id.endsWith(':submit')
          ? { type: 'text', text: message.action.value ?? '' }
          : { type: 'action', id: message.action.id, value: message.action.value };
      } else if (!message.action && message.text) input = { type: 'text', text: message.text };
      else return null;
      const result = stepForm(handler.state, input);
      handler.state = result.state;
      return result.replies;
    },
  };
  return handler;
}

describe('progress form through Teams cards', () => {
  let h: TeamsHarness;
  const form = testFormHandler();
  let n = 0;
  const vars = () => ({ serviceUrl: h.connector.url });
  const lastCard = () => [...h.connector.activities()].reverse().find((c) => c.body.attachments)!.body.attachments[0].content;
  const invoke = (verb: string, data: Record<string, unknown> = {}) => {
    const activity = fixture('card-action-execute', { ...vars(), verb }, { id: `form-invoke-${++n}` });
    activity.value.action.data = { ...activity.value.action.data, ...data };
    return h.post(activity);
  };

  beforeAll(async () => {
    h = await startTeamsHarness({ handlers: [form] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows status buttons, then a toelichting input and a number input, and saves what was submitted', async () => {
    await h.post(fixture('message-personal', vars(), { id: 'form-start', text: 'voortgang' }));
    const statusCard = lastCard();
    expect(JSON.stringify(statusCard.body)).toContain('Afspraak 12');
    const vertraagd = statusCard.actions.find((a: any) => a.verb === 'form:tok1:12:status:vertraagd');
    expect(vertraagd).toMatchObject({ type: 'Action.Execute', title: 'Vertraagd' });

    // Status button → the note question, as a card with a text input and a submit button.
    const r1 = await invoke(vertraagd.verb);
    expect(r1.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const noteCard = lastCard();
    const noteInput = noteCard.body.find((b: any) => b.type === 'Input.Text');
    expect(noteInput).toMatchObject({ id: 'note', isRequired: true });
    const submit = noteCard.actions[0];
    expect(submit).toMatchObject({ type: 'Action.Execute', verb: 'form:tok1:12:note:submit', title: 'Versturen' });

    // Teams merges the input values into the action data.
    await invoke(submit.verb, { note: 'Kopers haken af door de hoge rente.' });
    const numberCard = lastCard();
    expect(numberCard.body.find((b: any) => b.type === 'Input.Number')).toMatchObject({ id: 'realised' });

    await invoke(numberCard.actions[0].verb, { realised: '9' });
    expect(form.state?.answered['12']).toEqual({ status: 'vertraagd', note: 'Kopers haken af door de hoge rente.', realised: 9 });
    const texts = h.connector.activities().slice(-2).map((c) => c.body.text);
    expect(texts[0]).toContain('Opgeslagen: afspraak 12');
  });

  it('keeps the typed conversation as a fallback', async () => {
    await h.post(fixture('message-personal', vars(), { id: 'form-start-2', text: 'voortgang' }));
    await h.post(fixture('message-personal', vars(), { id: 'form-typed-1', text: 'loopt achter' }));
    expect(form.state).toMatchObject({ current: 12, step: 'note', draft: { status: 'vertraagd' } });
    expect(lastCard().body.find((b: any) => b.type === 'Input.Text')).toMatchObject({ id: 'note' });
  });
});
