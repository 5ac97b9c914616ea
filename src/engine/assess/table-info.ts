/**
 * The assessor table as the site shows it (reference pages, hovers, "why this number?").
 */
import type { SystemdVersion } from '../types.ts';
import { assessorsFor } from './assessors.ts';
import { manPageUrl } from '../man-page.ts';

/** One scored setting: id (json_field), NAME column, weight, range, man page link, static texts. */
export interface AssessorInfo {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  readonly range: number;
  /** Full URL of the setting in the systemd man pages. */
  readonly url: string;
  readonly descriptionGood: string | null;
  readonly descriptionBad: string | null;
  readonly descriptionNa: string | null;
  /** For a `CapabilityBoundingSet=~…` row, the capabilities it checks; empty for every other row. */
  readonly capabilities: readonly string[];
}

/**
 * The man page link of a row, as systemd's table has it: systemd.exec(5) at the setting its NAME
 * starts with (`CapabilityBoundingSet=~CAP_KILL` → `#CapabilityBoundingSet=`, `User=/DynamicUser=`
 * → `#User=`), for every row, those of resource-control settings too.
 */
function manUrl(name: string): string {
  return manPageUrl('systemd.exec', name.slice(0, name.indexOf('=') + 1));
}

/**
 * The rows `version` scores, in systemd's table order: 78 in 245, 80 in 247 and 249, 81 from 252 on
 * (see assessors.ts for what differs). A new array on every call.
 */
export function assessorTable(version: SystemdVersion): readonly AssessorInfo[] {
  return assessorsFor(version).map((a) => {
    return {
      id: a.id,
      name: a.name,
      weight: a.weight,
      range: a.range,
      url: manUrl(a.name),
      descriptionGood: a.good ?? null,
      descriptionBad: a.bad ?? null,
      descriptionNa: a.na ?? null,
      capabilities: a.check.kind === 'capabilities' ? a.check.caps : [],
    };
  });
}
