import { isSafeExternalUrl } from '../security';

/** A fetched page: final URL after redirects, its content type and its decoded text. */
export interface FetchedPage {
  url: string;
  contentType: string;
  body: string;
}

/** Limits on one fetch, so a slow or huge response cannot stall the import. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** 20 s and 5 MB: generous for an article page, small enough to fail fast on a wrong link. */
export const defaultFetchLimits: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

// Articles and feeds; anything else (PDF, images, archives) has no parser behind it.
const textTypes = /^(text\/[\w.+-]+|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml))$/;

/** The fetch the service calls: Electron's `net.fetch` in the app (system proxy settings), stubbed in tests. */
export type FetchFn = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => Promise<Response>;

function networkMessage(url: URL, error: unknown): string {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause?.code ?? '';
  const text = `${cause} ${error instanceof Error ? error.message : String(error)}`;
  if (/ENOTFOUND|EAI_AGAIN|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED/.test(text)) {
    return `Could not reach ${url.host}: the name does not resolve. Check the address and your internet connection.`;
  }
  if (/ECONNREFUSED|CONNECTION_REFUSED/.test(text)) return `${url.host} refused the connection.`;
  if (/CERT|SSL|TLS/.test(text)) return `${url.host} has an invalid security certificate; not fetched.`;
  return `Could not fetch ${url.href}: ${text.trim()}. Check your internet connection.`;
}

async function readCapped(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  const tooBig = `${url.href} is larger than ${Math.round(maxBytes / (1024 * 1024))} MB; not imported.`;
  if (declared > maxBytes) throw new Error(tooBig);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(tooBig);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decode(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is what nearly every page is anyway.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Fetches an http(s) page for import. Rejects, with a message naming the problem, for other schemes, a
 * timeout, an unreachable host, a non-2xx answer, a response over the size cap, or content that is not
 * HTML, XML or text.
 */
export async function fetchPage(
  rawUrl: string,
  fetchFn: FetchFn,
  limits: FetchLimits = defaultFetchLimits,
): Promise<FetchedPage> {
  const trimmed = rawUrl.trim();
  if (!isSafeExternalUrl(trimmed)) {
    throw new Error(`"${rawUrl}" is not a web address: only http:// and https:// links can be imported.`);
  }
  const url = new URL(trimmed);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetchFn(url.href, { signal, redirect: 'follow' });
  } catch (error) {
    if (signal.aborted) {
      throw new Error(`${url.host} did not answer within ${limits.timeoutMs / 1000} s; try again later.`, {
        cause: error,
      });
    }
    throw new Error(networkMessage(url, error), { cause: error });
  }
  const finalUrl = response.url || url.href;
  if (!isSafeExternalUrl(finalUrl))
    throw new Error(`${url.href} redirected to a non-web address; not fetched.`);
  if (!response.ok) {
    throw new Error(
      `${url.host} answered ${response.status} ${response.statusText}`.trim() + ` for ${url.href}.`,
    );
  }
  const contentType = response.headers.get('content-type') ?? '';
  const [mime = '', ...params] = contentType.split(';').map((part) => part.trim());
  if (!textTypes.test(mime.toLowerCase())) {
    throw new Error(
      `${url.href} is ${mime || 'of unknown type'}, not a web page or text; save it and import the file instead.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, limits.maxBytes, url);
  } catch (error) {
    if (signal.aborted) {
      throw new Error(`${url.host} did not finish sending the page within ${limits.timeoutMs / 1000} s.`, {
        cause: error,
      });
    }
    throw error;
  }
  const charset = params
    .map((param) => /^charset=["']?([^"']+)/i.exec(param)?.[1])
    .find((value) => value !== undefined);
  return { url: finalUrl, contentType, body: decode(bytes, charset) };
}
