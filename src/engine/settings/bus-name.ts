/**
 * BusName=: the D-Bus name a service owns. Its value goes through specifiers (at most 255
 * characters, D-Bus's limit) and must be a valid bus name, or the line is ignored with a warning;
 * an empty value too is "invalid" (it does not reset). A service with one watches it as it loads,
 * and in one offline call a later service wanting the same name is refused (see `analyze()`'s
 * `busNamesTaken`).
 */
import type { Handler } from './context.ts';
import { expandSpecifiers } from '../unit/specifiers.ts';

/** The longest bus name D-Bus allows (SD_BUS_MAXIMUM_NAME_LENGTH). */
const MAXIMUM_NAME_LENGTH = 255;

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether `name` is a bus name a service may own, as sd-bus's `service_name_is_valid()` decides: a
 * well-known name (`org.example.Foo`: two or more dot-separated elements of ASCII letters, digits,
 * `_` and `-`, none starting with a digit) or a unique one (`:1.5`, whose elements may start with a
 * digit); at most 255 characters.
 */
export function isBusName(name: string): boolean {
  if (name.length === 0 || name.length > MAXIMUM_NAME_LENGTH) return false;
  const unique = name.charCodeAt(0) === 0x3a; // ':'
  let atElementStart = true;
  let foundDot = false;
  for (let i = unique ? 1 : 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2e) { // '.'
      if (atElementStart) return false;
      foundDot = atElementStart = true;
      continue;
    }
    const good = isLetter(c) || ((!atElementStart || unique) && isDigit(c)) || c === 0x5f || c === 0x2d;
    if (!good) return false;
    atElementStart = false;
  }
  return !atElementStart && foundDot;
}

/** BusName=: specifiers, then the name's validity; a bad line is ignored and the earlier name kept. */
export const busName: Handler = (state, ctx) => {
  const expanded = expandSpecifiers(ctx.value, ctx.unit);
  if (expanded === null) return ctx.warn('bus-name-specifiers', { value: ctx.value, error: 'Invalid slot' });
  if (expanded.length > MAXIMUM_NAME_LENGTH) return ctx.warn('bus-name-specifiers', { value: ctx.value, error: 'File name too long' });
  if (!isBusName(expanded)) return ctx.warn('bus-name-invalid', { value: expanded });
  state.busName = expanded;
};
