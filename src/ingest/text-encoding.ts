/** Bytes to text: UTF-8 unless the file says otherwise (an HTML charset) or is not valid UTF-8 (Windows-1252). */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** 0x80–0x9F in Windows-1252 (Node's own decoder may treat the label as Latin-1 and keep control codes). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = {
  decode: (data: Buffer) => data.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!),
};

/** The charset an HTML file declares in its first bytes (`<meta charset=…>` or `content="…; charset=…"`). */
function declaredCharset(data: Buffer): string | null {
  const head = data.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a text or HTML file. Word saves HTML as Windows-1252 and older exports have no declaration at all,
 * so bytes that are not valid UTF-8 are read as Windows-1252 rather than turned into replacement characters.
 */
export function decodeBytes(data: Buffer): string {
  const charset = declaredCharset(data);
  if (charset && /^(?:windows-1252|cp1252|iso-8859-1|iso-8859-15|latin1)$/.test(charset)) return windows1252.decode(data);
  try {
    return utf8.decode(data).replace(/^\uFEFF/, '');
  } catch {
    return windows1252.decode(data);
  }
}
