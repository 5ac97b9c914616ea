/**
 * Path-valued settings: RootDirectory=/RootImage= (a relative path refuses the unit) and
 * IPIngressFilterPath=/IPEgressFilterPath= (a relative path is ignored with a warning).
 */
import type { Handler } from './context.ts';
import { expandSpecifiers } from '../unit/specifiers.ts';
import { decide } from './values.ts';

/** systemd's `path_simplify()`: collapses `//`, drops `.` components and trailing slashes. */
export function simplifyPath(path: string): string {
  const absolute = path.startsWith('/');
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

function rootPath(field: 'rootDirectory' | 'rootImage'): Handler {
  return (state, ctx) => {
    if (ctx.value === '') return decide(state, ctx, field, null);
    const expanded = expandSpecifiers(ctx.value, ctx.unit);
    if (expanded === null) return ctx.fatal('specifiers', { value: ctx.value });
    if (!expanded.startsWith('/')) return ctx.fatal('not-absolute', { key: ctx.key, value: expanded });
    decide(state, ctx, field, simplifyPath(expanded));
  };
}

/** RootDirectory=. */
export const rootDirectory: Handler = rootPath('rootDirectory');
/** RootImage=. */
export const rootImage: Handler = rootPath('rootImage');

function filterPath(field: 'ipIngressFilters' | 'ipEgressFilters'): Handler {
  return (state, ctx) => {
    if (ctx.value === '') return decide(state, ctx, field, []);
    const expanded = expandSpecifiers(ctx.value, ctx.unit);
    if (expanded === null) return ctx.warn('specifiers-ignoring', { value: ctx.value });
    if (!expanded.startsWith('/')) return ctx.warn('filter-path', { key: ctx.key, value: expanded });
    const path = simplifyPath(expanded);
    if (!state[field].includes(path)) state[field].push(path);
    ctx.touch(field);
  };
}

/** IPIngressFilterPath=. */
export const ipIngressFilterPath: Handler = filterPath('ipIngressFilters');
/** IPEgressFilterPath=. */
export const ipEgressFilterPath: Handler = filterPath('ipEgressFilters');
