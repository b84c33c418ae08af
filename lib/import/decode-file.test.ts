import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeImportFile } from "./decode-file";
import { IMPORT_MAX_BYTES } from "./limits";

/** Bytes as other programs write them: iconv-lite, an encoder independent of the decoder under test. */
const encoded = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const CSV = "名称（日本語）,開催地,開始日\r\n日ASEAN観光大臣特別対話①,タイ,2023/10/27\r\n髙橋・﨑山 ㈱会議,日本,2023/11/1\r\n";

describe("decodeImportFile", () => {
  it("reads Shift_JIS as Japanese Excel saves CSV (CP932: NEC and IBM extensions, CRLF, no BOM)", () => {
    const result = decodeImportFile(encoded(CSV, "cp932"));
    expect(result).toEqual({ ok: true, text: CSV, encoding: "shift_jis" });
  });

  it("reads UTF-8 with and without a byte-order mark, and says which", () => {
    expect(decodeImportFile(encoded(CSV, "utf8"))).toEqual({ ok: true, text: CSV, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoded(CSV, "utf8")]);
    expect(decodeImportFile(withBom)).toEqual({ ok: true, text: CSV, encoding: "utf-8-bom" });
  });

  it("refuses spreadsheets saved as workbooks, PDFs, UTF-16 and binary files, saying what they are", () => {
    const problem = (bytes: number[]) => {
      const result = decodeImportFile(new Uint8Array(bytes));
      return result.ok ? null : result.problem;
    };
    expect(problem([0x50, 0x4b, 0x03, 0x04, 1, 2])).toEqual({ code: "import.errors.notText", values: { format: "xlsx" } });
    expect(problem([0xd0, 0xcf, 0x11, 0xe0, 0xa1])).toEqual({ code: "import.errors.notText", values: { format: "xls" } });
    expect(problem([0x25, 0x50, 0x44, 0x46, 0x2d])).toEqual({ code: "import.errors.notText", values: { format: "pdf" } });
    expect(problem([...encoded("\ufeffa,b", "utf16le")])).toEqual({ code: "import.errors.utf16" });
    expect(problem([0x61, 0x00, 0x62])).toEqual({ code: "import.errors.notText", values: { format: "binary" } });
    expect(problem([])).toEqual({ code: "import.errors.fileEmpty" });
  });

  it("refuses a file it cannot decode, and names EUC-JP when that is what it is", () => {
    const euc = decodeImportFile(encoded("日本語の会議の名前と開催地、開始日、終了日", "euc-jp"));
    expect(euc).toEqual({ ok: false, problem: { code: "import.errors.eucJp" } });
    const garbage = decodeImportFile(new Uint8Array([0x61, 0x81, 0x7f, 0xff, 0xfe, 0x80, 0x62]));
    expect(garbage.ok).toBe(false);
    const brokenUtf8 = decodeImportFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28]));
    expect(brokenUtf8).toEqual({ ok: false, problem: { code: "import.errors.invalidUtf8" } });
  });

  it("refuses a file over the size limit before reading it", () => {
    const result = decodeImportFile(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61));
    expect(result).toEqual({ ok: false, problem: { code: "import.errors.fileTooLarge", values: { maxMb: 10 } } });
  });
});
