/**
 * The parts of a value that pass their schema on their own, for a file whose frontmatter failed validation: its
 * cross-file rules (authors, related pins, tags' topic URLs, front-page picks, the lead image's file) still run on
 * those parts in the same run, so one bad item does not hide the problems of its neighbours ("one run reports every
 * problem"). A list keeps its valid items at their own positions (the others are holes, which `forEach` skips), so
 * each item is still reported as `tags[3]`, `top[1]`; an object keeps its valid fields.
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The most items a list schema takes (src/schemas/fields.ts `boundedList`), by the schema it returned. */
const listLimits = new WeakMap<z.ZodType, number>();

/**
 * Records that `list` takes at most `max` items: of a longer list only the first `max` are judged further (the
 * length is one line; 9,000 tags past the limit of 20 were each compared with every topic: 14 s for one file).
 */
export function limitItems<T extends z.ZodType>(list: T, max: number): T {
  listLimits.set(list, max);
  return list;
}

/** The schema without `.optional()` and `.default()` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let def = defOf(s); (def.type === 'optional' || def.type === 'default') && def.innerType; def = defOf(s)) s = def.innerType;
  return s;
}

/**
 * The schema of one item, when `schema` is a list: the first typed array along its pipes (a bounded list is an
 * array of anything piped into an array of the items, so the length limit is reported once).
 */
function itemSchema(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'array' && def.element) return defOf(def.element).type === 'unknown' ? undefined : def.element;
  if (def.type === 'pipe') return (def.in && itemSchema(def.in)) ?? (def.out && itemSchema(def.out));
  return undefined;
}

/** The item limit of a list schema, also when it is piped on (`authors`: a bounded list, then "at least one"). */
function limitOf(schema: z.ZodType): number {
  const s = unwrap(schema);
  const def = defOf(s);
  return listLimits.get(s) ?? (def.type === 'pipe' && def.in ? limitOf(def.in) : Infinity);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `value` parsed by `schema` when it passes; else the valid items of a list (a sparse list, same positions) or the
 * valid fields of an object (recursively); undefined when nothing of it is valid.
 */
export function validParts(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const item = Array.isArray(value) ? itemSchema(schema) : undefined;
  if (item && Array.isArray(value)) {
    const max = limitOf(schema);
    const judged = value.length > max ? value.slice(0, max) : value;
    const items: unknown[] = new Array<unknown>(judged.length);
    let any = false;
    judged.forEach((v, i) => {
      const part = validParts(item, v);
      if (part !== undefined) {
        items[i] = part;
        any = true;
      }
    });
    return any ? items : undefined;
  }
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape && isRecord(value)) return validFields(def.shape, value);
  // A preprocessed value (a front-page pick written as a bare slug becomes `{ slug }`): its parts after that step.
  if (def.type === 'pipe' && def.in && def.out && defOf(def.in).type === 'transform') {
    const pre = def.in.safeParse(value);
    return pre.success ? validParts(def.out, pre.data) : undefined;
  }
  return undefined;
}

/** The fields of `data` that are valid on their own (see {@link validParts}), by the schema's own keys only. */
export function validFields(shape: Record<string, z.ZodType>, data: Record<string, unknown>): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  let any = false;
  for (const [key, field] of Object.entries(shape)) {
    const part = validParts(field, Object.hasOwn(data, key) ? data[key] : undefined);
    if (part !== undefined) {
      fields[key] = part;
      any = true;
    }
  }
  return any ? fields : undefined;
}
