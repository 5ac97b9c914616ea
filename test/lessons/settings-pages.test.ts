/**
 * The reference pages match the assessor tables exactly: one page per json_field of every version,
 * no page for a row no version has, file names following `settingSlug()`, and shared prose that exists.
 */
import { describe, expect, it } from 'vitest';
import { settingSlug } from '../../src/collections/setting-slug.ts';
import { loadSettings, settingFamilyNames } from './content.ts';
import { assessorTable, VERSIONS } from '../../src/engine/index.ts';

const pages = loadSettings();
const ids = pages.map((p) => p.data.id);

describe('settings pages', () => {
  it('are named by settingSlug(id)', () => {
    for (const page of pages) expect(page.file).toBe(settingSlug(page.data.id));
  });

  it('have unique ids, and slugs that stay unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map(settingSlug)).size).toBe(ids.length);
  });

  it('keep systemd\'s typo in the one id that has it', () => {
    expect(ids).toContain('CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)');
    expect(settingSlug('CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)')).toBe('CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW');
  });

  it('name shared prose that exists', () => {
    const families = new Set(settingFamilyNames());
    for (const page of pages) if (page.data.family !== undefined) expect(families).toContain(page.data.family);
  });

  it('have a body of their own', () => {
    for (const page of pages) expect(page.body.trim().length, page.file).toBeGreaterThan(40);
  });
});

describe('settings pages against the assessor tables', () => {
  it.each(VERSIONS.map((v) => [v.id]))('every assessor of %s has a page', (version) => {
    const table = assessorTable(version).map((a) => a.id);
    for (const id of table) expect(ids, `no page for ${id}`).toContain(id);
  });

  it('every page belongs to an assessor of some version', () => {
    const all = new Set(VERSIONS.flatMap((v) => assessorTable(v.id).map((a) => a.id)));
    for (const id of ids) expect(all.has(id), `page without assessor: ${id}`).toBe(true);
  });
});
