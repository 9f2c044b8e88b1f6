#!/usr/bin/env bash
# Reserves huge pages (2 MB each) for PostgreSQL's shared memory. Run it as root; .ci/run does.
#
# Why: PostgreSQL's default, huge_pages=try, puts its buffers in huge pages when the machine has some
# reserved. Without them, each connection maps every 8 KB buffer it reads for the first time as two
# 4 KB pages, and on a virtual machine each of those faults is costly: 4 µs a buffer here. A new
# connection's first search of a million stories touches hundreds of buffers. With huge pages it maps
# the same 128 MB in 64 faults. The measurements are in BENCHMARKS.md, "Huge pages for the database's
# buffers".
#
# It adds only what is missing, beside pages other programs hold, and running it again changes
# nothing. Where the kernel does not let it, it says so and exits 0: PostgreSQL then runs as before.
set -euo pipefail

# The embedded cluster needs 79 (SHOW shared_memory_size_in_huge_pages: 128 MB of buffers, 200
# connections). Run with a cluster up, it adds as many again for a second one (a CI run's, say).
wanted=${1:-100}
knob=/proc/sys/vm/nr_hugepages
if [ ! -r /proc/meminfo ]; then
  echo "huge pages: this script reserves them on Linux only: PostgreSQL runs without them"
  exit 0
fi

# Free counts pages a running PostgreSQL has reserved but not yet touched (Rsvd): they are not free.
free_pages() { awk '/^HugePages_Free:/ {free = $2} /^HugePages_Rsvd:/ {reserved = $2} END {print free - reserved}' /proc/meminfo; }

free=$(free_pages)
free=${free:-0}
if [ "$free" -ge "$wanted" ]; then
  echo "huge pages: $free free, $wanted wanted"
  exit 0
fi
if [ ! -w "$knob" ]; then
  echo "huge pages: $knob cannot be written here (not root?): PostgreSQL runs without them"
  exit 0
fi
total=$(cat "$knob")
if ! echo $((total + wanted - free)) > "$knob" 2>/dev/null; then
  echo "huge pages: the kernel refused a reservation: PostgreSQL runs without them"
  exit 0
fi
# The kernel grants what its free memory allows, which may be fewer than asked.
echo "huge pages: $(free_pages) free of $(cat "$knob") reserved, $wanted wanted"
