import { describe, expect, it } from 'vitest';
import { assessorTable, manPageUrl, VERSIONS } from '../../src/engine/index.ts';
import { manUrl } from '../../src/collections/links.ts';

describe('manPageUrl', () => {
  it('gives the page alone without an anchor', () => {
    expect(manPageUrl('systemd.directives')).toMatch(/\/systemd\.directives\.html$/);
  });

  it('encodes the anchor except its =', () => {
    expect(manPageUrl('systemd.exec', 'A B=')).toBe(`${manPageUrl('systemd.exec')}#A%20B=`);
  });

  it.each(VERSIONS.map((v) => v.id))('builds every assessor link of %s, each at the setting its name starts with', (version) => {
    for (const a of assessorTable(version)) expect(a.url).toBe(manPageUrl('systemd.exec', a.name.slice(0, a.name.indexOf('=') + 1)));
  });
});

describe("the content pages' manUrl", () => {
  it.each([['systemd.exec', 'PrivateTmp='], ['systemd.resource-control', 'IPAddressDeny='], ['systemd.exec', 'A B=']])('builds %s#%s as the engine does', (page, anchor) => {
    expect(manUrl(page, anchor)).toBe(manPageUrl(page, anchor));
  });
});
