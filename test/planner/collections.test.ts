/**
 * The planner beside public hardening collections (`test/fixtures/collections/`, compared and
 * recorded by `npm run compare:collections`): each drop-in is the published file byte for byte, the
 * engine scores it as the real analyzers printed on every target, and the planner still reaches the
 * figures the analyzers printed for its drop-ins (for 2.0, and for the collection's own score). A
 * change to the planner that moves any of them fails here until the comparison is recorded again.
 */
import { describe, expect, it } from 'vitest';
import { targetId } from '../../scripts/lib/targets.ts';
import {
  COLLECTION_TARGETS, compareOn, gitBlobId, groupRows, readCollectionRecord, readCollections, settingLineCount, type Collection, type CollectionRecord,
} from '../../scripts/lib/collections.ts';

const collections = readCollections();
const TARGET_IDS = COLLECTION_TARGETS.map(targetId);

function recordOf(c: Collection): CollectionRecord {
  const record = readCollectionRecord(c);
  if (record === null) throw new Error(`${c.service}: no oracle.json (npm run compare:collections)`);
  return record;
}

describe('the collections', () => {
  it('hold at least five services, each recorded by the analyzer of every target', () => {
    expect(collections.length).toBeGreaterThanOrEqual(5);
    for (const c of collections) {
      const record = recordOf(c);
      expect(Object.keys(record.targets).sort(), c.service).toEqual([...TARGET_IDS].sort());
      for (const id of TARGET_IDS) {
        const printed = record.targets[id];
        for (const variant of ['before', 'collection', 'planner', 'matching'] as const) expect(printed?.[variant].exposure, `${c.service} ${id} ${variant}`).toEqual(expect.any(Number));
      }
    }
  });

  it('come from at least three repositories', () => {
    expect(new Set(collections.map((c) => c.source.repository)).size).toBeGreaterThanOrEqual(3);
  });
});

describe.each(collections.map((c) => [c.service, c] as const))('%s', (_, c) => {
  const record = recordOf(c);

  it('is the published file, byte for byte, at the address SOURCE.md gives', () => {
    expect(gitBlobId(c.dropIn)).toBe(c.source.blob);
    expect(decodeURIComponent(c.source.url)).toBe(`https://github.com/${c.source.repository}/blob/${c.source.commit}/${c.source.path}`);
  });

  describe.each(COLLECTION_TARGETS.map((t) => [targetId(t), t] as const))('on %s', (id, target) => {
    const cmp = compareOn(c, target);
    const printed = record.targets[id];
    if (printed === undefined) throw new Error(`${c.service}: nothing recorded for ${id}`);

    it('the engine scores the unit as shipped and with the collection as the analyzer printed', () => {
      expect(cmp.before.exposure).toBe(printed.before.exposure);
      expect(cmp.collection.exposure).toBe(printed.collection.exposure);
    });

    it('the planner reaches what the analyzer printed for its drop-ins', () => {
      expect(cmp.planner.after.exposure, 'target 2.0').toBe(printed.planner.exposure);
      expect(cmp.matching.after.exposure, "the collection's score as target").toBe(printed.matching.exposure);
    });

    it("the planner's drop-ins added nothing to the analyzer's stderr", () => {
      expect(printed.planner.stderr).toBe(printed.before.stderr);
      expect(printed.matching.stderr).toBe(printed.before.stderr);
    });
  });
});

describe('counting and grouping', () => {
  it.each([
    ['[Service]\nA=1\n\n# B=2\n; C=3\n  D=4\n[Install]\nE=5', 3],
    ['', 0],
    ['[Service]\n#A=1\n', 0],
  ])('setting lines of %j: %i', (text, lines) => {
    expect(settingLineCount(text)).toBe(lines);
  });

  it('merges rows of one setting, keeps the order of first sight', () => {
    expect(groupRows(['CapabilityBoundingSet=~CAP_KILL', 'UMask=', 'CapabilityBoundingSet=~CAP_SYS_CHROOT'])).toEqual(['CapabilityBoundingSet=~CAP_KILL ~CAP_SYS_CHROOT', 'UMask=']);
  });

  it('hashes as git does', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobId(new TextEncoder().encode('hello\n'))).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});
