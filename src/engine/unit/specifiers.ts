/**
 * `%` specifiers in the settings that expand them (User=, SupplementaryGroups=, RootDirectory=,
 * RootImage=, the DeviceAllow= path, IP…FilterPath=). Host-dependent ones get the values the oracle
 * machine has when it runs as root; that is the best a browser can do.
 */

/** The unit the specifiers describe. */
export interface SpecifierContext {
  /** Full unit id, e.g. `foo@i.service`. */
  readonly id: string;
  readonly prefix: string;
  /** Instance string, `''` for none. */
  readonly instance: string;
  readonly type: string;
}

/** systemd's unit-name unescaping: `-` → `/`, `\xNN` → byte (ASCII only here). */
function unescape(s: string): string {
  return s.replace(/\\x([0-9a-fA-F]{2})|-/g, (m, hex: string | undefined) => (hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : m === '-' ? '/' : m));
}

function unescapePath(s: string): string {
  const u = unescape(s);
  return u.startsWith('/') ? u : `/${u}`;
}

const HOST: Readonly<Record<string, string>> = {
  u: 'root', U: '0', g: 'root', G: '0', h: '/root', s: '/bin/sh',
  t: '/run', S: '/var/lib', C: '/var/cache', L: '/var/log', T: '/tmp', V: '/var/tmp', E: '/etc',
  H: 'localhost', l: 'localhost', q: 'localhost', m: '00000000000000000000000000000000',
  b: '00000000000000000000000000000000', v: '6.1.0', a: 'x86-64', o: 'debian', w: '12', B: '', W: '', A: '', M: '',
  y: '', Y: '', d: '',
};

/**
 * Expands `%x` specifiers. Returns null on an unknown specifier or a lone trailing `%`, which
 * systemd reports as "Failed to resolve unit specifiers".
 */
export function expandSpecifiers(value: string, ctx: SpecifierContext): string | null {
  if (!value.includes('%')) return value;
  const dot = ctx.id.lastIndexOf('.');
  const nameNoSuffix = ctx.id.slice(0, dot);
  const table: Record<string, string> = {
    ...HOST,
    i: ctx.instance,
    I: unescape(ctx.instance),
    n: ctx.id,
    N: nameNoSuffix,
    p: ctx.prefix,
    P: unescape(ctx.prefix),
    f: unescapePath(ctx.instance !== '' ? ctx.instance : ctx.prefix),
    j: ctx.prefix.includes('-') ? ctx.prefix.slice(ctx.prefix.lastIndexOf('-') + 1) : ctx.prefix,
    J: unescape(ctx.prefix.includes('-') ? ctx.prefix.slice(ctx.prefix.lastIndexOf('-') + 1) : ctx.prefix),
    '%': '%',
  };
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (c !== '%') {
      out += c;
      continue;
    }
    const spec = value[i + 1];
    if (spec === undefined) return null;
    const expansion = table[spec];
    if (expansion === undefined) return null;
    out += expansion;
    i++;
  }
  return out;
}
