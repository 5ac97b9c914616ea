/**
 * Helpers for the hand-made golden cases: each case is data (a name and a {@link CaseInput});
 * `scripts/make-cases.ts` writes them with `writeCase` and records them with `recordCase`.
 */
import type { CaseInput } from '../lib/cases.ts';

/** A case to write: its folder name (descriptive, kebab-case) and its inputs. */
export interface CaseDefinition {
  readonly name: string;
  readonly input: CaseInput;
}

/** The smallest service systemd accepts: `[Service]` with an `ExecStart=`, then `lines`, LF-terminated. */
export function service(...lines: string[]): string {
  return ['[Service]', 'ExecStart=/bin/true', ...lines].map((l) => `${l}\n`).join('');
}

/** A one-file case: `x.service` (or `unit`) holding `text`, with optional extra inputs. */
export function single(
  name: string,
  description: string,
  text: string,
  extra: Omit<Partial<CaseInput>, 'description'> & { unitName?: string } = {},
): CaseDefinition {
  const { unitName = 'x.service', files = [], ...rest } = extra;
  const ambiguous = files.some((f) => !f.path.includes('/'));
  return {
    name,
    input: { description, ...(ambiguous ? { unit: unitName } : {}), ...rest, files: [{ path: unitName, text }, ...files] },
  };
}

/** Text-mode run only, for cases where the JSON adds nothing. */
export const TEXT_ONLY: readonly (readonly string[])[] = [['--offline=true']];
