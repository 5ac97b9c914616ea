/**
 * Value parsers shared by many settings (booleans, fixed keyword sets) and the handler factories
 * built on them. The warning wording differs by version: the profile picks the code.
 */
import type { ApplyContext, Handler } from './context.ts';
import type { Field, LoadState } from './state.ts';
import { KEYWORD_SETTINGS, keywordsOf, type KeywordKey } from './keywords.ts';

const TRUE = ['1', 'yes', 'y', 'true', 't', 'on'];
const FALSE = ['0', 'no', 'n', 'false', 'f', 'off'];

/** systemd's `parse_boolean()`: case-insensitive; null for anything else, including `''`. */
export function parseBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  return null;
}

/**
 * Warns that the value was ignored, in the version's wording: `legacyCode` on 252, else
 * "Failed to parse KEY=VALUE, ignoring: ERROR" with `error` (default `Invalid argument`).
 */
export function warnInvalid(ctx: ApplyContext, legacyCode: string, error = 'Invalid argument'): void {
  if (ctx.profile.legacyWarnings) ctx.warn(legacyCode, { value: ctx.value, key: ctx.key });
  else ctx.warn('parse-assignment', { key: ctx.key, value: ctx.value, error });
}

/**
 * Sets `field` to `value` as decided by this assignment alone: the lines that set it before no
 * longer count for its row (`touch` with reset). Returns nothing, so a handler can end with it.
 */
export function decide<F extends Field>(state: LoadState, ctx: ApplyContext, field: F, value: LoadState[F]): void {
  state[field] = value;
  ctx.touch(field, true);
}

type BooleanField = { [K in Field]: LoadState[K] extends boolean ? K : never }[Field];
type StringField = { [K in Field]: LoadState[K] extends string ? K : never }[Field];

/** A plain boolean setting: invalid or empty values are ignored with a warning. */
export function booleanSetting(field: BooleanField): Handler {
  return (state, ctx) => {
    const b = parseBoolean(ctx.value);
    if (b === null) return warnInvalid(ctx, 'bool-legacy');
    decide(state, ctx, field, b);
  };
}

/** A boolean setting the analysis does not read: only an invalid or empty value matters (a warning). */
export const booleanChecked: Handler = (_state, ctx) => {
  if (parseBoolean(ctx.value) === null) warnInvalid(ctx, 'bool-legacy');
};

/**
 * Keyword setting `key` (see {@link KEYWORD_SETTINGS}) stored in `field`: a boolean where the key
 * takes one (stored as `yes`/`no`), or one of its words for the version (exact, case-sensitive).
 * Anything else is ignored with a warning (`legacyCode` on 252).
 */
export function keywordSetting(key: KeywordKey, field: StringField, legacyCode: string): Handler {
  const { booleans } = KEYWORD_SETTINGS[key];
  return (state, ctx) => {
    const b = booleans ? parseBoolean(ctx.value) : null;
    if (b !== null) decide(state, ctx, field, b ? 'yes' : 'no');
    else if (keywordsOf(key, ctx.profile).includes(ctx.value)) decide(state, ctx, field, ctx.value);
    else warnInvalid(ctx, legacyCode);
  };
}
