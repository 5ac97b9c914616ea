/**
 * Whose code a main-thread task ran, from a Chromium CPU profile (`Profiler.stop`) of a built page:
 * the stretch of samples without an idle one (one task, or tasks back to back) that ran the most
 * JavaScript, and its time split by where each sampled function was written, found through the build's source maps
 * (`FILE.js.map` beside each script, which `astro.config.mjs` has Vite write without linking them).
 * The split answers "how much of the longest task is CodeMirror's own": its packages are bundled
 * into one chunk with our editor extensions, so only the source maps can tell them apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

/** Where sampled time went. `browser` is Chromium's own work (style, layout, paint, parsing, GC). */
export type Share = 'CodeMirror' | 'engine' | 'editor (ours)' | 'other JS' | 'browser';

/** The order shares are printed in. */
export const SHARES: readonly Share[] = ['CodeMirror', 'engine', 'editor (ours)', 'other JS', 'browser'];

/** The parts of a CDP `Profiler.Profile` this module reads. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number } }[];
  readonly startTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** The heaviest busy stretch of a profile and its split. */
export interface TaskAttribution {
  /** Milliseconds from its first to its last sample. */
  readonly ms: number;
  /** Milliseconds per share, summing to about {@link TaskAttribution.ms}. */
  readonly shares: Readonly<Record<Share, number>>;
}

/** Maps a script URL and a (0-based) position in it to the source file it was built from; null when unknown. */
export type SourceResolver = (url: string, line: number, column: number) => string | null;

/**
 * A resolver reading the source maps of the built site in `dist`, served at `siteUrl` (its origin
 * and base path). Scripts without a map, or off the site, resolve to null.
 */
export function distSourceResolver(dist: string, siteUrl: string): SourceResolver {
  const maps = new Map<string, TraceMap | null>();
  return (url, line, column) => {
    if (!url.startsWith(siteUrl)) return null;
    const file = join(dist, url.slice(siteUrl.length).split(/[?#]/)[0] ?? '');
    let map = maps.get(file);
    if (map === undefined) {
      map = existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null;
      maps.set(file, map);
    }
    return map === null ? null : originalPositionFor(map, { line: line + 1, column }).source;
  };
}

/** The share of a source file path (as a source map names it, e.g. `../../node_modules/@codemirror/view/dist/index.js`). */
export function shareOfSource(source: string | null): Share {
  if (source === null) return 'other JS';
  if (/node_modules\/(@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)\//.test(source)) return 'CodeMirror';
  if (/src\/engine\//.test(source)) return 'engine';
  if (/src\/editor\/|src\/components\/unit-editor\.ts$/.test(source)) return 'editor (ours)';
  return 'other JS';
}

/**
 * The run of non-idle samples in `profile` that ran the most JavaScript (one task, or tasks back
 * to back), split by share. Chosen by its JavaScript rather than its length: a run of `(program)`
 * samples alone is Chromium's own work between our tasks, or the renderer waiting for a CPU on a
 * busy machine. Functions are placed by where they start, which is where the source map knows
 * them best; Chromium's own work shows as `(program)` and `(garbage collector)`. An empty profile
 * gives 0 ms.
 */
export function attributeHeaviestTask(profile: CpuProfile, resolve: SourceResolver): TaskAttribution {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const shareOf = new Map<number, Share | 'idle'>();
  const classify = (id: number): Share | 'idle' => {
    let share = shareOf.get(id);
    if (share !== undefined) return share;
    const frame = byId.get(id);
    if (frame === undefined || frame.functionName === '(idle)' || frame.functionName === '(root)') share = 'idle';
    else if (frame.functionName === '(program)' || frame.functionName === '(garbage collector)') share = 'browser';
    else share = shareOfSource(frame.url === '' ? null : resolve(frame.url, frame.lineNumber, frame.columnNumber));
    shareOf.set(id, share);
    return share;
  };
  // A sample's time runs from its timestamp to the next one's.
  let best = { ms: 0, js: -1, from: 0, to: 0 };
  let run = { start: -1, ms: 0, js: 0 };
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const share = classify(samples[i]!);
    if (share === 'idle') {
      run = { start: -1, ms: 0, js: 0 };
      continue;
    }
    if (run.start < 0) run = { start: i, ms: 0, js: 0 };
    run.ms += ms;
    if (share !== 'browser') run.js += ms;
    if (run.js > best.js || (run.js === best.js && run.ms > best.ms)) best = { ms: run.ms, js: run.js, from: run.start, to: i };
  }
  const shares = Object.fromEntries(SHARES.map((s) => [s, 0])) as Record<Share, number>;
  for (let i = best.from; i <= best.to && best.ms > 0; i++) {
    const share = classify(samples[i]!);
    if (share !== 'idle') shares[share] += (deltas[i + 1] ?? 0) / 1000;
  }
  return { ms: best.ms, shares };
}
