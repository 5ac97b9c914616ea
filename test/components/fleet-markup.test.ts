/**
 * The fleet table's row markup (src/components/fleet-markup.ts): the test hooks (`data-testid`,
 * `data-unit`, `data-exposure` as printed), the cells, the note in both places, and escaping of
 * what comes from the reader's files (folder names, refusal messages).
 */
import { describe, expect, it } from 'vitest';
import { fleetBodyHtml, fleetRowHtml } from '../../src/components/fleet-markup.ts';
import { fleetRows, resolveFleet, type FleetEntry } from '../../src/state/fleet/index.ts';

const file = (path: string, text: string): FleetEntry => ({ kind: 'file', path, text });
const input = resolveFleet([
  file('odd<dir>/a.service', '[Service]\nExecStart=/bin/true\n'),
  file('odd<dir>/a.service.d/x.conf', '[Service]\nPrivateTmp=yes\n'),
  file('other/b.service', '[Service]\nUser=nobody\n'),
]);
const [a, b] = fleetRows(input.units, '262', 'live');

describe('fleetRowHtml', () => {
  it('carries the test hooks and the printed cells', () => {
    const html = fleetRowHtml(a!, 'live', '/base/', 2);
    expect(html).toMatch(new RegExp(`^<tr data-testid="fleet-row" data-unit="a.service" data-exposure="${a!.exposureText!.replace('.', '\\.')}" data-listed="true"`));
    expect(html).toContain('<th scope="row"><a href="/base/" data-fleet-link="a.service">a.service</a>');
    expect(html).toContain(`<td class="num">${a!.exposureText!}</td>`);
    expect(html).toContain(`fleet-band-${a!.predicate!.toLowerCase()}">${a!.predicate!}</span>`);
  });

  it('escapes folder names and says where the files came from when there are several folders', () => {
    const html = fleetRowHtml(a!, 'live', '/', 2);
    expect(html).toContain('From <code>odd&#60;dir&#62;/</code>');
    expect(html).toContain('title="odd&#60;dir&#62;/a.service.d/x.conf">1 drop-in</span>');
    expect(html).not.toContain('<dir>');
    expect(fleetRowHtml(a!, 'live', '/', 1)).not.toContain('From ');
  });

  it('a refused unit: no exposure, its message in the note, twice (column and under the name)', () => {
    const html = fleetRowHtml(b!, 'live', '/', 2);
    expect(html).toContain('data-exposure="" data-listed="false"');
    expect(html.split('Unit b.service not loaded properly, cannot analyze.').length - 1).toBe(2);
  });
});

describe('fleetBodyHtml', () => {
  it('one row per unit, in the order given', () => {
    const html = fleetBodyHtml([b!, a!], 'live', '/', 2);
    expect([...html.matchAll(/data-unit="([^"]+)"/g)].map((m) => m[1])).toEqual(['b.service', 'a.service']);
  });
});
