/**
 * The address family table of RestrictAddressFamilies= (src/engine/settings/address-families.ts):
 * names to numbers as Linux numbers them, aliases included, looked up case-insensitively.
 */
import { describe, expect, it } from 'vitest';
import { addressFamilyNames, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_UNIX, addressFamily } from '../../src/engine/settings/address-families.ts';

describe('addressFamily', () => {
  it.each([
    ['AF_UNIX', 1], ['AF_LOCAL', 1], ['AF_FILE', 1], // aliases of one number
    ['AF_INET', 2], ['AF_AX25', 3], ['AF_INET6', 10], ['AF_DECnet', 12],
    ['AF_NETLINK', 16], ['AF_ROUTE', 16], ['AF_PACKET', 17], ['AF_BLUETOOTH', 31], ['AF_MCTP', 45],
    ['af_inet6', 10], ['af_decnet', 12], // case-insensitive
    ['AF_NOPE', null], ['INET', null], ['', null],
  ] as const)('%s → %s', (name, number) => {
    expect(addressFamily(name)).toBe(number);
  });

  it('names the families with rows of their own by their numbers', () => {
    expect([AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET]).toEqual(['AF_UNIX', 'AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_PACKET'].map(addressFamily));
  });

  it('lists every name once, in number order', () => {
    const names = addressFamilyNames(45);
    expect(names).toHaveLength(48);
    expect(new Set(names).size).toBe(48);
    expect(names.map(addressFamily)).toEqual([...names.map(addressFamily)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('lists only the families a build knows: AF_MCTP (45) is the one name past AF_XDP (44)', () => {
    expect(addressFamilyNames(45).filter((name) => !addressFamilyNames(44).includes(name))).toEqual(['AF_MCTP']);
  });
});
