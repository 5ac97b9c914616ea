/**
 * Per-version values written as runs, the form both compact codecs use for what differs between
 * versions: `V1N1|V2N2|…|Vk`, one field per run of equal values over consecutive version slots,
 * each value followed by its run length (left out when 1); the last field fills the remaining
 * slots. `BOOLEAN` = every slot BOOLEAN; `3|PATH` = none in slots 0–2, PATH from slot 3 on;
 * `OTHER|BOOLEAN` = OTHER in slot 0, BOOLEAN after. Values must not contain digits or `|` (the
 * encoder checks); the empty value means "not in this version". The plain `A|B|C` form of one
 * field per slot is a special case.
 */

/** The value of `slot` (0-based) in the runs `runs`. */
export function valueAt(runs: string, slot: number): string {
  const fields = runs.split('|');
  let end = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    const digits = /\d*$/.exec(field)?.[0] ?? '';
    end += digits === '' ? 1 : Number(digits);
    if (slot < end || i === fields.length - 1) return field.slice(0, field.length - digits.length);
  }
  return '';
}

/** The runs form of `values` (one per slot); throws for a value it cannot hold. */
export function encodeRuns(values: readonly string[]): string {
  const fields: string[] = [];
  for (let i = 0; i < values.length; ) {
    const value = values[i] as string;
    if (/[\d|]/.test(value)) throw new Error(`value ${JSON.stringify(value)} cannot be written as a run`);
    let n = 1;
    while (values[i + n] === value) n++;
    i += n;
    fields.push(i === values.length || n === 1 ? value : `${value}${n}`);
  }
  return fields.join('|');
}
