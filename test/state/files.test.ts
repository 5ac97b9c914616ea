import { beforeEach, describe, expect, it } from 'vitest';
import { $activePath, $baseline, $files, addDropIn, loadFiles, loaderOrder, removeFile, renameUnit, replaceFiles, setFileText } from '../../src/state/files.ts';

const unit = { path: 'a.service', text: '[Service]\nExecStart=/a\n' };

beforeEach(() => loadFiles([unit]));

describe('loaderOrder', () => {
  it.each([
    // drop-ins sort by file name across folders, after the unit
    [['a.service.d/20-b.conf', 'service.d/10-a.conf', 'a.service'], ['a.service', 'service.d/10-a.conf', 'a.service.d/20-b.conf']],
    [['a.service'], ['a.service']],
  ])('%j → %j', (paths, expected) => {
    expect(loaderOrder(paths.map((path) => ({ path, text: '' }))).map((f) => f.path)).toEqual(expected);
  });
});

describe('file actions', () => {
  it('loadFiles sets the baseline and opens the unit', () => {
    loadFiles([{ path: 'x.service.d/o.conf', text: '' }, { path: 'x.service', text: 'x' }]);
    expect($activePath.get()).toBe('x.service');
    expect($baseline.get()).toEqual($files.get());
  });
  it('setFileText changes one file and leaves the baseline', () => {
    setFileText('a.service', 'new');
    expect($files.get()[0]!.text).toBe('new');
    expect($baseline.get()[0]!.text).toBe(unit.text);
  });
  it('setFileText ignores unknown paths', () => {
    const before = $files.get();
    setFileText('nope.service', 'x');
    expect($files.get()).toBe(before);
  });
  it.each([
    [undefined, 'a.service.d/override.conf'],
    ['10-hardening', 'a.service.d/10-hardening.conf'],
    ['x.conf', 'a.service.d/x.conf'],
    ['../evil', 'a.service.d/..-evil.conf'],
  ])('addDropIn(%s) creates and opens %s', (name, path) => {
    expect(addDropIn(name)).toBe(path);
    expect($files.get().map((f) => f.path)).toContain(path);
    expect($activePath.get()).toBe(path);
  });
  it('addDropIn picks the next free default name', () => {
    addDropIn();
    expect(addDropIn()).toBe('a.service.d/override-2.conf');
  });
  it('removeFile removes drop-ins only, and reopens the unit', () => {
    const p = addDropIn();
    removeFile('a.service');
    removeFile(p);
    expect($files.get().map((f) => f.path)).toEqual(['a.service']);
    expect($activePath.get()).toBe('a.service');
  });
  it('renameUnit moves drop-ins along and adds .service', () => {
    addDropIn('x');
    expect(renameUnit('b')).toBe(true);
    expect($files.get().map((f) => f.path)).toEqual(['b.service', 'b.service.d/x.conf']);
    expect($activePath.get()).toBe('b.service.d/x.conf');
    expect(renameUnit('a/b')).toBe(false);
  });
  it('replaceFiles keeps the baseline and the open tab', () => {
    const p = addDropIn();
    replaceFiles([{ path: 'a.service', text: 'changed' }, { path: p, text: '' }]);
    expect($activePath.get()).toBe(p);
    expect($baseline.get()).toEqual([unit]);
  });
});
