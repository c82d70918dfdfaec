import { describe, expect, it } from "vitest";
import { renderFinding } from "../../src/model/finding.ts";
import type { Figure } from "../../src/model/types.ts";
import { chiBo, dongGop } from "../charts/fixtures.ts";

/** Returns the finding filled from `figures` and the messages it reported. */
function render(finding: string, figures: readonly Figure[]): [string, string[]] {
  const messages: string[] = [];
  const text = renderFinding(finding, figures, (_path, message) => messages.push(message));
  return [text, messages];
}

describe("renderFinding", () => {
  const d = chiBo();
  it("fills {key} with the figure as read and {key|số} with its number, capitalising the start", () => {
    expect(render("{giap-bien|số} trong {tong} là thôn giáp biên", d.figures)).toEqual([
      "64 trong 81 chi bộ là thôn giáp biên",
      [],
    ]);
    expect(render("{tong} có đảng viên", d.figures)[0]).toBe("81 chi bộ có đảng viên");
  });

  it("keeps the hedge, with or without the unit; |so is read as |số", () => {
    const g = dongGop();
    const all = [...g.figures, ...g.derived];
    expect(render("{tong-gia-tri} hỗ trợ", all)[0]).toBe("Gần 310 triệu đồng hỗ trợ");
    expect(render("{ho-tro-vat-chat|so}", all)[0]).toBe("Gần 125 triệu");
  });

  it("follows a changed value", () => {
    const changed = d.figures.map((f) => (f.key === "giap-bien" ? { ...f, value: 60, text: "60 chi bộ" } : f));
    expect(render("{giap-bien|số} trong {tong}", changed)[0]).toBe("60 trong 81 chi bộ");
  });

  it("refuses a typed number, an unknown key and an unknown option", () => {
    expect(render("64 trong {tong}", d.figures)[1]).toEqual([
      'tiêu đề kết luận có số gõ tay "64": viết {khóa} (hoặc {khóa|số}) để số lấy từ số liệu của bộ dữ liệu.',
    ]);
    expect(render("{khong-co} chi bộ", d.figures)[1]).toEqual([
      '"{khong-co}" không phải khóa của số liệu hay số tính nào trong bộ dữ liệu.',
    ]);
    expect(render("{tong|phan-tram}", d.figures)[1]).toEqual(['"{tong|phan-tram}": sau dấu | chỉ viết "số" ({tong|số}).']);
  });
});
