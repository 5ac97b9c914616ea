/**
 * The planner panel's stores: it plans only while followed and once the inputs settle, keeps the
 * last plan while the form is wrong, and applying a plan writes its drop-in as the engine scored it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { $activePath, $files, loadFiles } from '../../src/state/files.ts';
import { $planOutcome, $planPending, $plannerForm, applyPlan, followPlanner, isCurrent, withFile } from '../../src/state/planner.ts';
import { DEFAULT_FORM } from '../../src/state/planner-form.ts';
import { planOffThreadWith } from '../../src/state/planner-host.ts';
import { $effectiveMode, $version } from '../../src/state/version.ts';
import { plan, type Plan, type PlanInput, type PlanRefused } from '../../src/planner/index.ts';

const UNIT = { path: 'web.service', text: '[Service]\nExecStart=/usr/bin/web\n' };
const OLD = { path: 'web.service.d/hardening.conf', text: '[Service]\nPrivateTmp=yes\n' };

beforeEach(() => {
  vi.useFakeTimers();
  loadFiles([UNIT]);
  $version.set('262');
  $plannerForm.set(DEFAULT_FORM);
});
afterEach(() => {
  vi.useRealTimers();
  planOffThreadWith(null);
});

/** The newest plan, which the test expects to be one the engine accepted. */
function currentPlan(): Plan {
  const o = $planOutcome.get();
  if (o === null || !o.result.ok) throw new Error('no plan');
  return o.result;
}

describe('withFile', () => {
  it.each([
    // [paths before, path written, paths after (loader order)]
    [['a.service'], 'a.service.d/hardening.conf', ['a.service', 'a.service.d/hardening.conf']],
    [['a.service', 'a.service.d/hardening.conf'], 'a.service.d/hardening.conf', ['a.service', 'a.service.d/hardening.conf']],
    [['a.service', 'a.service.d/zz.conf', 'a.service.d/00.conf'], 'a.service.d/hardening.conf', ['a.service', 'a.service.d/00.conf', 'a.service.d/hardening.conf', 'a.service.d/zz.conf']],
  ])('%j + %s → %j', (before, path, after) => {
    const files = withFile(before.map((p) => ({ path: p, text: 'old' })), path, 'new');
    expect(files.map((f) => f.path)).toEqual(after);
    expect(files.find((f) => f.path === path)?.text).toBe('new');
    expect(files.filter((f) => f.text === 'new')).toHaveLength(1);
  });
});

describe('followPlanner', () => {
  it('plans once the panel has painted, then once per settled change, and never after it stops', () => {
    const stop = followPlanner(200);
    expect($planPending.get()).toBe(true);
    vi.advanceTimersByTime(0);
    expect($planPending.get()).toBe(false);
    const first = $planOutcome.get();
    expect(first?.target).toBe(20);
    expect(isCurrent(first!)).toBe(true);

    for (const target of ['3', '3.', '3.5']) $plannerForm.set({ ...$plannerForm.get(), target });
    expect($planPending.get()).toBe(true);
    vi.advanceTimersByTime(199);
    expect($planOutcome.get()).toBe(first);
    vi.advanceTimersByTime(1);
    expect($planOutcome.get()?.target).toBe(35);

    $plannerForm.set({ ...$plannerForm.get(), needs: new Set(['jit']) });
    expect(isCurrent($planOutcome.get()!)).toBe(false);
    vi.advanceTimersByTime(200);
    expect(isCurrent($planOutcome.get()!)).toBe(true);
    $files.set([{ ...UNIT, text: `${UNIT.text}PrivateTmp=yes\n` }]);
    expect(isCurrent($planOutcome.get()!)).toBe(false);
    vi.advanceTimersByTime(200);
    expect(isCurrent($planOutcome.get()!)).toBe(true);

    stop();
    const last = $planOutcome.get();
    $plannerForm.set({ ...$plannerForm.get(), target: '1.0' });
    vi.advanceTimersByTime(5000);
    expect($planOutcome.get()).toBe(last);
    expect($planPending.get()).toBe(false);
  });

  it('keeps the last plan while the form cannot be read', () => {
    const stop = followPlanner(50);
    vi.advanceTimersByTime(0);
    const before = $planOutcome.get();
    $plannerForm.set({ ...$plannerForm.get(), target: '2.x' });
    vi.advanceTimersByTime(100);
    expect($planOutcome.get()).toBe(before);
    expect($planPending.get()).toBe(false);
    $plannerForm.set({ ...$plannerForm.get(), needs: new Set(['writes']), writes: 'relative/path' });
    vi.advanceTimersByTime(100);
    expect($planOutcome.get()).toBe(before);
    stop();
  });

  it('plans with the version and mode analysed, and the needs ticked', () => {
    $version.set('249'); // no offline mode: the effective mode is live
    $plannerForm.set({ target: '0', needs: new Set(['jit', 'writes']), writes: '/srv/out' });
    const stop = followPlanner();
    vi.advanceTimersByTime(0);
    const o = $planOutcome.get()!;
    expect([o.version, o.mode]).toEqual(['249', $effectiveMode.get()]);
    expect([...o.needs.needs].sort()).toEqual(['jit', 'writes']);
    const lines = currentPlan().dropIn.assignments.map((a) => `${a.key}=${a.value}`);
    expect(lines).toContain('ReadWritePaths=/srv/out');
    expect(lines.some((l) => l.startsWith('MemoryDenyWriteExecute='))).toBe(false);
    stop();
  });
});

describe('applyPlan', () => {
  it('writes the drop-in as hardening.conf (replacing the earlier one), opens it, and the engine then scores what the plan predicted', () => {
    loadFiles([UNIT, OLD]);
    const stop = followPlanner();
    vi.advanceTimersByTime(0);
    stop();
    const p = currentPlan();
    expect(applyPlan(p)).toBe('web.service.d/hardening.conf');
    expect($files.get().map((f) => f.path)).toEqual(['web.service', 'web.service.d/hardening.conf']);
    expect($files.get()[1]?.text).toBe(p.dropIn.text);
    expect($activePath.get()).toBe('web.service.d/hardening.conf');
    const after = analyze($files.get(), { version: '262', mode: $effectiveMode.get() });
    expect(after.ok && after.exposure).toBe(p.after.exposure);
  });

  it('adds nothing for a refused unit or a unit that already meets the target', () => {
    loadFiles([{ path: 'x.service', text: '[Unit]\nDescription=no command\n' }]);
    const stop = followPlanner();
    vi.advanceTimersByTime(0);
    expect($planOutcome.get()?.result.ok).toBe(false);
    expect(applyPlan($planOutcome.get()!.result)).toBeNull();

    loadFiles([UNIT]);
    $plannerForm.set({ ...$plannerForm.get(), target: '10' });
    vi.advanceTimersByTime(1000);
    expect(currentPlan().taken).toBe(0);
    const files = $files.get();
    expect(applyPlan(currentPlan())).toBeNull();
    expect($files.get()).toBe(files);
    stop();
  });
});

describe('planning off the main thread', () => {
  /** A stand-in for the Worker: records each call and lets the test answer (or fail) it. */
  function fakeWorker(): { calls: { input: PlanInput; answer(): void; fail(): void }[] } {
    const calls: { input: PlanInput; answer(): void; fail(): void }[] = [];
    planOffThreadWith((input) => new Promise<Plan | PlanRefused>((resolve, reject) => {
      calls.push({ input, answer: () => resolve(plan(input)), fail: () => reject(new Error('worker failed')) });
    }));
    return { calls };
  }

  it('an answer for inputs changed since it was asked for is dropped, and the plan stays pending', async () => {
    const { calls } = fakeWorker();
    const stop = followPlanner(50);
    vi.advanceTimersByTime(0);
    $plannerForm.set({ ...$plannerForm.get(), target: '3.0' });
    calls[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect($planPending.get()).toBe(true);
    expect($planOutcome.get()?.target).not.toBe(20);
    vi.advanceTimersByTime(50);
    calls[1]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect([$planOutcome.get()?.target, $planPending.get()]).toEqual([30, false]);
    stop();
  });

  it('stays pending until the newest request is answered; an older answer arriving late is dropped', async () => {
    const { calls } = fakeWorker();
    const stop = followPlanner(50);
    vi.advanceTimersByTime(0);
    expect(calls).toHaveLength(1);
    $plannerForm.set({ ...$plannerForm.get(), target: '4.0' });
    vi.advanceTimersByTime(50);
    expect(calls.map((c) => c.input.target)).toEqual([20, 40]);
    calls[1]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect($planOutcome.get()?.target).toBe(40);
    expect($planPending.get()).toBe(false);
    calls[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect($planOutcome.get()?.target).toBe(40);
    stop();
  });

  it('plans on the main thread when the worker fails, and drops what comes after the panel closed', async () => {
    const { calls } = fakeWorker();
    const stop = followPlanner(50);
    vi.advanceTimersByTime(0);
    calls[0]!.fail();
    await vi.advanceTimersByTimeAsync(0);
    expect($planOutcome.get()?.target).toBe(20);
    expect(isCurrent($planOutcome.get()!)).toBe(true);
    $plannerForm.set({ ...$plannerForm.get(), target: '5.0' });
    vi.advanceTimersByTime(50);
    stop();
    calls[1]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect($planOutcome.get()?.target).toBe(20);
  });
});
