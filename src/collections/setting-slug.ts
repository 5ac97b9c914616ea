/**
 * File names and URLs of settings pages. A page's id is systemd's json_field exactly; its file name
 * and URL segment are the json_field with every character outside `[A-Za-z0-9_-]` removed. Only one
 * id changes: `CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)` (systemd's typo, a `)` at the
 * end) becomes `…_BROADCAST_RAW`. The mapping is injective on all three versions' ids (tested).
 */
export function settingSlug(jsonField: string): string {
  return jsonField.replace(/[^A-Za-z0-9_-]/g, '');
}
