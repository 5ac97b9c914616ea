/**
 * A 1 MB paste (scripts/lib/large-inputs.ts) in the playground: the text is kept whole (the
 * autosave holds it), the score and rows are the engine's own for it, computed in the analysis
 * Worker (started by the paste, under the site's CSP), and the page keeps answering: a keystroke
 * right after the paste still lands in the text.
 */
import { expect } from 'vitest';
import { largeInputs } from '../../scripts/lib/large-inputs.ts';
import { analyze, formatExposure, type AnalysisMode, type SystemdVersion } from '../../src/engine/index.ts';
import { openPage, test } from './browser.ts';
import { editorReady, pasteInto, savedFiles, shown, unexpectedRequestsAfterLoad } from './playground-support.ts';

test.for(largeInputs().filter((i) => i.name === 'realistic' || i.name === 'continued').map((i) => [i.name, i.files[0]!.text] as const))(
  '1 MB paste (%s): text kept, the engine\'s score from the Worker, page still typing',
  { timeout: 60_000 },
  async ([, text], { page, site, recording }) => {
    await openPage(page, site, recording);
    await editorReady(page);
    await pasteInto(page, text);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# end\n');
    const typed = `${text}# end\n`;
    await expect.poll(async () => (await savedFiles(page))[0]?.text.length, { timeout: 20_000 }).toBe(typed.length);
    const files = await savedFiles(page);
    expect(files[0]!.text === typed).toBe(true);
    const version = (await page.locator('[data-testid="version-picker"]').inputValue()) as SystemdVersion;
    const mode = (await page.locator('[data-testid="mode-picker"]').inputValue()) as AnalysisMode;
    const want = analyze(files, { version, mode });
    if (!want.ok) throw new Error('the large input is refused by the engine');
    await expect.poll(async () => (await shown(page)).exposure, { timeout: 20_000 }).toBe(formatExposure(want.exposure));
    const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
    expect((await shown(page)).rows.sort(byId)).toEqual(want.rows.map((r) => ({ id: r.id, set: r.set === null ? 'na' : String(r.set) })).sort(byId));
    expect(page.workers().length).toBe(1);
    expect(recording.cspViolations).toEqual([]);
    expect(recording.pageErrors).toEqual([]);
    expect(recording.consoleErrors).toEqual([]);
    expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
  },
);
