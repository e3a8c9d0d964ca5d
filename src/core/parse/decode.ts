import { ImportError } from './import-error';

/** Largest input accepted, in bytes: far above any news article, low enough to keep the UI responsive. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** File signatures of common non-text formats, so the refusal can say what the file probably is. */
const MAGIC: { bytes: number[]; kind: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (Word and Excel files are ZIP archives too)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Office document (.doc/.xls)' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], kind: 'a Windows program' },
];

/** How far into the file to look for NUL bytes: text never has them, binary formats nearly always do early. */
const SNIFF_BYTES = 8192;

/** Human-readable size ("20 MB") for refusal messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Decodes a file's bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM, refusing anything else.
 * Throws ImportError `empty`, `too-large`, `binary` or `encoding` with a message naming the file.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ImportError('empty', `${name} is empty — nothing to import.`);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ImportError(
      'too-large',
      `${name} is larger than ${formatSize(MAX_INPUT_BYTES)}, the limit for one article (it is ${formatSize(bytes.length)}).`,
    );
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(bytes, name, utf16);

  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) throw new ImportError('binary', `${name} looks like ${magic.kind}, not text.`);
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) {
    throw new ImportError(
      'binary',
      `${name} looks like a binary file, not text (NUL byte at offset ${nul}).`,
    );
  }

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
  } catch {
    const at = firstInvalidUtf8(bytes, bom);
    const hex = bytes[at].toString(16).toUpperCase().padStart(2, '0');
    throw new ImportError(
      'encoding',
      `${name} is not valid UTF-8 text (bad byte 0x${hex} at offset ${at}). ` +
        'It was probably saved in a legacy encoding such as Windows-1258; save it as UTF-8 and import it again.',
    );
  }
  return requireText(text, name);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, name: string, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    // The decoder drops the BOM itself (ignoreBOM defaults to false).
    return requireText(new TextDecoder(encoding, { fatal: true }).decode(bytes), name);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('encoding', `${name} starts like UTF-16 text but is not valid UTF-16.`);
  }
}

/** Refuses decoded text with nothing in it, or with control characters no article contains. */
function requireText(text: string, name: string): string {
  if (text.trim() === '')
    throw new ImportError('empty', `${name} contains only white space — nothing to import.`);
  // C0 controls other than tab/LF/CR/FF betray a binary file that happens to decode (e.g. UTF-16 without BOM).
  let controls = 0;
  const end = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  if (controls > 8) throw new ImportError('binary', `${name} looks like a binary file, not text.`);
  return text;
}

/** Offset of the first byte that breaks UTF-8 (only called after the decoder has said one does). */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong 3/4-byte forms and surrogates: the second byte's allowed range is narrower.
    const c1 = bytes[i + 1];
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    ) {
      return i;
    }
    i += need + 1;
  }
  return bytes.length - 1;
}
