/**
 * Bytes of the characters that Windows-1252 puts at 0x80-0x9F. It leaves 0x81, 0x8D, 0x8F, 0x90
 * and 0x9D undefined, and WHATWG decoders (browsers, Node.js) map those to U+0081 and so on.
 */
const WINDOWS_1252_BYTES_80_TO_9F: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  'ƒ': 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  'ˆ': 0x88,
  '‰': 0x89,
  'Š': 0x8a,
  '‹': 0x8b,
  'Œ': 0x8c,
  'Ž': 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  'š': 0x9a,
  '›': 0x9b,
  'œ': 0x9c,
  'ž': 0x9e,
  'Ÿ': 0x9f,
};

/** Each pass undoes one round of misreading. Text misread more than three times is rare. */
const MAX_REPAIR_PASSES = 3;

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252, such as "CuraÃ§ao" for
 * "Curaçao", and returns other text unchanged.
 *
 * The text is encoded back to single bytes and decoded as UTF-8. Text that is already correct
 * stays as it is because its bytes are almost never valid UTF-8: an accented Latin-1 letter
 * followed by a plain letter, as in "Réunion", is an invalid UTF-8 sequence.
 */
export function repairMojibake(text: string): string {
  let current = text;

  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass += 1) {
    const repaired = decodeMisreadUtf8(current);
    if (repaired === undefined) break;
    current = repaired;
  }

  return current;
}

/** Returns the UTF-8 reading of the text's single-byte encoding, or undefined if there is none. */
function decodeMisreadUtf8(text: string): string | undefined {
  if (!/[^\p{ASCII}]/u.test(text)) return undefined;

  const bytes = encodeAsSingleBytes(text);
  if (bytes === undefined) return undefined;

  try {
    return utf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Encodes text as Windows-1252, also taking U+0080-U+009F as their Latin-1 bytes. Returns
 * undefined when a character has no single-byte form, because such text was not misread this way.
 */
function encodeAsSingleBytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  let index = 0;

  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const byte = code <= 0xff ? code : WINDOWS_1252_BYTES_80_TO_9F[character];
    if (byte === undefined) return undefined;
    bytes[index] = byte;
    index += 1;
  }

  return bytes.subarray(0, index);
}
