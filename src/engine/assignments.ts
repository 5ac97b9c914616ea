/**
 * `unitAssignments()`: the `Key=value` lines the loader reads for a unit, with its own line rules
 * (continuations, comments, sections, the version's known keys) and in its own order (the unit
 * file, then its drop-ins). For questions about what a unit says rather than what it scores, such
 * as a lesson's "ExecStart= is unchanged", so that nothing outside the engine parses unit files.
 */
import type { AnalyzeOptions, UnitFile } from './types.ts';
import { fullKeyCatalogue } from './key-catalogue.ts';
import { dropInsFor } from './unit/dropins.ts';
import { parseUnitName, unitIdFor, unitPathOf } from './unit/name.ts';
import { parseUnitFile, type UnitAssignment } from './unit/parse.ts';
import { DEFAULT_VERSION } from './versions/index.ts';
import { profileFor } from './versions/profile.ts';

/**
 * Every assignment the loader reads for the unit among `files`, in the order it applies them:
 * the unit file, then each drop-in that applies (see `dropInsOf()`). `options` choose the version
 * (default: newest), the mode (it decides a template's instance, and so its drop-in folders), the
 * unit and the instance as for `analyze()`. Only sections the unit type has and keys the version
 * knows count; reading a file stops where the parser refuses it (a bad section header), but not
 * at a fatal value, which the loader would also stop at. `[]` when there is no such unit file or
 * its name is invalid. Never throws.
 */
export function unitAssignments(files: readonly UnitFile[], options: AnalyzeOptions = {}): UnitAssignment[] {
  const version = options.version ?? DEFAULT_VERSION;
  const profile = profileFor(version, options.mode ?? 'offline');
  const path = unitPathOf(files, options.unit);
  const file = files.find((f) => f.path === path);
  const name = parseUnitName(path);
  if (file === undefined || name === null) return [];
  const id = unitIdFor(name, options.instance ?? profile.templateInstance);
  const catalogue = fullKeyCatalogue(version, name.type);
  return [file, ...dropInsFor(files, id, name)].flatMap((f) =>
    parseUnitFile(f, catalogue).events.flatMap((event) => (event.kind === 'assignment' ? [event.assignment] : [])));
}
