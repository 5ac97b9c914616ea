/**
 * DeviceAllow= (entries prepended, newest first, no de-duplication) and DevicePolicy=.
 */
import type { Handler } from './context.ts';
import { expandSpecifiers } from '../unit/specifiers.ts';
import { splitWords } from '../unit/words.ts';
import { simplifyPath } from './paths.ts';
import { decide } from './values.ts';

/** Renders rights in systemd's `rwm` order; an empty string means all three. */
export function normalizeRights(rights: string): string {
  if (rights === '') return 'rwm';
  return ['r', 'w', 'm'].filter((c) => rights.includes(c)).join('');
}

/** DeviceAllow=: `PATH [RIGHTS]`; PATH is `block-…`, `char-…` or a normalized /dev/ node. */
export const deviceAllow: Handler = (state, ctx) => {
  if (ctx.value === '') return decide(state, ctx, 'deviceAllow', []);
  // The first word (quotes removed) is the path; the rest of the line, after blanks, the rights.
  const first = splitWords(ctx.value, { unquote: true });
  const word = first.words[0];
  if (word === undefined || (first.error && first.words.length === 0)) return ctx.warn('device-extract', { value: ctx.value });
  const rest = restAfterFirstWord(ctx.value);
  const expanded = expandSpecifiers(word, ctx.unit);
  if (expanded === null) return ctx.warn('specifiers-ignoring', { value: word });
  let path = expanded;
  if (!path.startsWith('block-') && !path.startsWith('char-')) {
    path = simplifyPath(path);
    if (path.split('/').includes('..')) return ctx.warn('path-not-normalized', { key: ctx.key, path });
    // path_startswith(path, "/dev/") also matches "/dev" itself.
    if (path !== '/dev' && !path.startsWith('/dev/')) return ctx.warn('device-path', { path });
  }
  if (rest !== '' && !/^[rwm]+$/.test(rest)) return ctx.warn('device-rights', { rights: rest });
  state.deviceAllow.unshift({ path, rights: normalizeRights(rest) });
  ctx.touch('deviceAllow');
};

/** The text after the first word and the blanks that follow it (quotes honoured). */
function restAfterFirstWord(value: string): string {
  let i = 0;
  let quote: string | null = null;
  for (; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote !== null) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
  }
  return value.slice(i).replace(/^[ \t\n\r]+/, '');
}
