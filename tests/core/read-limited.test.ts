import { describe, expect, it } from 'vitest';
import { readLimited } from '../../src/core/read-limited.js';

const tooLarge = () => new Error('te groot');
/** A streamed body without a declared length, in chunks of `size` bytes. */
function streamed(chunks: number, size: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent++ < chunks) c.enqueue(new Uint8Array(size));
      else c.close();
    },
  });
  return new Response(body);
}

describe('a bounded response body', () => {
  it('reads a body within the limit whole', async () => {
    expect((await readLimited(streamed(3, 10), 30, tooLarge)).length).toBe(30);
  });

  it('refuses a declared length over the limit before reading', async () => {
    const res = new Response('x'.repeat(10), { headers: { 'content-length': '500' } });
    await expect(readLimited(res, 100, tooLarge)).rejects.toThrow('te groot');
  });

  it('stops a body without a declared length as soon as it passes the limit', async () => {
    await expect(readLimited(streamed(1000, 10), 95, tooLarge)).rejects.toThrow('te groot');
  });
});
