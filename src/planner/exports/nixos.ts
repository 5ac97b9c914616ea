/**
 * The NixOS export: a planned drop-in as `systemd.services.<name>.serviceConfig`, the option NixOS
 * renders into the unit (nixpkgs `nixos/lib/systemd-lib.nix`, `attrsToSection`: one `Key=value`
 * line per attribute, one per element of a list, in list order; `true`/`false` written as such;
 * the attributes in name order, not the drop-in's). No setting the planner writes depends on the
 * order of *different* keys, only on the order of one key's lines, which a list keeps (the tests
 * analyse NixOS's rendering beside the drop-in with the engine).
 */
import { acceptedValues, VERSIONS } from '../../engine/index.ts';
import type { PlannedAssignment, PlannedDropIn } from '../types.ts';
import { nixAttrName, nixString } from './nix.ts';

/** The boolean spellings turned into Nix booleans (`parse_boolean()` also takes 1/0, on/off…: left as strings). */
const NIX_BOOLEANS: Readonly<Record<string, string>> = { yes: 'true', true: 'true', no: 'false', false: 'false' };

/**
 * Whether systemd reads a boolean for `key` in `[Service]` in some supported version (so that
 * NixOS's `true` means what `yes` meant). Any other key keeps `"yes"` as a string: `true` would be
 * written `Key=true`, not the same text where the value is not a boolean (Environment=…).
 */
function takesBoolean(key: string): boolean {
  return VERSIONS.some((v) => acceptedValues('Service', key, v.id).includes('yes'));
}

/** `text` as `#` comment lines: every line of it commented, so no text can end a comment early. */
function comment(text: string, indent = ''): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => `${indent}# ${line}`);
}

/** The comment lines of one assignment: what it stops and what it can break (a reset line has neither). */
function commentLines(a: PlannedAssignment): string[] {
  return [...(a.stops === '' ? [] : comment(`stops: ${a.stops}`, '  ')), ...(a.breaks === '' ? [] : comment(`can break: ${a.breaks}`, '  '))];
}

/**
 * The Nix value of one key's assignments: a single boolean as `true`/`false` (where the key takes
 * booleans), a single value as a string, several as a list of strings in order. A key that is
 * emptied (`""`, the reset line) is `lib.mkForce [ "" … ]`: in the drop-in the reset clears what
 * the unit had, and Nix would otherwise append the list to the module's own definition.
 */
function nixValue(key: string, assignments: readonly PlannedAssignment[]): string {
  const values = assignments.map((a) => a.value);
  const single = values.length === 1 ? values[0] : undefined;
  if (single !== undefined && single !== '') {
    const boolean = Object.hasOwn(NIX_BOOLEANS, single) && takesBoolean(key) ? NIX_BOOLEANS[single] : undefined;
    return boolean ?? nixString(single);
  }
  const list = `[ ${values.map(nixString).join(' ')} ]`;
  return values.includes('') ? `lib.mkForce ${list}` : list;
}

/** The header: where the settings come from and what NixOS does differently from the drop-in. */
function header(dropIn: PlannedDropIn): string[] {
  return comment([
    `Hardening of ${dropIn.unit}, as planned by unitscore for the drop-in ${dropIn.path}.`,
    'NixOS writes serviceConfig into the unit it generates (for a unit from a package: into the',
    "drop-in overrides.conf), merged with the service module's own settings first: lists are",
    'joined, a single value that differs is a conflict Nix reports (write lib.mkForce before ours',
    'to override it). A list with "" replaces the module\'s list (lib.mkForce, with lib from the',
    "module's arguments), as the empty assignment does in the drop-in.",
  ].join('\n'));
}

/**
 * `dropIn`'s assignments as a NixOS option definition to paste into a module (configuration.nix):
 * `systemd.services.<name>.serviceConfig = { … };`, `<name>` the unit name without `.service`,
 * quoted where it is no plain Nix identifier (`"getty@"`, `"foo@bar\\x2dbaz"`). One attribute per
 * key, in the drop-in's order of first appearance, under `#` comments of what it stops and can
 * break; booleans (`yes`/`no`/`true`/`false` of a key systemd reads as a boolean) as Nix booleans;
 * every other value a Nix string (`"`, `\` and `${` escaped); a key assigned several times, or
 * emptied by a reset line, a list (see the header comment the result starts with for how NixOS
 * merges it with the module's settings). Throws a `RangeError` for a unit that is not a service.
 *
 * @example
 * nixosServiceConfig(dropIn)
 * // # Hardening of nginx.service, as planned by unitscore … (header)
 * // systemd.services.nginx.serviceConfig = {
 * //   # stops: writes to /usr, /boot and /etc
 * //   ProtectSystem = "strict";
 * //   NoNewPrivileges = true;
 * //   CapabilityBoundingSet = lib.mkForce [ "" "CAP_NET_BIND_SERVICE" ];
 * // };
 */
export function nixosServiceConfig(dropIn: PlannedDropIn): string {
  const name = /^(.+)\.service$/.exec(dropIn.unit)?.[1];
  if (name === undefined) throw new RangeError(`not a service unit: ${dropIn.unit}`);
  const byKey = new Map<string, PlannedAssignment[]>();
  for (const a of dropIn.assignments) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
  const body = [...byKey].flatMap(([key, assignments]) => [
    ...new Set(assignments.flatMap(commentLines)),
    `  ${nixAttrName(key)} = ${nixValue(key, assignments)};`,
  ]);
  const open = `systemd.services.${nixAttrName(name)}.serviceConfig = {`;
  return [...header(dropIn), ...(body.length === 0 ? [`${open} };`] : [open, ...body, '};']), ''].join('\n');
}
