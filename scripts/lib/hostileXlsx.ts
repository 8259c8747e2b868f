import archiver from 'archiver';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough, Readable } from 'node:stream';

/**
 * A small xlsx that unpacks to one enormous cell: the grid's header row, then one inline
 * string of `stringBytes` letters. Deflate packs a run of one letter about 1000:1, so
 * 400 MB fit in a file of about 400 kB, under the import's 700 kB limit.
 */
export async function hostileXlsx(stringBytes = 400_000_000): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Ark1').addRow(['Boligområde', 'klager']);
  const plain = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const zip = archiver('zip', { zlib: { level: 9 } });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const written = new Promise((resolve, reject) => {
    out.on('end', resolve);
    zip.on('error', reject);
  });
  zip.pipe(out);
  for (const entry of Object.values(plain.files)) {
    if (entry.dir || entry.name === 'xl/worksheets/sheet1.xml') continue;
    zip.append(await entry.async('nodebuffer'), { name: entry.name });
  }
  zip.append(Readable.from(hugeSheet(stringBytes)), { name: 'xl/worksheets/sheet1.xml' });
  await zip.finalize();
  await written;
  return Buffer.concat(chunks);
}

function* hugeSheet(stringBytes: number): Generator<Buffer> {
  yield Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Boligområde</t></is></c><c r="B1" t="inlineStr"><is><t>klager</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>',
  );
  const megabyte = Buffer.alloc(1_000_000, 'A');
  for (let left = stringBytes; left > 0; left -= megabyte.length)
    yield left >= megabyte.length ? megabyte : megabyte.subarray(0, left);
  yield Buffer.from('</t></is></c><c r="B2"><v>3</v></c></row></sheetData></worksheet>');
}
