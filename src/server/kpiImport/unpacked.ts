import JSZip from 'jszip';
import { badRequest } from '../errors/apiError';

/** More unpacked XML than a year's figures ever need; a 700 kB file can unpack to gigabytes. */
export const MAX_UNPACKED_BYTES = 25_000_000;

/**
 * Inflates every part of an xlsx as a stream and counts, before exceljs unpacks it whole:
 * a zip's declared sizes can lie, the inflated bytes cannot. Nothing is kept.
 */
export async function assertUnpackedSize(bytes: Buffer, max = MAX_UNPACKED_BYTES): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > max) {
          stream.pause();
          reject(
            badRequest('Filen er for stor eller for indviklet til at blive læst', {
              file: `Udpakket fylder den over ${Math.round(max / 1_000_000)} MB; gem den igen i Excel med almindelige celler, eller del den op`,
            }),
          );
        }
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
  }
}
