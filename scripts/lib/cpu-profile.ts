/**
 * A CPU profile of a stretch of code in this very process (through `node:inspector`), summed into
 * self time per function and per file, so a benchmark can say where its time goes without the
 * setup around it (corpus decompression, module loading) muddying the figures.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

interface ProfileNode { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number } }
interface Profile { readonly nodes: readonly ProfileNode[]; readonly samples: readonly number[]; readonly timeDeltas: readonly number[] }

/**
 * Runs `body` under the V8 sampling profiler (sampling every 100 µs), writes the raw profile to
 * `file` (open it in Chrome DevTools) and returns a summary: the `top` functions and files by self
 * time, as percentages of all samples. Same-thread inspector sessions answer synchronously.
 */
export function profiled(body: () => void, file: string, top = 30): string {
  const session = new Session();
  session.connect();
  let profile: Profile | undefined;
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
  try {
    body();
  } finally {
    session.post('Profiler.stop', (error, result) => {
      if (error === null) profile = (result as { profile: Profile }).profile;
    });
    session.disconnect();
  }
  if (profile === undefined) return 'profile: the inspector returned nothing';
  writeFileSync(file, JSON.stringify(profile));
  return `${summarise(profile, top)}\nprofile: written to ${file}`;
}

function summarise(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perFunction = new Map<string, number>();
  const perFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (frame?.url === 'node:inspector') return; // stopping the profiler, not the code profiled
    const where = frame === undefined ? '?' : frame.url.replace(/^file:\/\/.*?\/(src|scripts)\//, '$1/');
    const fn = `${frame?.functionName || '(anonymous)'} ${where}:${(frame?.lineNumber ?? -1) + 1}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + dt);
    perFile.set(where, (perFile.get(where) ?? 0) + dt);
    total += dt;
  });
  const list = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`).join('\n');
  return `self time by function (${(total / 1000).toFixed(0)} ms sampled):\n${list(perFunction)}\nself time by file:\n${list(perFile)}`;
}
