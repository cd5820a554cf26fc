// **wikibase-values** — the value kinds beyond item, text and time: identifiers, quantities,
// coordinates and Commons files, parsed into the form Wikibase keeps them in (DataValues).
import { z } from 'zod';
import { ItemRefSchema } from './values.js';

/** An identifier in an external authority (VIAF, GND …), as the authority writes it. Wikibase trims it. */
export const ExternalIdSchema = z
  .string({ error: (issue) => (typeof issue.input === 'number' ? `an identifier is text: write it in quotes, "${issue.input}" (unquoted, YAML reads it as a number and may drop leading zeros)` : undefined) })
  .min(1)
  .refine((s) => s === s.trim(), 'an identifier without spaces before or after it')
  .refine((s) => !/[\n\r\t]/.test(s), 'an identifier on one line, without tabs');

/** A decimal as Wikibase's DecimalValue keeps it: a sign, digits, an optional fraction ("+1.50"). */
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function toDecimal(input: string | number, ctx: z.RefinementCtx): string {
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (typeof input === 'number' && !Number.isFinite(input)) return fail(ctx, input, 'a finite number');
  if (!DECIMAL.test(text)) {
    return fail(ctx, input, typeof input === 'number'
      ? `${text} cannot be written as a plain decimal: give the amount as a string, e.g. "1000000000000000000000"`
      : `"${text}" is not a decimal number such as 5, -3 or "12.50"`);
  }
  // DecimalValue: always signed, no leading zeros, and zero is positive.
  const [, sign = '+', int, frac = ''] = /^([+-]?)(\d+)((?:\.\d+)?)$/.exec(text)!;
  const digits = int!.replace(/^0+(?=\d)/, '');
  const zero = /^0$/.test(digits) && !/[1-9]/.test(frac);
  return `${zero ? '+' : sign || '+'}${digits}${frac}`;
}

function fail(ctx: z.RefinementCtx, input: unknown, message: string): never {
  ctx.addIssue({ code: 'custom', message, input });
  return z.NEVER as never;
}

const decimalText = z.union([z.string(), z.number()], { error: 'a decimal number such as 5 or "12.50"' });

const QuantityObject = z.strictObject({
  amount: decimalText,
  /** The unit: a Wikidata item (Q…) or a concept / entity of the dataset. None: a plain number. */
  unit: ItemRefSchema.optional(),
  lowerBound: decimalText.optional(),
  upperBound: decimalText.optional(),
});

export interface Quantity {
  /** DecimalValue strings: "+5", "-0.25". */
  amount: string;
  unit?: string;
  lowerBound?: string;
  upperBound?: string;
}

/** A number with an optional unit and bounds: `5`, `{ amount: 5, unit: Q577 }`, `{ amount: "3.5", lowerBound: 3, upperBound: 4 }`. */
export const QuantitySchema = z.union([decimalText, QuantityObject]).transform((input, ctx): Quantity => {
  if (typeof input !== 'object') return { amount: toDecimal(input, ctx) };
  const value: Quantity = { amount: toDecimal(input.amount, ctx) };
  if (input.unit !== undefined) value.unit = input.unit;
  if ((input.lowerBound === undefined) !== (input.upperBound === undefined)) {
    return fail(ctx, input, 'give both lowerBound and upperBound, or neither (Wikibase keeps a quantity with both bounds or none)');
  }
  if (input.lowerBound !== undefined && input.upperBound !== undefined) {
    value.lowerBound = toDecimal(input.lowerBound, ctx);
    value.upperBound = toDecimal(input.upperBound, ctx);
    const [lower, amount, upper] = [value.lowerBound, value.amount, value.upperBound].map(Number) as [number, number, number];
    if (!(lower <= amount && amount <= upper)) return fail(ctx, input, `the bounds must hold the amount: lowerBound ≤ amount ≤ upperBound (${value.lowerBound} ≤ ${value.amount} ≤ ${value.upperBound})`);
  }
  return value;
});

export interface GlobeCoordinate {
  latitude: number;
  longitude: number;
  /** In degrees; none: Wikibase writes its automatic precision (1/3600°). */
  precision?: number;
  /** A Wikidata item or dataset entity; none: Earth. */
  globe?: string;
}

/** Coordinates in degrees (WGS 84 on Earth): `{ latitude: 48.85, longitude: 2.35, precision: 0.01 }`. */
export const GlobeCoordinateSchema = z.strictObject({
  latitude: z.number({ error: 'a latitude in degrees, a number from -90 to 90' }).min(-90, 'a latitude from -90 to 90 degrees').max(90, 'a latitude from -90 to 90 degrees'),
  longitude: z.number({ error: 'a longitude in degrees, a number from -360 to 360' }).min(-360, 'a longitude from -360 to 360 degrees').max(360, 'a longitude from -360 to 360 degrees'),
  precision: z.number().positive('a precision in degrees greater than 0, e.g. 0.01').max(360).optional(),
  globe: ItemRefSchema.optional(),
}) satisfies z.ZodType<GlobeCoordinate>;

/** A file on Wikimedia Commons, by its name without "File:": "Victor Serge 1912.jpg". */
export const CommonsMediaSchema = z
  .string()
  .min(1)
  .refine((s) => !/^(file|image):/i.test(s), 'the file name without "File:" in front, e.g. "Victor Serge.jpg"')
  .refine((s) => !/[#<>[\]|{}/\n\r\t]/.test(s), 'a Commons file name has none of # < > [ ] | { } / and no line breaks')
  .refine((s) => /\.[A-Za-z0-9]{2,5}$/.test(s), 'a Commons file name ends with its extension, e.g. ".jpg"')
  .refine((s) => s === s.trim(), 'no spaces before or after the file name')
  // Commons titles read "_" as a space, and Wikidata stores the space: "Victor_Serge.jpg" is "Victor Serge.jpg".
  .transform((s) => s.replaceAll('_', ' '));
