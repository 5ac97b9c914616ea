/**
 * What a permalink carries, and how decoding can fail. Plain values only: the state layer turns a
 * decoded state into store values, and an error into a message (never losing the editor's text).
 */
import type { AnalysisMode, SystemdVersion, UnitFile } from '../engine/index.ts';

/** The mode of a link that names none: every link made before modes existed was an offline one. */
export const LEGACY_MODE: AnalysisMode = 'offline';

/**
 * The mode a decoded link asks for: its own when it names `live` or `offline`, else
 * {@link LEGACY_MODE} (a link without a mode, or with one this build does not know).
 */
export function linkMode(state: Pick<PermalinkState, 'mode'>): AnalysisMode {
  const mode = state.mode;
  return mode === 'live' ? 'live' : mode === 'offline' ? 'offline' : LEGACY_MODE;
}

/** Everything a link restores. Absent fields mean "the site's default", not "empty". */
export interface PermalinkState {
  /** The unit and its drop-ins, in order, with paths as in {@link UnitFile}; may be empty. */
  readonly files: readonly UnitFile[];
  /**
   * The systemd version to imitate. A version this build does not know (say, one retired later) is
   * passed through as a string, not an error, so that the caller can fall back and still open the
   * files.
   */
  readonly version?: SystemdVersion | (string & {});
  /**
   * How the version is asked: `live` or `offline`. Absent in links made before modes existed, which
   * were all offline: a reader must then use `offline` ({@link LEGACY_MODE}), not the site's
   * default. Any other string is passed through like an unknown version.
   */
  readonly mode?: AnalysisMode | (string & {});
  /** The custom `--security-policy=` JSON text, verbatim (it is parsed by the engine, not here). */
  readonly policy?: string;
  /** Lesson id (its slug), when the link was made inside a lesson. */
  readonly lesson?: string;
  /** Step id within the lesson. */
  readonly step?: string;
}

/**
 * Why a fragment did not decode:
 * - `empty`: no fragment at all (not a broken link: just none);
 * - `unknown-format`: the prefix before the first `.` names no format this build reads
 *   (`args.format`), including fragments that are not permalinks at all;
 * - `malformed`: not valid base64url, not valid DEFLATE, or not a valid record list;
 * - `truncated`: the compressed data stops early (the link was cut);
 * - `too-large`: the link or what it unpacks to exceeds the limits (`args.limit`, in bytes or
 *   characters);
 * - `bad-utf8`: a text field is not valid UTF-8.
 */
export type PermalinkErrorCode = 'empty' | 'unknown-format' | 'malformed' | 'truncated' | 'too-large' | 'bad-utf8';

/** A failed decode: a code and its arguments, never prose (the UI words the message). */
export interface PermalinkError {
  readonly ok: false;
  readonly code: PermalinkErrorCode;
  readonly args: Readonly<Record<string, string>>;
}

/** The outcome of decoding a fragment. */
export type PermalinkResult = { readonly ok: true; readonly state: PermalinkState } | PermalinkError;
