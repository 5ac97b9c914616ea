/**
 * Links made by each format version, frozen the day the format shipped. They must decode to the
 * stated state forever: if one of these fails, a change broke links that people have already
 * shared. Never edit an entry; add new ones (with a new format, add a new describe block).
 * Only decoding is pinned: the encoder may later find shorter spellings of the same format.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_U1 } from '../../src/permalink/dictionary-u1.ts';
import type { PermalinkState } from '../../src/permalink/index.ts';
import { decodePermalink } from '../../src/permalink/index.ts';

describe('format u1 (made 2026-11-28)', () => {
  it('keeps its preset dictionary byte for byte', () => {
    expect(createHash('sha256').update(DICTIONARY_U1).digest('hex')).toBe('9554ee0f92d998cf42a87b4f9a0cad82773a5089ce37a5671f505baad8a00f90');
  });

  it.each<[string, string, PermalinkState]>([
    ['nothing at all', 'u1.AwA', { files: [] }],
    [
      'one unit and a version',
      'u1.S7vGxJucmJJSCRvBwZLznEHyWMtoBQIlP-kZDewWaG6DsLGU92AJBWATVEFXNxXShkQbzAOr0Ac7HFTMIidy5K4Xcm-S6GxFXMCWMRuZGQEA',
      {
        files: [{ path: 'caddy.service', text: '[Unit]\nDescription=Caddy\nAfter=network.target network-online.target\nRequires=network-online.target\n\n[Service]\nType=notify\nUser=caddy\nGroup=caddy\nExecStart=/usr/bin/caddy run --environ --config /etc/caddy/Caddyfile\nPrivateTmp=true\nProtectSystem=full\nAmbientCapabilities=CAP_NET_BIND_SERVICE\n\n[Install]\nWantedBy=multi-user.target\n' }],
        version: '262',
      },
    ],
    [
      'a template with Unicode, CRLF, drop-ins, a policy, a lesson and a step',
      'u1.S5vAKFh-eGVSBrCacICN4igrHJ6Td3h98uEdKYdXKiTn54KynZXCs-lLn81Z82LVPIUP82cvfL-jnxeRZXixlcvlqWBzFXRBZDFkUAwqBhocywIGMi96y5sX5CQ1DCfppegbGuhmHF5SBCxdgbkDPLKGyLBYkyT1Aj9NTBThDgMDXaAOsAPKmI1MjQocq5UQmUjJqlqpPDUzPaNEycrIwMBARykFUYjFJyWmKFkpAZUpgIdYUxQezdipVFubw2tgrAuqDyAOLGY0AgA',
      {
        files: [
          { path: 'wébhook@.service', text: '# Ünïcødé comment: 日本語 🛡️\r\n[Service]\r\nExecStart=/usr/bin/webhook -hooks /etc/webhook/%i.json\r\nDynamicUser=yes\r\n' },
          { path: 'wébhook@.service.d/10-härdening.conf', text: '[Service]\nProtectSystem=strict\nSystemCallFilter=@system-service\nSystemCallFilter=~@privileged @resources\n' },
          { path: 'service.d/00-all.conf', text: '' },
        ],
        version: '252',
        policy: '{"PrivateTmp":{"weight":2000,"description_bad":"Tmp shared ☹"}}',
        lesson: '03-filesystem',
        step: '2',
      },
    ],
  ])('%s', (_, link, state) => {
    expect(decodePermalink(link)).toEqual({ ok: true, state });
    expect(decodePermalink(`#${link}`)).toEqual({ ok: true, state });
  });
});
