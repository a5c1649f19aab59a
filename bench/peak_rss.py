#!/usr/bin/env python3
"""peak_rss.py PID: samples every 50 ms the resident set of PID and all its descendants until PID ends, and prints
the peak of their sum in kB (a goal that starts Hibernate's JVM runs two JVMs at once)."""
import os
import sys
import time

root = int(sys.argv[1])


def descendants():
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


peak = 0
while os.path.exists(f"/proc/{root}"):
    peak = max(peak, sum(rss_kb(pid) for pid in descendants()))
    time.sleep(0.05)
print(peak)
