/**
 * The planner panel's form as data: the target as typed, the needs ticked and the paths the service
 * writes, and how they become the planner's request (or say what is wrong with them). Pure: the
 * stores are in planner.ts, the markup in PlannerPanel.astro.
 */
import { formatExposure } from './engine.ts';
import { DEFAULT_PROFILE, isNeedsError, NEEDS, parseNeeds, parseTarget, PROFILE_SUMMARIES, PROFILES, withImplied, type NeedId, type NeedSet, type ProfileName } from './planner-engine.ts';

/** What the user has entered. Kept exactly as typed: nothing is rewritten while it is wrong. */
export interface PlannerForm {
  /** The target exposure as typed (`2.0`, `4.9`); see {@link readTarget}. */
  readonly target: string;
  /** The needs ticked (`writes` included when its box is). */
  readonly needs: ReadonlySet<NeedId>;
  /** The paths the service writes, as typed: separated by spaces, commas, colons or new lines. Used only while `writes` is ticked. */
  readonly writes: string;
}

/** The form the panel opens with: target 2.0 (as the "done when" asks) and the needs of the CLI's default profile. */
export const DEFAULT_FORM: PlannerForm = { target: '2.0', needs: withImplied(PROFILES[DEFAULT_PROFILE]), writes: '' };

/** What the profile picker shows: a profile, `none` (no needs ticked) or `custom` (any other set). */
export type ProfileChoice = ProfileName | 'none' | 'custom';

/** The profiles in the picker's order (the CLI's default first). */
export const PROFILE_CHOICES: readonly ProfileName[] = [DEFAULT_PROFILE, ...(Object.keys(PROFILES) as ProfileName[]).filter((p) => p !== DEFAULT_PROFILE)];

/**
 * The needs asked first, the rest under "More questions": those the issue's users named (network,
 * low ports, files written, JIT, D-Bus, devices, a fixed user, switching users or setuid helpers,
 * kernel modules). Order within each group is NEEDS' own.
 */
export const FIRST_QUESTIONS: ReadonlySet<NeedId> = new Set<NeedId>(['network', 'low-ports', 'writes', 'jit', 'dbus', 'devices', 'fixed-user', 'switches-user', 'setuid', 'kernel-modules']);

/** Every need id, in the order the questions are asked: first questions, then the others. */
export const QUESTION_ORDER: readonly NeedId[] = [...NEEDS.filter((n) => FIRST_QUESTIONS.has(n.id)), ...NEEDS.filter((n) => !FIRST_QUESTIONS.has(n.id))].map((n) => n.id);

/** What a picker choice means, in one line (the planner's own summaries for the profiles). */
export function profileSummary(choice: ProfileChoice): string {
  if (choice === 'none') return 'No needs: every setting the planner knows may be used.';
  if (choice === 'custom') return 'The needs ticked below.';
  return `${PROFILE_SUMMARIES[choice].charAt(0).toUpperCase()}${PROFILE_SUMMARIES[choice].slice(1)}.`;
}

/** The needs a profile ticks: its own and what they imply. `writes` is never part of one (it has its own paths). */
function profileNeeds(profile: ProfileName | 'none'): Set<NeedId> {
  return profile === 'none' ? new Set() : withImplied(PROFILES[profile]);
}

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Which choice the picker shows for the ticked `needs`: the profile whose needs they are exactly
 * (`writes` aside, as a profile leaves it alone), `none` when nothing else is ticked, else `custom`.
 */
export function profileOf(needs: ReadonlySet<NeedId>): ProfileChoice {
  const rest = new Set([...needs].filter((n) => n !== 'writes'));
  if (rest.size === 0) return 'none';
  return PROFILE_CHOICES.find((p) => sameSet(profileNeeds(p), rest)) ?? 'custom';
}

/**
 * The form with `profile` picked: its needs ticked and every other need but `writes` unticked
 * (the paths question stays as answered). `custom` changes nothing.
 */
export function withProfile(form: PlannerForm, profile: ProfileChoice): PlannerForm {
  if (profile === 'custom') return form;
  const needs = profileNeeds(profile);
  if (form.needs.has('writes')) needs.add('writes');
  return { ...form, needs };
}

/**
 * The form with one need ticked (with the needs it brings along, so what is shown is what is
 * planned for: D-Bus ticks "keeps its user") or unticked (that one only: the user may untick what
 * was brought along, as `-fixed-user` does on the command line).
 */
export function withNeed(form: PlannerForm, need: NeedId, on: boolean): PlannerForm {
  const needs = new Set(form.needs);
  if (on) for (const n of withImplied([need])) needs.add(n);
  else needs.delete(need);
  return { ...form, needs };
}

/** A band shortcut: the band's name and the target it stands for (its highest exposure, tenths). */
export interface BandShortcut {
  readonly label: string;
  readonly target: number;
}

/** The shortcuts beside the target: the bands a drop-in usually aims for, best first (SAFE ≤ 0.9, OK ≤ 4.9, MEDIUM ≤ 7.4). */
export const BAND_SHORTCUTS: readonly BandShortcut[] = ['SAFE', 'OK', 'MEDIUM'].map((label) => ({ label, target: parseTarget(label) ?? 0 }));

/** What the target input holds: a target in tenths, or why not (the text to show under it). */
export type TargetReading = { readonly ok: true; readonly target: number } | { readonly ok: false; readonly message: string };

/**
 * Reads the target as typed: a number from 0.0 to 10.0 with at most one decimal, or a band name
 * (`OK` means 4.9, the top of the band), as `unitscore harden --target=` does.
 */
export function readTarget(text: string): TargetReading {
  const target = parseTarget(text);
  if (target !== null) return { ok: true, target };
  if (text.trim() === '') return { ok: false, message: 'Enter a target exposure from 0.0 to 10.0.' };
  return { ok: false, message: `'${text.trim()}' is no target: write a number from 0.0 to 10.0 with at most one decimal (2.0, 4.9) or a band (SAFE, OK).` };
}

/**
 * The target one step (0.1) up or down, as arrow keys move it, kept within 0.0–10.0 and written
 * with one decimal (a band name steps from its number: `OK` up is `5.0`). Null for a target that
 * cannot be read: the caller leaves what was typed as it is.
 */
export function stepTarget(text: string, delta: 1 | -1): string | null {
  const target = parseTarget(text);
  if (target === null) return null;
  return formatExposure(Math.max(0, Math.min(100, target + delta)));
}

/** The paths as typed, split (spaces, commas, colons, new lines), empty words dropped. */
export function splitPaths(text: string): string[] {
  return text.split(/[\s,:]+/).filter((p) => p !== '');
}

/** What the needs part of the form holds: the planner's need set, or why not. */
export type NeedsReading = { readonly ok: true; readonly needs: NeedSet } | { readonly ok: false; readonly message: string };

/**
 * The planner's need set for the ticked needs and, while `writes` is ticked, the typed paths. Each
 * path must be one the CLI takes in `writes=` (absolute, no spaces, quotes or backslashes: the
 * planner's own rule, asked of parseNeeds); the first that is not is named. Implied needs are not
 * added back: what is ticked is what is planned for.
 */
export function readNeeds(form: PlannerForm): NeedsReading {
  const writes = form.needs.has('writes') ? splitPaths(form.writes) : [];
  for (const path of writes) {
    if (isNeedsError(parseNeeds(`none,writes=${path}`))) return { ok: false, message: `'${path}' is not a path the drop-in can name: write absolute paths (starting with /) without quotes or backslashes.` };
  }
  return { ok: true, needs: { needs: new Set(form.needs), writes } };
}
