import { describe, expect, it } from "vitest";
import { readEventCsv } from "./read-csv";

const HEADER_JA = "名称（日本語）,名称（英語）,種別,分野,開催地,開始日,開始時刻,終了時刻";
const rows = (text: string) => {
  const read = readEventCsv(text);
  if (!read.ok) throw new Error(read.problem.code);
  return read.rows;
};
const problem = (text: string) => {
  const read = readEventCsv(text);
  return read.ok ? null : read.problem;
};

describe("readEventCsv", () => {
  it("reads Japanese headers and Excel-ja cells into form values, numbering rows as the spreadsheet does", () => {
    const [row] = rows(`${HEADER_JA}\r\n観光大臣会合,Tourism Ministers,会合,観光,タイ,2023/10/27,9:00,12:30\r\n`.replace("会合,観光", "meeting,観光"));
    expect(row.position).toBe(2);
    expect(row.values).toEqual({ titleJa: "観光大臣会合", titleEn: "Tourism Ministers", kind: "meeting", sector: "tourism", host: "TH", startDate: "2023-10-27", startTime: "09:00", endTime: "12:30" });
    expect(row.problems).toEqual({});
  });

  it("takes English headers, the keys, full-width brackets and any mix of them", () => {
    const [row] = rows("Title (English),KIND,sector,host,start_date,タイトル\n".replace(",タイトル", "") + "Forum,event,economy,JP,2023-12-01\n");
    expect(row.values).toMatchObject({ titleEn: "Forum", kind: "event", sector: "economy", host: "JP", startDate: "2023-12-01" });
    expect(rows("名称(日本語),種別,分野,開催地,開始日\nx,meeting,economy,JP,2023-12-01\n")[0].values.titleJa).toBe("x");
  });

  it("keeps cell problems with their row and field, and reads the id, UID and slug as the row's key", () => {
    const [row] = rows("ID,UID,スラッグ,名称（英語）,種別,分野,開催地,開始日,終日\n12,abc@x,My-Slug,=1+2,meeting,space,JP,soon,maybe\n");
    expect(row.key).toEqual({ id: 12, uid: "abc@x", slug: "my-slug" });
    expect(row.problems).toEqual({
      titleEn: [{ code: "import.errors.formula" }],
      sector: [{ code: "editor.errors.invalidChoice" }],
      startDate: [{ code: "editor.errors.invalidDate" }],
      allDay: [{ code: "import.errors.invalidBoolean" }],
    });
  });

  it("reads cells with line breaks (one spreadsheet row) and quotes, skips empty rows and reads past an export's read-only columns", () => {
    const read = rows(`名称（英語）,種別,分野,開催地,開始日,説明（英語）,状態,SEQUENCE\n"A, B",meeting,economy,JP,2023-01-01,"line 1\nline ""2""",published,3\n,,,,,,,\nC,event,economy,JP,2023-01-02,,draft,0\n`);
    expect(read.map((r) => [r.position, r.values.titleEn])).toEqual([[2, "A, B"], [4, "C"]]);
    expect(read[0].values.descriptionEn).toBe('line 1\nline "2"');
    expect(read[0].values).not.toHaveProperty("status");
  });

  it("refuses the whole file for unknown, duplicate or missing columns, bad CSV and too many rows", () => {
    expect(problem("名称（英語）,種別,分野,開催地,開始日,Venue name,Colour\nx,meeting,economy,JP,2023-01-01,,\n")).toEqual({ code: "import.errors.unknownColumns", values: { columns: "Venue name、 Colour" } });
    expect(problem("名称（英語）,Title (English),種別,分野,開催地,開始日\n")?.code).toBe("import.errors.duplicateColumn");
    expect(problem("名称（英語）,種別,開始日\nx,meeting,2023-01-01\n")).toEqual({
      code: "import.errors.missingColumns",
      values: { columns: "分野 / Sector; 開催地 / Host" },
    });
    expect(problem('名称（英語）,種別,分野,開催地,開始日\n"x,meeting,economy,JP,2023-01-01\n')).toEqual({ code: "import.errors.quoteNotClosed", values: { line: 2 } });
    expect(problem("名称（英語）,種別,分野,開催地,開始日\n")).toEqual({ code: "import.errors.noRows" });
    const many = `名称（英語）,種別,分野,開催地,開始日\n${"x,meeting,economy,JP,2023-01-01\n".repeat(50_000)}`;
    expect(problem(many)).toEqual({ code: "import.errors.tooManyRows", values: { rows: 50_000, max: 10_000 } });
  });

  it("accepts trailing unnamed columns when they are empty, and flags a value in one", () => {
    const [fine, flagged] = rows("名称（英語）,種別,分野,開催地,開始日,,\nx,meeting,economy,JP,2023-01-01,,\ny,meeting,economy,JP,2023-01-01,,oops\n");
    expect(fine.problems).toEqual({});
    expect(flagged.problems).toEqual({ row: [{ code: "import.errors.cellWithoutColumn", values: { position: 7 } }] });
  });
});
