/**
 * The score-only engine face (src/engine/score-only.ts, used by `/embed` and `<unitscore-report>`)
 * scores exactly like the full one: it swaps the full key catalogue for the scored one, which
 * knows only what the handler table needs. Checked key by key, and over every vendored corpus unit
 * and every golden case (with its policy) for all three versions: same rows, sums, exposure,
 * rating and refusal; the diagnostics differ only by the dropped "Unknown key" warnings.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze as analyzeFull, VERSIONS as ALL_VERSIONS, directiveCatalogue, parsePolicy, profileFor, type Analysis, type SecurityPolicy, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { analyze as analyzeScored } from '../../src/engine/score-only.ts';
import { fullKeyCatalogue, scoredKeyCatalogue } from '../../src/engine/key-catalogue.ts';
import { SETTING_HANDLERS } from '../../src/engine/settings/table.ts';
import { UNKNOWN_HANDLED_KEYS } from '../../src/engine/versions/generated/scored-keys.ts';
import { readCases } from '../../scripts/lib/cases.ts';
import { readCorpusUnits, unitName } from '../../scripts/lib/corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const VERSIONS: readonly SystemdVersion[] = ['252', '257', '262'];
const TYPES = ['service', 'socket', 'mount', 'swap', 'timer', 'path', 'slice', 'scope', 'automount', 'nonsense'];

interface Subject {
  readonly name: string;
  readonly files: readonly UnitFile[];
  readonly unit: string;
  readonly policy?: SecurityPolicy;
}

function subjects(): Subject[] {
  const corpus = readCorpusUnits().map((u): Subject => ({ name: u.unit, files: u.files, unit: unitName(u.unit) }));
  const cases = readCases(join(here, '../fixtures/cases')).map((c): Subject => {
    if (c.policy === null) return { name: c.name, files: c.files, unit: c.unit };
    const parsed = parsePolicy(c.policy);
    return parsed.ok ? { name: c.name, files: c.files, unit: c.unit, policy: parsed.policy } : { name: c.name, files: c.files, unit: c.unit };
  });
  return [...corpus, ...cases];
}

/** What the embed shows, plus every diagnostic except the warnings the scored catalogue drops. */
function comparable(a: Analysis): unknown {
  const diagnostics = a.diagnostics.filter((d) => d.code !== 'unknown-key');
  if (!a.ok) return { ok: false, version: a.version, unitId: a.unitId, reason: a.reason, diagnostics };
  const { rows, badnessSum, weightSum, exposure, rating, unitId, version } = a;
  return { ok: true, version, unitId, rows, badnessSum, weightSum, exposure, rating, diagnostics };
}

// Cheap, so for every version: the corpus comparison below takes the three measured first.
describe.each(ALL_VERSIONS.map((v) => v.id))('systemd %s: the scored catalogue', (version) => {
  it('generated exceptions = handled keys the full catalogue does not know', () => {
    const catalogue = directiveCatalogue(version);
    const removed = profileFor(version).removedOptions;
    const expected = Object.entries(SETTING_HANDLERS).flatMap(([key, entry]) =>
      entry.sections
        .filter((s) => catalogue.get(s)?.has(key) !== true && !(s !== 'Unit' && s !== 'Install' && removed.includes(key)))
        .map((s) => `${s}.${key}`));
    expect(UNKNOWN_HANDLED_KEYS[version], 'run `node scripts/gen-engine-data.ts`').toEqual(expected);
  });

  it.each(TYPES)('knows the same sections and handled keys as the full catalogue for a %s unit', (type) => {
    const full = fullKeyCatalogue(version, type);
    const scored = scoredKeyCatalogue(version, type);
    expect([...scored.sections]).toEqual([...full.sections]);
    expect(scored.strictSectionHeaders).toBe(full.strictSectionHeaders);
    for (const [key, entry] of Object.entries(SETTING_HANDLERS)) {
      for (const section of entry.sections) expect(scored.isKnownKey(section, key), `${section}.${key}`).toBe(full.isKnownKey(section, key));
    }
  });
});

describe.each(VERSIONS)('systemd %s', (version) => {
  it('scores every corpus unit and golden case exactly as the full engine', () => {
    const all = subjects();
    expect(all.length).toBeGreaterThan(1000);
    let refusals = 0;
    let dropped = 0;
    for (const s of all) {
      const options = { version, unit: s.unit, ...(s.policy === undefined ? {} : { policy: s.policy }) };
      const full = analyzeFull(s.files, options);
      const scored = analyzeScored(s.files, options);
      expect(comparable(scored), s.name).toEqual(comparable(full));
      expect(scored.diagnostics.some((d) => d.code === 'unknown-key'), s.name).toBe(false);
      if (!full.ok) refusals++;
      if (full.diagnostics.some((d) => d.code === 'unknown-key')) dropped++;
    }
    // The comparison must have covered both refusals and units whose unknown keys were dropped.
    expect(refusals).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
  }, 120_000);
});
