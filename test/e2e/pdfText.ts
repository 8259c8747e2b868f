import zlib from 'node:zlib';

/**
 * The text Chromium drew on a PDF's pages: its content streams' glyph strings decoded with
 * each font's ToUnicode map in turn (a wrong map gives noise, the right one the words).
 */
export function pdfTexts(pdf: Buffer): string[] {
  const streams: string[] = [];
  const source = pdf.toString('latin1');
  const start = /stream\r?\n/g;
  for (let m = start.exec(source); m; m = start.exec(source)) {
    const from = m.index + m[0].length;
    const raw = pdf.subarray(from, source.indexOf('endstream', from));
    try {
      streams.push(zlib.inflateSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      // Not deflated (an image or a font program): no text in it.
    }
  }
  const maps = streams.filter((s) => s.includes('begincmap')).map(toUnicodeMap);
  const strings = streams
    .filter((s) => /\bT[Jj]\b/.test(s) && !s.includes('begincmap'))
    .flatMap((s) => [...s.matchAll(/<([0-9A-Fa-f]+)>/g)].map((h) => h[1] ?? ''));
  return maps.map((map) =>
    strings
      .map((hex) => (hex.match(/.{4}/g) ?? []).map((g) => map.get(parseInt(g, 16)) ?? '').join(''))
      .join(''),
  );
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, from = '', to = ''] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(from, 16), text(to));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo = '', hi = '', to = ''] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    ))
      for (let g = parseInt(lo, 16), u = parseInt(to, 16); g <= parseInt(hi, 16); g++, u++)
        map.set(g, String.fromCharCode(u));
  return map;
}
