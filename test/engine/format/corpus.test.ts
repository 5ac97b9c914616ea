/**
 * Golden corpus: for every unit the real systemd-analyze accepted, rebuild the Report from its
 * recorded output and check that formatText/formatJson print exactly the same bytes, in 252, 257
 * and 262. This pins the layout, column widths, sort order, rating bands and JSON writer at once.
 */
import { describe, expect, it } from 'vitest';
import { UTF8_GLYPHS } from '../../../src/engine/format/glyphs.ts';
import { formatJson } from '../../../src/engine/format/json.ts';
import { formatText } from '../../../src/engine/format/text.ts';
import type { SystemdVersion } from '../../../src/engine/types.ts';
import { corpusDir, loadExpectations, parseSummary, reportFrom } from './support.ts';

const dir = corpusDir();
if (dir === null) console.warn('format corpus test skipped: no corpus under test/fixtures/corpus or ../shared/corpus');

describe.skipIf(dir === null).each(['252', '257', '262'] as const)('corpus, systemd %s', (version: SystemdVersion) => {
  const accepted = dir === null ? [] : loadExpectations(dir, version).filter((e) => e.text_rc === 0 && e.json_rc === 0);

  it('has the recorded units', () => {
    expect(accepted.length).toBeGreaterThan(1280);
  });

  it('reproduces every text and --json=short output byte for byte', () => {
    const failures: string[] = [];
    for (const e of accepted) {
      const report = reportFrom(version, e.json, e.text);
      if (report.rating.label !== parseSummary(e.text).label) failures.push(`${e.unit}: rating`);
      if (formatText(report, UTF8_GLYPHS) !== e.text) failures.push(`${e.unit}: text`);
      if (formatJson(report, 'short') !== e.json) failures.push(`${e.unit}: json`);
    }
    expect(failures).toEqual([]);
  });
});
