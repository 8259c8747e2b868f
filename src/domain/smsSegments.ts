/**
 * How many text messages a text takes (3GPP TS 23.038, GSM 03.38). GSM 7-bit holds 160
 * characters in one message, 153 a part when split; a character of the extension table
 * (`€ [ ] { } ^ ~ \ |`, form feed) counts twice. Any character outside both tables makes the
 * whole text UCS-2: 70 in one, 67 a part. Danish æ ø å Æ Ø Å are in the basic table, so
 * Danish alone stays GSM 7-bit; typographic dashes and quotes (– ’ «) do not.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** Septets (GSM 7-bit) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  let septets = 0;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extension.has(ch)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'gsm7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

/** The most a call-in may take: two GSM 7-bit messages, or one UCS-2 message. */
export function fitsCallIn(text: string): boolean {
  const size = smsSize(text);
  return size.encoding === 'gsm7' ? size.segments <= 2 : size.segments <= 1;
}

/** Characters a text from the records may carry that would make it UCS-2, replaced by GSM ones. */
const PLAIN: Record<string, string> = {
  '–': '-',
  '—': '-',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '…': '...',
  '\u00a0': ' ',
};

/** A text with typographic characters made plain, so it stays GSM 7-bit when it can. */
export function plainSms(text: string): string {
  return [...text].map((ch) => PLAIN[ch] ?? ch).join('');
}
