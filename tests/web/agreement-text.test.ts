import { describe, expect, it } from 'vitest';
import { textBlock } from '../../src/channels/web/pages/agreement-parts.js';

describe('agreement text on the page', () => {
  it('gives inline bullets from a PDF table their own list items', () => {
    const out = textBlock('Partijen dragen bij aan: ➤ Een passende voorraad; ➤ Het aanbod voor starters.').value;
    expect(out).toBe('<p>Partijen dragen bij aan:</p><ul><li>Een passende voorraad;</li><li>Het aanbod voor starters.</li></ul>');
  });

  it('keeps plain text a paragraph and escapes it', () => {
    expect(textBlock('Gewone zin <b>vet</b>.').value).toBe('<p>Gewone zin &lt;b&gt;vet&lt;/b&gt;.</p>');
  });
});
