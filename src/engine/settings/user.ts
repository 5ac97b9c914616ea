/**
 * User=, DynamicUser= and SupplementaryGroups=. Invalid names and an unparsable DynamicUser= are
 * fatal: systemd refuses the whole unit.
 */
import type { ApplyContext, Handler } from './context.ts';
import { decide, parseBoolean } from './values.ts';
import { expandSpecifiers } from '../unit/specifiers.ts';
import { splitWords } from '../unit/words.ts';

/** True for a numeric id systemd accepts as a UID/GID (no leading zeros, not 65535 or 2³²−1). */
function isValidNumericId(s: string): boolean {
  if (!/^[0-9]+$/.test(s) || (s.length > 1 && s.startsWith('0'))) return false;
  const n = Number(s);
  return n < 4294967295 && n !== 65535;
}

/** systemd's strict user name rule: `[A-Za-z_][A-Za-z0-9_-]*`, at most 31 characters. */
export function isStrictUserName(s: string): boolean {
  return s.length <= 31 && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s);
}

/** How systemd judges a User=/Group= value in relaxed mode: valid, valid with a notice, or invalid. */
export function classifyUserName(s: string): 'valid' | 'lax' | 'invalid' {
  if (s === '') return 'invalid';
  if (isValidNumericId(s)) return 'valid';
  if (/^[0-9]+$/.test(s) || /^-[0-9]+$/.test(s)) return 'invalid';
  if (s === '.' || s === '..') return 'invalid';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f:/]/.test(s)) return 'invalid';
  if (/^[ \t\n\r]|[ \t\n\r]$/.test(s)) return 'invalid';
  return isStrictUserName(s) ? 'valid' : 'lax';
}

/**
 * A numeric id as 245 reads one (parse_uid() with strtoul() in base 0): optional leading
 * whitespace and `+`, then decimal, octal (`010`) or hex (`0x1f`), below 2³²−1 and not 65535.
 * So `00` is an id there; the analyzer still compares the text, and counts `00` as non-root.
 */
function isValidNumericIdCompat(s: string): boolean {
  const m = /^[ \t\n\r]*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (m === null) return false;
  const digits = m[1]!;
  const n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : parseInt(digits, digits.startsWith('0') ? 8 : 10);
  return n < 4294967295 && n !== 65535;
}

/**
 * 245's "compat" rule for User=/Group=: a letter, digit or `_`, then letters, digits, `_`, `-` or
 * `.`, not all digits, at most 31 characters; or a numeric id as 245 reads one
 * ({@link isValidNumericIdCompat}). Anything else is invalid (246 relaxed the name rule to what
 * {@link classifyUserName} accepts, and read ids in decimal only).
 */
export function classifyUserNameCompat(s: string): 'valid' | 'lax' | 'invalid' {
  if (isValidNumericIdCompat(s)) return 'valid';
  if (s.length > 31 || !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(s) || /^[0-9]+$/.test(s)) return 'invalid';
  return isStrictUserName(s) ? 'valid' : 'lax';
}

function checkName(ctx: ApplyContext, name: string): boolean {
  const verdict = ctx.profile.userNameCompatRule ? classifyUserNameCompat(name) : classifyUserName(name);
  if (verdict === 'invalid') {
    ctx.fatal('invalid-user', { value: name });
    return false;
  }
  if (verdict === 'lax') ctx.warn('lax-user-name', { name });
  return true;
}

/** User=: empty unsets; specifiers expand; `nobody` draws a warning. */
export const user: Handler = (state, ctx) => {
  if (ctx.value === '') return decide(state, ctx, 'user', null);
  const expanded = expandSpecifiers(ctx.value, ctx.unit);
  if (expanded === null) return ctx.fatal('specifiers', { value: ctx.value });
  if (!checkName(ctx, expanded)) return;
  if (expanded === 'nobody') ctx.warn('nobody-user');
  decide(state, ctx, 'user', expanded);
};

/** DynamicUser=: a boolean; anything else refuses the unit. */
export const dynamicUser: Handler = (state, ctx) => {
  const b = parseBoolean(ctx.value);
  if (b === null) {
    if (ctx.profile.legacyWarnings) ctx.fatal('dynamic-user-legacy', { value: ctx.value });
    else ctx.fatal('dynamic-user', { key: ctx.key, value: ctx.value });
    return;
  }
  decide(state, ctx, 'dynamicUser', b);
};

/** SupplementaryGroups=: words appended; empty clears; an invalid name refuses the unit. */
export const supplementaryGroups: Handler = (state, ctx) => {
  if (ctx.value === '') return decide(state, ctx, 'supplementaryGroups', []);
  const { words, error } = splitWords(ctx.value);
  for (const word of words) {
    const expanded = expandSpecifiers(word, ctx.unit);
    if (expanded === null) return ctx.fatal('specifiers', { value: word });
    if (!checkName(ctx, expanded)) return;
    state.supplementaryGroups.push(expanded);
  }
  if (error) ctx.fatal('invalid-syntax-fatal', { value: ctx.value });
  ctx.touch('supplementaryGroups');
};
