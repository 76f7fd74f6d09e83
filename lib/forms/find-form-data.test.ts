import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFormData } from "./find-form-data";

describe("findFormData", () => {
  const form = new FormData();
  it.each([
    ["useActionState's (state, form)", [{}, form], form],
    ["a no-JavaScript post's (form)", [form], form],
    ["no form", [{}, "x"], null],
    ["no arguments", [], null],
  ])("%s", (_name, args, expected) => {
    expect(findFormData(args)).toBe(expected);
  });

  it("finds a form wherever it is among arbitrary arguments, and nothing when there is none", () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), fc.option(fc.nat()), (args, at) => {
        const withForm = at === null ? args : [...args.slice(0, at), form, ...args.slice(at)];
        expect(findFormData(withForm)).toBe(at === null ? null : form);
      }),
    );
  });
});
