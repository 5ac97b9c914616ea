/**
 * Line deltas: how the generated version data stores a newer version as edits to an older one.
 * The generator (scripts/gen-engine-data.ts) writes them; this decodes them.
 */

/**
 * One edit: at `position` in the parent's lines, remove `deleteCount` lines and insert the rest.
 * Positions count in the parent's numbering; hunks are listed in ascending order and do not overlap.
 */
export type Hunk = readonly [position: number, deleteCount: number, ...inserted: string[]];

/** A delta: the hunks that turn a parent's lines into a child's. */
export type LineDelta = readonly Hunk[];

/**
 * The child's lines: `parent` with every hunk applied. Applied from the last hunk back, so each
 * position still counts in the parent's numbering. Does not modify `parent`.
 */
export function applyDelta(parent: readonly string[], delta: LineDelta): string[] {
  const lines = [...parent];
  for (let i = delta.length - 1; i >= 0; i--) {
    const [position, deleteCount, ...inserted] = delta[i] as Hunk;
    lines.splice(position, deleteCount, ...inserted);
  }
  return lines;
}
