/**
 * Unit names as systemd validates them, and the id a file is analysed under: a template
 * `foo@.service` becomes an instance (`foo@i.service` on 252, `foo@test_instance.service` later).
 */

/** Unit types systemd knows; a file name must end in one of them. */
export const UNIT_TYPES: readonly string[] = [
  'service', 'socket', 'target', 'device', 'mount', 'automount', 'swap', 'timer', 'path', 'slice', 'scope',
];

/** The section of each unit type's own settings (`service` → `[Service]`); targets and devices have none. */
export const TYPE_SECTIONS: Readonly<Record<string, string>> = {
  service: 'Service', socket: 'Socket', mount: 'Mount', automount: 'Automount', swap: 'Swap',
  timer: 'Timer', path: 'Path', slice: 'Slice', scope: 'Scope',
};

/** Unit types with an execution context: theirs are the sections the scored settings live in. */
export const EXEC_UNIT_TYPES: readonly string[] = ['service', 'socket', 'mount', 'swap'];

/** The characters `unit_name_is_valid()` accepts besides `@`: ASCII letters, digits and `:-_.\`. */
function isValidChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    || c === 0x3a || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x5c;
}

/** A valid unit name, split: `prefix@instance.type`; `instance` is null for plain names, `''` for templates. */
export interface UnitName {
  readonly prefix: string;
  readonly instance: string | null;
  readonly type: string;
}

/** Parses a unit file name the way `unit_name_is_valid()` accepts it; null when systemd would refuse it. */
export function parseUnitName(name: string): UnitName | null {
  if (name.length === 0 || name.length >= 256) return null;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const type = name.slice(dot + 1);
  if (!UNIT_TYPES.includes(type)) return null;
  let at = -1;
  for (let i = 0; i < dot; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x40) {
      if (at < 0) at = i;
    } else if (!isValidChar(c)) {
      return null;
    }
  }
  if (at === 0) return null;
  if (at < 0) return { prefix: name.slice(0, dot), instance: null, type };
  return { prefix: name.slice(0, at), instance: name.slice(at + 1, dot), type };
}

/** The id systemd analyses a file under: templates get `instance`; others keep their name. */
export function unitIdFor(name: UnitName, instance: string): string {
  if (name.instance === '') return `${name.prefix}@${instance}.${name.type}`;
  return name.instance === null ? `${name.prefix}.${name.type}` : `${name.prefix}@${name.instance}.${name.type}`;
}

/**
 * The path of the file the analysis takes as the unit: `unit` when given, else the first file whose
 * path has no `/` (drop-ins always have one), else `''`, which names no file.
 */
export function unitPathOf(files: readonly { readonly path: string }[], unit: string | undefined): string {
  return unit ?? files.find((f) => !f.path.includes('/'))?.path ?? '';
}
