import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declaresTooLarge, readJsonBody } from "./read-json-body";

/** A body stream that delivers `bytes` in chunks cut at the given points, and records whether it was cancelled. */
function streamOf(bytes: Uint8Array, cuts: number[] = []) {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) chunks.push(bytes.slice(at, p));
    at = Math.max(at, p);
  }
  const state = { cancelled: false, pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const encode = (s: string) => new TextEncoder().encode(s);

describe("readJsonBody", () => {
  it.each([
    ['{"a":1}', { ok: true, value: { a: 1 } }],
    ["[]", { ok: true, value: [] }],
    ["", { ok: false, status: 400, error: "Send a JSON body." }],
    ["  ", { ok: false, status: 400, error: "Send a JSON body." }],
    ["{", { ok: false, status: 400, error: "The body is not valid JSON." }],
  ])("%j", async (text, expected) => {
    expect(await readJsonBody(streamOf(encode(text)).stream)).toEqual(expected);
  });

  it("refuses invalid UTF-8 and a missing body with a 400", async () => {
    expect(await readJsonBody(streamOf(new Uint8Array([0x22, 0xff, 0x22])).stream)).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(null)).toMatchObject({ ok: false, status: 400 });
  });

  it("stops reading and cancels the stream once the limit is passed", async () => {
    const big = encode(`"${"x".repeat(100_000)}"`);
    const { stream, state } = streamOf(big, Array.from({ length: 100 }, (_, i) => i * 1000));
    expect(await readJsonBody(stream, 16 * 1024)).toEqual({ ok: false, status: 413, error: "The body is larger than 16 KB." });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(25);
  });

  it("gives the same answer however the bytes are chunked, and accepts exactly the JSON within the limit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string({ unit: "binary", maxLength: 300 })), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 400 }), async (text, cuts, limit) => {
        const bytes = encode(text);
        const result = await readJsonBody(streamOf(bytes, cuts).stream, limit);
        let parsed: { ok: boolean; value?: unknown } = { ok: false };
        try {
          parsed = { ok: text.trim() !== "", value: JSON.parse(text) };
        } catch {
          // not JSON: refused below
        }
        if (bytes.length > limit) expect(result).toMatchObject({ ok: false, status: 413 });
        else if (parsed.ok) expect(result).toEqual({ ok: true, value: parsed.value });
        else expect(result).toMatchObject({ ok: false, status: 400 });
      }),
      { numRuns: 300 },
    );
  });
});

describe("declaresTooLarge", () => {
  it.each([
    [null, false],
    ["16384", false],
    ["16385", true],
    ["  99999999999999999999 ", true],
    ["-1", false],
    ["abc", false],
  ])("%j → %j", (header, expected) => {
    expect(declaresTooLarge(header, 16384)).toBe(expected);
  });
});
