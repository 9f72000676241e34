import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../src/ingest/agreement-title.js';

describe('a title line that ends in a place name', () => {
  it('keeps "Het …" and "De …" before a capitalised word as part of the name', () => {
    const source = 'Buurtteam Het Hoge Veld\nGemeente en Zuidkade werken in Het Hoge Veld met één buurtteam.';
    expect(deriveTitle(source, ['Zuidkade'], 'paragraph')).toBe('Buurtteam Het Hoge Veld');
    expect(deriveTitle('Renovatie De Akkers\nZuidkade isoleert 80 woningen.', ['Zuidkade'], 'paragraph')).toBe('Renovatie De Akkers');
  });

  it('still cuts where a sentence starts with an article', () => {
    expect(deriveTitle('Nieuwbouw De gemeente levert de grond voor 40 woningen aan Zuidkade.', ['Zuidkade'], 'table')).toBe('Nieuwbouw');
  });
});
