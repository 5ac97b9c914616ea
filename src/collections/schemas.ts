/**
 * The zod schemas of the content collections, apart from `astro:content` so that tests can validate
 * the same files with the same rules. The schemas mirror the TypeScript types in `src/lessons/`
 * (checked at the bottom of this file).
 */
import { z } from 'astro/zod';
import type { Goal } from '../lessons/goals.ts';
import type { LessonData } from '../lessons/lesson.ts';
import { SETTING_GROUPS } from './setting-groups.ts';

/** One input file of a unit: its path relative to the unit's folder, and its text. */
export const unitFile = z.strictObject({
  /** `foo.service`, or a drop-in such as `foo.service.d/10-x.conf`. */
  path: z.string().min(1),
  /** The file's full text. */
  text: z.string(),
});

/** Fields every goal may carry. */
const goalCommon = {
  /** Text shown instead of the one derived from the goal's kind. */
  label: z.string().optional(),
  /** A condition the starting unit already meets and must keep meeting (the service keeps working). */
  constraint: z.boolean().optional(),
};

/** A goal; see `src/lessons/goals.ts` for what each kind means. */
export const goal = z.union([
  z.strictObject({
    ...goalCommon,
    /** A scored row, by systemd's json_field. */
    row: z.string(),
    /** ✓ (`true`), ✗ (`false`) or N/A (`null`). */
    set: z.boolean().nullable().optional(),
    /** The row's badness is at most this (an N/A row never is). */
    badnessAtMost: z.number().int().min(0).optional(),
    /** The row's badness is at least this (an N/A row never is). */
    badnessAtLeast: z.number().int().min(0).optional(),
  }).refine((g) => g.set !== undefined || g.badnessAtMost !== undefined || g.badnessAtLeast !== undefined, {
    message: 'a row goal needs set, badnessAtMost or badnessAtLeast',
  }),
  z.strictObject({
    ...goalCommon,
    /** Overall exposure in tenths (49 = 4.9) on the analysed version, at most. */
    exposureAtMost: z.number().int().min(0).max(100),
  }),
  z.strictObject({
    ...goalCommon,
    /** An address family (`AF_INET`) that stays allowed. */
    familyAllowed: z.string().regex(/^AF_[A-Z0-9]+$/),
  }),
  z.strictObject({
    ...goalCommon,
    /** A capability (`CAP_NET_BIND_SERVICE`) that stays in the bounding set. */
    capabilityKept: z.string().regex(/^CAP_[A-Z_]+$/),
  }),
  z.strictObject({
    ...goalCommon,
    /** A [Service] key that must still be assigned… */
    has: z.string().min(1),
    /** …with this value, or with this among its words. */
    value: z.string().min(1),
  }),
]);

/** A step's solution: replace all files, and/or remove lines and add lines to [Service]. */
const solution = z.strictObject({
  /** Replaces every file before `remove` and `add` apply. */
  files: z.array(unitFile).optional(),
  /** Lines of the unit file to delete (compared trimmed). */
  remove: z.array(z.string()).optional(),
  /** Lines appended at the end of the unit's [Service] section. */
  add: z.array(z.string()).optional(),
});

/** One step; its URL is `/lessons/<lesson>/<id>/`. */
const step = z.strictObject({
  /** URL-safe, unique in the lesson; the REF of `{{score:REF}}`. `start` is reserved. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).refine((id) => id !== 'start', { message: '`start` is reserved' }),
  /** Short title, shown in the step list. */
  title: z.string(),
  /** Markdown; may contain `{{score:REF}}`, `{{rating:REF}}`, `{{score:REF@252}}` placeholders. */
  prose: z.string(),
  /** What the engine checks live; met all together = step done. */
  goals: z.array(goal).min(1),
  /** Shown one by one on request. */
  hints: z.array(z.string()).default([]),
  /** What "show solution" applies. */
  solution,
  /** Start from these files instead of the previous step's solution. */
  starter: z.array(unitFile).optional(),
  /** Filled by the loader (`prose` rendered to HTML); never written by hand. */
  html: z.string().optional(),
});

/** A lesson's frontmatter (the Markdown body is its introduction). */
export const lessonSchema = z.strictObject({
  /** Shown as the page title and in the index. */
  title: z.string(),
  /** Position in the index, ascending. */
  order: z.number().int(),
  /** One sentence for the index. */
  summary: z.string(),
  /** The files the first step starts from. */
  starter: z.array(unitFile).min(1),
  /** The steps, in order. */
  steps: z.array(step).min(1),
});

/** Where a setting is documented: a systemd man page and the anchor of its entry. */
const manPage = z.strictObject({
  /** The man page, e.g. `systemd.exec`. */
  page: z.enum(['systemd.exec', 'systemd.resource-control', 'systemd.service', 'systemd.unit']),
  /** The anchor on that page, e.g. `PrivateTmp=`. */
  anchor: z.string(),
});

/**
 * Characters a planner line must not hold: Markdown's inline marks and HTML (the line is written
 * verbatim into a unit file comment and into the page, neither of which renders Markdown).
 */
const PLANNER_LINE_MARKUP = /[`*[\]<>\\|]/;

/**
 * One line of a planner note: plain printable ASCII (it goes into a unit file comment), 1 to 90
 * characters, no Markdown or HTML, no surrounding spaces and no trailing period. By convention it
 * starts in lower case (unless with a name such as `AF_UNIX`), so that it completes "It stops …" or
 * "It can break …".
 */
const plannerLine = z
  .string()
  .min(1)
  .max(90)
  .regex(/^[\x20-\x7e]*$/, { message: 'plain printable ASCII only' })
  .refine((s) => s.trim() === s, { message: 'no leading or trailing spaces' })
  .refine((s) => !s.endsWith('.'), { message: 'no trailing period' })
  .refine((s) => !PLANNER_LINE_MARKUP.test(s), { message: 'no Markdown or HTML characters (` * [ ] < > \\ |)' });

/**
 * What the hardening planner writes beside a setting's line in its drop-in, condensed from the page's
 * "What it stops" and "What it can break" sections (the same facts, one line each), for the page's
 * recommended value. `scripts/generate-planner-notes.ts` copies every note into
 * `src/planner/generated/notes.ts` for code that cannot read the collections (the CLI, the planner).
 */
const plannerLines = {
  /** What the setting stops, e.g. "loading or unloading kernel modules, …". */
  stops: plannerLine,
  /** What it can break, and how that shows, e.g. "services that need a module not loaded yet; …". */
  breaks: plannerLine,
};
export const plannerNote = z.strictObject({
  ...plannerLines,
  /**
   * Notes for other values the planner writes for this setting, keyed by the value
   * (`read-only` for `ProtectHome=read-only`), where the recommended value's note would not be true.
   */
  values: z.record(z.string().regex(/^[a-z0-9-]+$/), z.strictObject(plannerLines)).optional(),
});

/** A settings page's frontmatter: one page per scored row. */
export const settingSchema = z.strictObject({
  /** systemd's json_field, exactly (one really ends in `)`); the collection id. */
  id: z.string(),
  /** A short human title, e.g. "Private /tmp". */
  title: z.string(),
  /** Where the index lists it. */
  group: z.enum(SETTING_GROUPS),
  /** One sentence: what the row measures. */
  summary: z.string(),
  /** The man page entry of the setting that decides the row. */
  man: manPage,
  /** Recommended assignments, as lines to paste (`PrivateTmp=yes`). */
  recommended: z.array(z.string()).min(1),
  /**
   * Assignments to score on a bare unit for the page's table, one case each (a case may need
   * several lines). "Not set" is always shown first and need not be listed.
   */
  values: z.array(z.array(z.string()).min(1)).min(1),
  /** Shared prose of a family of rows (`content/setting-families/<family>.md`), shown after the body. */
  family: z.string().optional(),
  /**
   * The planner's one-line notes for this setting (see `plannerNote`). Optional: only the settings
   * the planner can write have one; a family member without one shows its family's.
   */
  planner: plannerNote.optional(),
});

/** Frontmatter of prose shared by several rows (the capability rows, the namespace rows, …). */
export const settingFamilySchema = z.strictObject({
  /** Heading of the shared section. */
  title: z.string(),
  /**
   * The planner's one-line notes for the family's setting as a whole (`CapabilityBoundingSet=`,
   * `RestrictNamespaces=`, …; see `plannerNote`). Optional.
   */
  planner: plannerNote.optional(),
});

// The schemas must produce what the pure lesson code consumes.
const lessonsMatch: (x: z.infer<typeof lessonSchema>) => LessonData = (x) => x;
const goalsMatch: (x: z.infer<typeof goal>) => Goal = (x) => x;
void lessonsMatch;
void goalsMatch;
