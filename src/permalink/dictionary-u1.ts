/**
 * The preset DEFLATE dictionary of permalink format `u1` (5534 bytes of ASCII): common lines and values
 * of service units, written from systemd's documentation (the license header of systemd's own units,
 * hardening settings, capability names, common targets, paths and options), the most useful last,
 * where DEFLATE distances are cheapest. It brings a typical unit's link from 0.90× to 0.47× of the
 * unit's size (`npm run bench:permalink`). Every directive name of the catalogues is not in it: they
 * shortened links little for the code they would add to every page that decodes one.
 *
 * FROZEN: changing one byte breaks every `u1` link ever made, and `test/permalink/frozen-links.test.ts`
 * pins its SHA-256. A better dictionary needs a new format version (`u2`), not an edit here.
 */
export const DICTIONARY_U1 = `Restart=on-abort
WatchdogSec=
ConditionVirtualization=!container
StandardOutput=syslog
StandardOutput=null
TasksMax=infinity
LimitNOFILE=infinity
LimitMEMLOCK=infinity
OOMScoreAdjust=-
Nice=
IOSchedulingClass=idle
CPUSchedulingPolicy=
MemoryMax=
Slice=system.slice
PermissionsStartOnly=true
SendSIGKILL=no
TimeoutSec=0
TimeoutStartSec=infinity
IgnoreSIGPIPE=no
PartOf=
BindsTo=
ReadWritePaths=/var/log/ /run/ /var/run/ /var/cache/ /usr/share/ /usr/lib/ /usr/local/bin/ /opt/ /srv/ /tmp/
ExecStart=/usr/bin/env
ExecStart=/bin/sh -c "
ExecStartPre=/bin/mkdir -p /run/
ExecStartPre=/bin/chown 
ExecStop=/bin/kill -TERM $MAINPID
ExecStartPre=+
ExecStart=@
ExecStart=!!
 --config /etc/ --foreground --daemon --pidfile --user --group --no-daemon --nodaemon -f -c /etc/%i.conf %n %I %t %h
Environment=LANG=C.UTF-8
Environment=HOME=/var/lib/
$OPTIONS $DAEMON_OPTS $DAEMON_ARGS $ARGS
EnvironmentFile=-/etc/default/%p
Description=%p service for %I
Documentation=https://github.com/
Documentation=man:systemd.service(5)
CAP_AUDIT_CONTROL CAP_AUDIT_READ CAP_AUDIT_WRITE CAP_BLOCK_SUSPEND CAP_BPF CAP_CHECKPOINT_RESTORE CAP_CHOWN CAP_DAC_OVERRIDE CAP_DAC_READ_SEARCH CAP_FOWNER CAP_FSETID CAP_IPC_LOCK CAP_IPC_OWNER CAP_KILL CAP_LEASE CAP_LINUX_IMMUTABLE CAP_MAC_ADMIN CAP_MAC_OVERRIDE CAP_MKNOD CAP_NET_ADMIN CAP_NET_BIND_SERVICE CAP_NET_BROADCAST CAP_NET_RAW CAP_PERFMON CAP_SETGID CAP_SETFCAP CAP_SETPCAP CAP_SETUID CAP_SYS_ADMIN CAP_SYS_BOOT CAP_SYS_CHROOT CAP_SYS_MODULE CAP_SYS_NICE CAP_SYS_PACCT CAP_SYS_PTRACE CAP_SYS_RAWIO CAP_SYS_RESOURCE CAP_SYS_TIME CAP_SYS_TTY_CONFIG CAP_SYSLOG CAP_WAKE_ALARM
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK AF_PACKET
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources @clock @cpu-emulation @debug @module @mount @obsolete @raw-io @reboot @swap @keyring @memlock @setuid @chown @ipc @pkey @sync @timer @aio @basic-io @file-system @io-event @network-io @process @signal @sandbox @known @default
SystemCallErrorNumber=EPERM
SystemCallArchitectures=native
RestrictNamespaces=true
RestrictNamespaces=~cgroup ipc net mnt pid user uts
ProtectSystem=strict
ProtectSystem=full
ProtectHome=read-only
ProtectHome=tmpfs
ProtectProc=invisible
ProcSubset=pid
ProtectHostname=true
ProtectClock=true
ProtectKernelTunables=true
ProtectKernelModules=true
ProtectKernelLogs=true
ProtectControlGroups=true
PrivateDevices=true
PrivateNetwork=true
PrivateUsers=true
PrivateMounts=true
PrivateIPC=true
DevicePolicy=closed
DeviceAllow=/dev/null rw
IPAddressDeny=any
IPAddressAllow=localhost
KeyringMode=private
NotifyAccess=main
LockPersonality=true
MemoryDenyWriteExecute=true
RestrictRealtime=true
RestrictSUIDSGID=true
RemoveIPC=true
NoNewPrivileges=true
UMask=0077
UMask=0027
DynamicUser=yes
DynamicUser=true
CapabilityBoundingSet=
AmbientCapabilities=
ReadWritePaths=/var/lib/
ReadOnlyPaths=/
InaccessiblePaths=/
StateDirectory=
RuntimeDirectory=
LogsDirectory=
CacheDirectory=
ConfigurationDirectory=
RuntimeDirectoryMode=0755
StateDirectoryMode=0750
PIDFile=/run/
PIDFile=/var/run/
EnvironmentFile=-/etc/default/
EnvironmentFile=-/etc/sysconfig/
Environment="
ExecStartPre=/usr/bin/
ExecStartPost=/bin/
ExecReload=/bin/kill -HUP $MAINPID
ExecStop=/usr/sbin/
ExecStart=/usr/sbin/
ExecStart=/usr/bin/
TimeoutStopSec=
TimeoutStartSec=
StandardOutput=journal
StandardError=journal
StandardInput=null
SyslogIdentifier=
LimitNOFILE=65536
LimitNPROC=
LimitCORE=infinity
KillMode=process
KillMode=mixed
KillSignal=SIGTERM
SuccessExitStatus=143
RestartSec=5
Restart=on-abnormal
Restart=always
Restart=on-failure
Type=exec
Type=dbus
BusName=org.freedesktop.
Type=idle
Type=notify
Type=forking
Type=oneshot
RemainAfterExit=yes
Type=simple
User=root
Group=root
WorkingDirectory=/var/lib/
Documentation=man:
Documentation=https://
ConditionPathExists=/etc/
ConditionPathExists=!/etc/
DefaultDependencies=no
Conflicts=shutdown.target
Before=shutdown.target
Before=sysinit.target
After=local-fs.target
After=remote-fs.target nss-lookup.target time-sync.target
After=syslog.target network.target
After=network-online.target
Wants=network-online.target
Requires=
Description=
[Unit]
Description=
After=network.target

[Service]
Type=simple
ExecStart=/usr/bin/

[Install]
WantedBy=graphical.target
WantedBy=sockets.target
Also=
Alias=
WantedBy=default.target
WantedBy=multi-user.target
#  SPDX-License-Identifier: LGPL-2.1-or-later
#
#  This file is part of systemd.
#
#  systemd is free software; you can redistribute it and/or modify it
#  under the terms of the GNU Lesser General Public License as published by
#  the Free Software Foundation; either version 2.1 of the License, or
#  (at your option) any later version.

[Unit]
Description=
Documentation=man:
ConditionPathExists=
After=network-online.target
Wants=network-online.target

[Service]
Type=notify
User=
Group=
ExecStart=/usr/sbin/
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=5s
CapabilityBoundingSet=CAP_NET_BIND_SERVICE
AmbientCapabilities=CAP_NET_BIND_SERVICE
LimitNOFILE=65535
NoNewPrivileges=yes
PrivateTmp=yes
PrivateDevices=yes
ProtectHome=yes
ProtectSystem=strict
ProtectControlGroups=yes
ProtectKernelModules=yes
ProtectKernelTunables=yes
ProtectKernelLogs=yes
ProtectClock=yes
ProtectHostname=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RestrictNamespaces=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6

[Install]
WantedBy=multi-user.target
`;
