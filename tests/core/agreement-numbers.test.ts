import { describe, expect, it } from 'vitest';
import { parseAgreementNumber } from '../../src/core/agreement.js';

describe('agreement numbers as people type them', () => {
  it('keeps the printed forms: 3, 2.1, A3, sub-items 2b and Roman chapters IV.b', () => {
    expect(parseAgreementNumber('afspraak 3')).toBe('3');
    expect(parseAgreementNumber('2.01')).toBe('2.1');
    expect(parseAgreementNumber('a 3')).toBe('A3');
    expect(parseAgreementNumber('2B')).toBe('2b');
    expect(parseAgreementNumber('iv.B')).toBe('IV.b');
    expect(parseAgreementNumber('vijftien')).toBeNull();
    expect(parseAgreementNumber('IV')).toBeNull();
  });
});
