import fc from "fast-check";
import { z } from "zod";

/*
 * fast-check arbitraries from a procedure's zod input schema, through zod's own JSON Schema
 * export (io: "input", so transforms and pipes are described by what they accept). Dates,
 * which JSON Schema cannot say, are marked and generated as Date objects (superjson carries
 * them). Values are mostly valid; `malformedFrom` derives the broken ones.
 */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "x-date";
      }
    },
  }) as JsonSchema;
}

function regexOf(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? minLength + 40;
  const fits = (value: string) => value.length >= minLength && value.length <= maxLength;
  // Never filter on length (rare matches make fast-check spin): repeat, then cut, instead.
  const sized = (value: string) =>
    (value.length === 0 ? value : value.repeat(Math.ceil(minLength / value.length) || 1)).slice(0, maxLength);
  switch (schema.format) {
    case "x-date":
      return fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true });
    case "uuid":
      return fc.uuid();
    case "date-time":
      return fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "uri":
    case "url":
      return fc.webUrl().map((url) => (fits(url) ? url : "https://example.test/"));
    case "email":
      return fc.oneof(
        fc
          .emailAddress()
          .map((value) =>
            fits(value) && (!schema.pattern || regexOf(schema.pattern).test(value))
              ? value
              : "fuzz@example.test",
          ),
        fc.constantFrom("buyer@example.test", "someone.else@example.org"),
      );
  }
  if (schema.pattern) {
    const pattern = regexOf(schema.pattern);
    return fc.oneof(
      fc.stringMatching(pattern).map(sized),
      fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 20) }),
    );
  }
  return fc.oneof(
    fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40) }),
    fc.string({ unit: "grapheme", minLength, maxLength: Math.min(maxLength, minLength + 10) }),
    fc.constantFrom("' or 1=1 --", "<script>alert(1)</script>", "%00", "../../etc/passwd").map(sized),
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const min =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
  if (integer)
    return fc.integer({
      min: Math.max(min, Number.MIN_SAFE_INTEGER),
      max: Math.min(max, Number.MAX_SAFE_INTEGER),
    });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function arbitraryOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if ("const" in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(arbitraryOf));
  if (schema.allOf?.[0]) return arbitraryOf(schema.allOf[0]);
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => arbitraryOf({ ...schema, type })));
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return numberArbitrary(schema, true);
    case "number":
      return numberArbitrary(schema, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = schema.minItems ?? 0;
      return fc.array(schema.items ? arbitraryOf(schema.items) : fc.jsonValue(), {
        minLength,
        maxLength: Math.min(schema.maxItems ?? minLength + 4, minLength + 4),
      });
    }
    case "object": {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, arbitraryOf(value)]),
      );
      return fc.record(properties, {
        requiredKeys: (schema.required ?? []).filter((key) => key in properties),
      });
    }
    default:
      return fc.jsonValue();
  }
}

/** A value of the input's shape, or undefined for procedures without input. */
export function inputArbitrary(schema: z.ZodType | undefined): fc.Arbitrary<unknown> {
  return schema ? arbitraryOf(jsonSchemaOf(schema)) : fc.constant(undefined);
}

const hostile = fc.constantFrom<unknown>(
  null,
  "",
  "x".repeat(20_000),
  -1,
  Number.MAX_SAFE_INTEGER,
  1e308,
  true,
  [],
  [[[[[[[[[[[]]]]]]]]]]],
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  "00000000-0000-0000-0000-000000000000",
  "'; drop table users; --",
  new Date(Number.NaN),
  new Date(8.64e15),
);

/** Broken inputs: any JSON, hostile values, or a valid input with one field swapped for junk. */
export function malformedFrom(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const swapped = fc.tuple(valid, fc.nat(), fc.oneof(fc.jsonValue(), hostile)).map(([value, index, junk]) => {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date)
      return junk;
    const keys = Object.keys(value);
    if (keys.length === 0) return { unexpected: junk };
    return { ...value, [keys[index % keys.length] as string]: junk };
  });
  const dropped = valid.map((value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date)
      return value;
    const [first, ...rest] = Object.keys(value);
    return first
      ? Object.fromEntries(rest.map((key) => [key, (value as Record<string, unknown>)[key]]))
      : value;
  });
  return fc.oneof(fc.jsonValue(), hostile, swapped, dropped);
}
