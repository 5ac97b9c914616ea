/**
 * The man-page link of each row as `systemd-analyze security` has it (its NAME cell's OSC-8 target
 * at a terminal, and the URL it prints on the continuation lines of a multi-line cell): the
 * assessor table's link (systemd.exec(5) at the setting the NAME starts with), except where the
 * version's profile says otherwise (`rowLinks`: 262 links DeviceAllow= to
 * systemd.resource-control(5) and IPAddressDeny= to nothing).
 */
import { assessorTable } from '../assess/table-info.ts';
import type { SystemdVersion } from '../types.ts';
import { profileFor } from '../versions/profile.ts';

const cache = new Map<SystemdVersion, ReadonlyMap<string, string | null>>();

/** Row id → link (null: the row has none) of `version`'s table. */
export function rowLinksFor(version: SystemdVersion): ReadonlyMap<string, string | null> {
  let links = cache.get(version);
  if (links === undefined) {
    const overrides = profileFor(version).rowLinks;
    links = new Map(assessorTable(version).map((a) => [a.id, Object.hasOwn(overrides, a.id) ? (overrides[a.id] ?? null) : a.url]));
    cache.set(version, links);
  }
  return links;
}
