/** Reads an HTTP response body up to a byte limit; shared by the channels that download files people send. */

/**
 * The body of `res`, or a throw of `tooLarge()` as soon as it (or its declared length) passes `maxBytes`,
 * so an oversized download never sits in memory whole.
 */
export async function readLimited(res: Response, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(res.headers.get('content-length')) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (;;) {
    const part = reader ? await reader.read() : { done: true as const, value: undefined };
    if (part.done) break;
    size += part.value.length;
    if (size > maxBytes) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(Buffer.from(part.value));
  }
  return Buffer.concat(chunks);
}
