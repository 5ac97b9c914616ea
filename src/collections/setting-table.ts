/**
 * The table on each settings page: what one row scores, per version, for each value the setting can
 * take, on a bare unit (`[Service]` with only `ExecStart=`). Computed by the engine at build time; no
 * number on a settings page is typed by hand.
 */
import { analyze, type AnalysisMode, type SystemdVersion } from '../engine/index.ts';
import { addToService } from '../lessons/lesson.ts';

/** The unit every case is added to. */
export const BARE_UNIT = { path: 'example.service', text: '[Service]\nExecStart=/usr/bin/true\n' } as const;

/** One case of the table: the lines added, and what the row and the unit score with them. */
export interface SettingCase {
  /** Lines added to [Service]; empty for "not set". */
  readonly lines: readonly string[];
  /** ✓ / ✗ / N/A of the row, or `undefined` when the engine refused the unit. */
  readonly set?: boolean | null;
  readonly badness?: number | null;
  readonly range?: number;
  readonly weight?: number;
  /** The row's EXPOSURE column in tenths (`null` when empty). */
  readonly rowExposure?: number | null;
  /** The row's description as systemd prints it. */
  readonly description?: string | null;
  /** The whole bare unit's exposure in tenths. */
  readonly exposure?: number;
  /** Why the engine refused the unit, when it did. */
  readonly refused?: string;
}

/**
 * Scores row `id` on the bare unit, first with nothing added, then with each case of `cases`, on
 * `version` asked in `mode` (default `offline`; 245–249 are always live). A case the engine refuses
 * keeps its lines and says why, so a bad example is visible on the page.
 */
export function settingCases(id: string, cases: readonly (readonly string[])[], version: SystemdVersion, mode: AnalysisMode = 'offline'): SettingCase[] {
  return [[], ...cases].map((lines) => {
    const files = [{ path: BARE_UNIT.path, text: addToService(BARE_UNIT.text, lines) }];
    const analysis = analyze(files, { version, mode });
    if (!analysis.ok) return { lines, refused: analysis.reason.code };
    const row = analysis.rows.find((r) => r.id === id);
    if (row === undefined) return { lines, refused: 'no-such-row' };
    return {
      lines,
      set: row.set,
      badness: row.badness,
      range: row.range,
      weight: row.weight,
      rowExposure: row.exposure,
      description: row.description,
      exposure: analysis.exposure,
    };
  });
}
