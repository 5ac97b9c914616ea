/**
 * THROWAWAY stand-in for the engine while it is being written: honours the planned signatures of
 * src/engine/index.ts with made-up scoring so the UI can be built. Deleted once "Engine:" lands.
 */
import type { Analysis, Diagnostic, Report, Row, SecurityPolicy, Span, SystemdVersion, UnitFile } from '../engine/types.ts';

export { VERSIONS, DEFAULT_VERSION, isSystemdVersion, directiveCatalogue } from '../engine/versions/index.ts';
export { sortRows, formatText, formatJson, glyphsFor, formatExposure, ratingFor } from '../engine/format/index.ts';
import { DEFAULT_VERSION } from '../engine/versions/index.ts';
import { ratingFor } from '../engine/format/index.ts';

const TABLE = [
  ['UserOrDynamicUser', 'User=/DynamicUser=', 2000, 10, 'Service runs under a transient non-root user identity', 'Service runs as root user', null],
  ['PrivateDevices', 'PrivateDevices=', 1000, 1, 'Service has no access to hardware devices', 'Service potentially has access to hardware devices', null],
  ['PrivateMounts', 'PrivateMounts=', 1000, 1, 'Service cannot install system mounts', 'Service may install system mounts', null],
  ['PrivateNetwork', 'PrivateNetwork=', 2500, 1, 'Service has no access to the host\'s network', 'Service has access to the host\'s network', null],
  ['PrivateTmp', 'PrivateTmp=', 1000, 1, 'Service has no access to other software\'s temporary files', 'Service has access to other software\'s temporary files', null],
  ['NoNewPrivileges', 'NoNewPrivileges=', 1000, 1, 'Service processes cannot acquire new privileges', 'Service processes may acquire new privileges', null],
  ['ProtectSystem', 'ProtectSystem=', 1000, 10, 'Service has strict read-only access to the OS file hierarchy', 'Service has full access to the OS file hierarchy', null],
  ['ProtectKernelTunables', 'ProtectKernelTunables=', 1000, 1, 'Service cannot alter kernel tunables (/proc/sys, …)', 'Service may alter kernel tunables', null],
  ['RestrictSUIDSGID', 'RestrictSUIDSGID=', 1000, 1, 'SUID/SGID file creation by service is restricted', 'Service may create SUID/SGID files', null],
  ['RemoveIPC', 'RemoveIPC=', 100, 1, 'Service user cannot leave SysV IPC objects around', 'Service user may leave SysV IPC objects around', 'Service runs as root, option does not apply'],
] as const;

export function analyze(files: readonly UnitFile[], options: { version?: SystemdVersion; policy?: SecurityPolicy } = {}): Analysis {
  const version = options.version ?? DEFAULT_VERSION;
  const unit = files.find((f) => !f.path.includes('/')) ?? files[0];
  const diagnostics: Diagnostic[] = [];
  const values = new Map<string, { value: string; span: Span }>();
  let hasExec = false;
  for (const file of files) {
    let offset = 0;
    let section = '';
    file.text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      const span = { file: file.path, line: i + 1, start: offset, end: offset + raw.length };
      offset += raw.length + 1;
      if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
      if (line.startsWith('[')) { section = line.slice(1, -1); return; }
      const eq = line.indexOf('=');
      if (eq < 0) { diagnostics.push({ code: 'missing-equals', severity: 'warning', span, args: { line } }); return; }
      const key = line.slice(0, eq).trim();
      if (key === 'ExecStart') hasExec = true;
      if (key === 'Bogus') diagnostics.push({ code: 'unknown-key', severity: 'warning', span, args: { key, section } });
      values.set(key, { value: line.slice(eq + 1).trim(), span });
    });
  }
  if (!hasExec) {
    const reason: Diagnostic = { code: 'no-exec-start', severity: 'error', args: { unit: unit?.path ?? '' } };
    return { ok: false, version, unitId: unit?.path ?? null, reason, diagnostics: [...diagnostics, reason] };
  }
  const rows: Row[] = TABLE.map(([id, name, weight, range, good, bad, na], index) => {
    const v = values.get(name.split('=')[0] ?? '');
    const isSet = v !== undefined && /^(yes|true|1|on|strict)$/i.test(v.value);
    const badness = id === 'RemoveIPC' && !values.has('User') ? null : isSet ? 0 : id === 'PrivateMounts' && version !== '252' ? 0 : range;
    return {
      id, name, index: index + 1, weight, range, badness,
      set: badness === null ? null : badness === 0,
      exposure: badness === null || badness === 0 ? null : Math.ceil((badness * weight) / range / 100) * 1,
      description: badness === null ? na : badness === 0 ? good : bad,
      spans: v ? [v.span] : [],
    };
  });
  let badnessSum = 0, weightSum = 0;
  for (const r of rows) if (r.badness !== null) { badnessSum += Math.ceil((r.badness * r.weight) / r.range); weightSum += r.weight; }
  const exposure = Math.ceil((badnessSum * 100) / weightSum);
  const rating = ratingFor(exposure);
  const report: Report = { ok: true, version, unitId: unit?.path ?? 'x.service', rows, badnessSum, weightSum, exposure, rating, diagnostics };
  return report;
}

export function diagnosticMessage(d: Diagnostic): string {
  if (d.code === 'unknown-key') return `Unknown key name '${d.args['key']}' in section '${d.args['section']}', ignoring.`;
  if (d.code === 'no-exec-start') return `Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.`;
  return `Missing '=', ignoring line.`;
}
export interface AssessorRecord { id: string; name: string; weight: number; range: number; url: string; descriptionGood: string | null; descriptionBad: string | null; descriptionNa: string | null }
export function assessorTable(_version: SystemdVersion): AssessorRecord[] {
  return TABLE.map(([id, name, weight, range, good, bad, na]) => ({ id, name, weight, range, url: `https://www.freedesktop.org/software/systemd/man/systemd.exec.html#${name}`, descriptionGood: good, descriptionBad: bad, descriptionNa: na }));
}
export function recommendation(id: string, _version: SystemdVersion): { section: string; key: string; value: string } | null {
  const rec = TABLE.find((t) => t[0] === id);
  if (!rec || id === 'UserOrDynamicUser') return id === 'UserOrDynamicUser' ? { section: 'Service', key: 'DynamicUser', value: 'yes' } : null;
  return { section: 'Service', key: rec[1].slice(0, -1), value: id === 'ProtectSystem' ? 'strict' : 'yes' };
}
export function parsePolicy(text: string): SecurityPolicy {
  return JSON.parse(text) as SecurityPolicy;
}
