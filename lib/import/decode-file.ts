import type { ImportProblem } from "./import-problem";
import { IMPORT_MAX_BYTES } from "./limits";

/**
 * The text of an uploaded file, with the encoding it was written in. Japanese Excel saves "CSV" as
 * Shift_JIS (Windows code page 932), "CSV UTF-8" with a byte-order mark, and "Unicode text" as
 * UTF-16 with tabs. Decoding uses the platform's TextDecoder (WHATWG Encoding Standard, full ICU
 * in Node 24): its "shift_jis" is Windows-31J, CP932 with the NEC and IBM extensions (①, ㈱, 髙)
 * that Excel writes, and `fatal: true` turns any byte sequence that is not valid into a refusal
 * instead of silent replacement characters. No dependency, and the same decoder browsers use.
 */
export type FileEncoding = "utf-8" | "utf-8-bom" | "shift_jis";

export type DecodedFile = { ok: true; text: string; encoding: FileEncoding } | { ok: false; problem: ImportProblem };

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Formats that are not text, recognised by their first bytes, with what to tell the person. */
const BINARY_FORMATS: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "xlsx"], // Office Open XML (.xlsx) and OpenDocument (.ods): ZIP archives
  [[0xd0, 0xcf, 0x11, 0xe0], "xls"], // Excel 97–2003 (.xls): OLE compound file
  [[0x25, 0x50, 0x44, 0x46], "pdf"],
];

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/g;
const NON_ASCII = /[^\u0000-\u007F]/g;

/**
 * Text read as Shift_JIS that is mostly half-width katakana was almost certainly written in
 * another encoding (EUC-JP bytes decode as such): refused rather than imported as garbage.
 */
function looksMisread(text: string): boolean {
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  const kana = text.match(HALF_WIDTH_KANA)?.length ?? 0;
  return nonAscii >= 4 && kana / nonAscii > 0.3;
}

export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: "import.errors.fileEmpty" } };
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, problem: { code: "import.errors.fileTooLarge", values: { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 } } };
  const binary = BINARY_FORMATS.find(([magic]) => startsWith(bytes, magic));
  if (binary) return { ok: false, problem: { code: "import.errors.notText", values: { format: binary[1] } } };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, problem: { code: "import.errors.utf16" } };
  if (bytes.includes(0)) return { ok: false, problem: { code: "import.errors.notText", values: { format: "binary" } } };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decode(bytes.subarray(3), "utf-8");
    return text === null ? { ok: false, problem: { code: "import.errors.invalidUtf8" } } : { ok: true, text, encoding: "utf-8-bom" };
  }
  const utf8 = decode(bytes, "utf-8");
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  const sjis = decode(bytes, "shift_jis");
  if (sjis !== null && !looksMisread(sjis)) return { ok: true, text: sjis, encoding: "shift_jis" };
  if (decode(bytes, "euc-jp") !== null) return { ok: false, problem: { code: "import.errors.eucJp" } };
  return { ok: false, problem: { code: "import.errors.unknownEncoding" } };
}
