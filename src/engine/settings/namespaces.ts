/**
 * RestrictNamespaces=: stored as the set of ALLOWED namespace flags; all 64 bits mean "unset".
 */
import type { Handler } from './context.ts';
import type { VersionProfile } from '../versions/profile.ts';
import { decide, parseBoolean } from './values.ts';
import { NAMESPACES_UNSET } from './state.ts';
import { splitWords } from '../unit/words.ts';

/** Clone flags by namespace name (`time` exists but is not one of the assessed seven). */
export const NAMESPACE_FLAGS: Readonly<Record<string, bigint>> = {
  cgroup: 0x02000000n,
  ipc: 0x08000000n,
  net: 0x40000000n,
  mnt: 0x00020000n,
  pid: 0x20000000n,
  user: 0x10000000n,
  uts: 0x04000000n,
  time: 0x00000080n,
};

/** The seven assessed namespaces together (what `RestrictNamespaces=no` allows): every flag but `time`. */
export const NAMESPACES_ALL = Object.entries(NAMESPACE_FLAGS).reduce((all, [name, flag]) => (name === 'time' ? all : all | flag), 0n);

/** The namespace names RestrictNamespaces= accepts: `time` only where the profile knows it (250+). */
export function namespaceNames(profile: Pick<VersionProfile, 'timeNamespace'>): readonly string[] {
  return Object.keys(NAMESPACE_FLAGS).filter((name) => name !== 'time' || profile.timeNamespace);
}

/** RestrictNamespaces=: empty resets; yes/no are absolute; a list replaces an unset value, else merges. */
export const restrictNamespaces: Handler = (state, ctx) => {
  if (ctx.value === '') return decide(state, ctx, 'restrictNamespaces', NAMESPACES_UNSET);
  const b = parseBoolean(ctx.value);
  if (b !== null) return decide(state, ctx, 'restrictNamespaces', b ? 0n : NAMESPACES_ALL);
  const invert = ctx.value.startsWith('~');
  const text = invert ? ctx.value.slice(1) : ctx.value;
  const { words, error } = splitWords(text);
  let flags = 0n;
  for (const word of words) {
    const flag = word === 'time' && !ctx.profile.timeNamespace ? undefined : NAMESPACE_FLAGS[word];
    if (flag === undefined || error) {
      ctx.warn('namespaces', { value: text });
      return;
    }
    flags |= flag;
  }
  if (error) {
    ctx.warn('namespaces', { value: text });
    return;
  }
  if (state.restrictNamespaces === NAMESPACES_UNSET) decide(state, ctx, 'restrictNamespaces', invert ? ~flags & NAMESPACES_ALL : flags);
  else {
    state.restrictNamespaces = invert ? state.restrictNamespaces & ~flags : state.restrictNamespaces | flags;
    ctx.touch('restrictNamespaces');
  }
};
