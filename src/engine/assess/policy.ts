/**
 * `--security-policy=` files: a JSON object keyed by json_field, each value an object that may set
 * `weight`, `range`, `description_good`, `description_bad` and `description_na`.
 */
import type { PolicyEntry, SecurityPolicy } from '../types.ts';

/** A parsed policy, or why it could not be read. Never throws. */
export type PolicyResult =
  | { readonly ok: true; readonly policy: SecurityPolicy }
  /** `line`/`column` (1-based) locate a JSON syntax error; they are absent for a well-formed but wrong shape. */
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

/** 1-based line and column of UTF-16 offset `at` in `text`. */
function position(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const NUMBER_KEYS = ['weight', 'range'] as const;
const STRING_KEYS = ['description_good', 'description_bad', 'description_na'] as const;

/** Parses policy JSON text. Unknown keys inside an entry are ignored. */
export function parsePolicy(text: string): PolicyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return { ok: false, message: 'Invalid argument', ...position(text, at === null ? text.length : Number(at[1])) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, message: 'Invalid argument' };
  const policy: Record<string, PolicyEntry> = {};
  for (const [id, raw] of Object.entries(data)) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'Invalid argument' };
    const entry: { -readonly [K in keyof PolicyEntry]: PolicyEntry[K] } = {};
    const record = raw as Record<string, unknown>;
    for (const key of NUMBER_KEYS) {
      const v = record[key];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, message: 'Invalid argument' };
      entry[key] = v;
    }
    for (const key of STRING_KEYS) {
      const v = record[key];
      if (v === undefined) continue;
      if (typeof v !== 'string') return { ok: false, message: 'Invalid argument' };
      entry[key] = v;
    }
    policy[id] = entry;
  }
  return { ok: true, policy };
}
