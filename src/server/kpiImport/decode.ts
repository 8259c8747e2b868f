import iconv from 'iconv-lite';

/**
 * The text of a CSV as its maker meant it: UTF-8 with or without a byte-order mark,
 * UTF-16 with one, and otherwise Windows-1252 — what older Danish Excel saves, where
 * "Houlkærparken" is not valid UTF-8.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}
