#!/bin/sh
# Entry point of the MlJudge image. `--worker` runs judge workers, anything else the API/UI server.
#
# A worker's sandbox (bubblewrap + per-runner cgroups) needs, inside its container, two things Docker
# withholds by default, and it gets them here without `privileged`, using only CAP_SYS_ADMIN:
#  1. A fully visible /proc. Docker masks parts of /proc (kcore, sysrq-trigger, ...) and makes /proc/sys
#     read-only; the kernel then refuses the fresh /proc a sandbox in a new user namespace mounts
#     ("too revealing"), and bubblewrap cannot cap nested user namespaces. A new procfs is mounted over it.
#  2. Writable memory and pids cgroups. Docker mounts the container's own cgroup read-only; it is
#     remounted read-write, so runners' groups nest under (and are bounded by) the container's limits.
#     cgroup v1: /sys/fs/cgroup/{memory,pids} are remounted. cgroup v2 (private cgroup namespace, Docker's
#     default there): /sys/fs/cgroup is remounted and the container's processes move to a leaf group
#     "init", since v2 only delegates controllers from a group with no processes of its own.
# Whatever fails is reported; the worker then refuses to start with its own message rather than judge
# without isolation. The server needs none of this and runs as the image's non-root user.
set -eu
app="dotnet /app/MlJudge.Server.dll"

worker=0
for arg in "$@"; do [ "$arg" = "--worker" ] && worker=1; done
if [ "$worker" = 0 ]; then exec $app "$@"; fi

say() { echo "mljudge-entrypoint: $*" >&2; }
if [ "$(id -u)" != 0 ]; then
  say "a judge worker must start as root (compose: user: root) to build its sandbox; it will refuse to judge"
  exec $app "$@"
fi

if ! mount -t proc -o nosuid,nodev,noexec proc /proc 2>/dev/null; then
  say "cannot mount a fresh /proc (needs cap_add SYS_ADMIN and seccomp/apparmor that allow mount)"
fi

if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
  if [ "$(cat /proc/self/cgroup)" != "0::/" ]; then
    say "cgroup v2 without a private cgroup namespace: run the container with cgroupns private (Docker's default on v2)"
  elif mount -o remount,rw /sys/fs/cgroup 2>/dev/null; then
    mkdir -p /sys/fs/cgroup/init
    for pid in $(cat /sys/fs/cgroup/cgroup.procs); do echo "$pid" > /sys/fs/cgroup/init/cgroup.procs 2>/dev/null || true; done
  else
    say "cannot remount /sys/fs/cgroup read-write (needs cap_add SYS_ADMIN)"
  fi
else
  for controller in memory pids; do
    mount -o remount,rw,bind "/sys/fs/cgroup/$controller" 2>/dev/null \
      || mount -o remount,rw "/sys/fs/cgroup/$controller" 2>/dev/null \
      || say "cannot remount the $controller cgroup read-write (needs cap_add SYS_ADMIN)"
  done
fi

exec $app "$@"
