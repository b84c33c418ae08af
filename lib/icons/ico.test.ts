import { describe, expect, it } from "vitest";
import { icoFromPngs } from "./ico";

describe("icoFromPngs", () => {
  it("writes the header and a directory entry pointing at each PNG", () => {
    const a = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]);
    const b = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 3]);
    const ico = icoFromPngs([{ size: 16, png: a }, { size: 256, png: b }]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7], view.getUint32(6 + 8, true), view.getUint32(6 + 12, true)]).toEqual([16, 16, 6, 38]);
    expect([ico[22], view.getUint32(22 + 8, true), view.getUint32(22 + 12, true)]).toEqual([0, 5, 44]);
    expect([...ico.slice(38, 44)]).toEqual([...a]);
    expect([...ico.slice(44)]).toEqual([...b]);
  });
});
