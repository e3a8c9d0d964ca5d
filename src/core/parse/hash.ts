/**
 * SHA-256 of the text's UTF-8 bytes as lower-case hex: the identity used to skip re-importing the same article.
 * Uses Web Crypto, available in the browser, in workers and in Node 20.
 */
export async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
