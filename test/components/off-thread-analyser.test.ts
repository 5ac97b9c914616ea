import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, type Analysis } from '../../src/engine/index.ts';
import { offThreadAnalyser } from '../../src/entries/off-thread-analyser.ts';
import type { AnalysisRequest } from '../../src/entries/analysis-worker.ts';

const FILES = [{ path: 'a.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n' }];

/** A stand-in for the page's Worker: records what it is sent; the test answers or fails it by hand. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: AnalysisRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Array<(e: unknown) => void>>();
  readonly url: URL;
  readonly options: WorkerOptions;
  constructor(url: URL, options: WorkerOptions) {
    this.url = url;
    this.options = options;
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listener: (e: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(request: AnalysisRequest): void {
    this.sent.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Delivers an event of `type` to the page side. */
  emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  /** Answers request `id` as the real worker would. */
  answer(request: AnalysisRequest): void {
    this.emit('message', { data: { id: request.id, analysis: analyze(request.files, { version: request.version, mode: request.mode }) } });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('offThreadAnalyser', () => {
  it('starts no worker until the first call, then one module worker for all calls', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const analyse = offThreadAnalyser();
    expect(FakeWorker.made).toHaveLength(0);
    const first = analyse(FILES, '262', 'live');
    const second = analyse(FILES, '252', 'offline');
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0]!;
    expect(worker.options.type).toBe('module');
    expect(worker.url.pathname.endsWith('/analysis-worker.ts')).toBe(true);
    expect(worker.sent.map((r) => r.version)).toEqual(['262', '252']);
    expect(worker.sent.map((r) => r.mode)).toEqual(['live', 'offline']);
    worker.sent.forEach((r) => worker.answer(r));
    expect((await first).version).toBe('262');
    expect((await first).mode).toBe('live');
    expect((await second).version).toBe('252');
  });

  it('matches answers to requests by id, in whatever order they come', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const analyse = offThreadAnalyser();
    const hardened = [{ path: 'a.service', text: '[Service]\nExecStart=/bin/true\nDynamicUser=yes\nPrivateNetwork=yes\n' }];
    const plain = analyse(FILES, '262', 'offline');
    const strong = analyse(hardened, '262', 'offline');
    const worker = FakeWorker.made[0]!;
    worker.answer(worker.sent[1]!);
    worker.answer(worker.sent[0]!);
    const exposure = (a: Analysis): number => (a.ok ? a.exposure : -1);
    expect(exposure(await plain)).toBe(exposure(analyze(FILES, { version: '262' })));
    expect(exposure(await strong)).toBe(exposure(analyze(hardened, { version: '262' })));
    expect(exposure(await strong)).toBeLessThan(exposure(await plain));
  });

  it.each([
    ['an error event', (w: FakeWorker): void => w.emit('error', { message: 'boom' }), /analysis worker failed: boom/],
    ['an unreadable message', (w: FakeWorker): void => w.emit('messageerror', {}), /unreadable message/],
  ])('after %s, pending and later calls reject (so the page analyses on the main thread)', async (_name, breakIt, message) => {
    vi.stubGlobal('Worker', FakeWorker);
    const analyse = offThreadAnalyser();
    const pending = analyse(FILES, '262', 'offline');
    const worker = FakeWorker.made[0]!;
    breakIt(worker);
    await expect(pending).rejects.toThrow(message);
    expect(worker.terminated).toBe(true);
    await expect(analyse(FILES, '262', 'offline')).rejects.toThrow('no analysis worker');
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('rejects when the host has no Worker, or its constructor throws', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(offThreadAnalyser()(FILES, '262', 'offline')).rejects.toThrow('no analysis worker');
    vi.stubGlobal('Worker', class { constructor() { throw new Error('blocked by policy'); } });
    const analyse = offThreadAnalyser();
    await expect(analyse(FILES, '262', 'offline')).rejects.toThrow('blocked by policy');
    await expect(analyse(FILES, '262', 'offline')).rejects.toThrow('no analysis worker');
  });
});
