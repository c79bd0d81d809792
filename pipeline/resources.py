"""What a process has used, for the reports: its peak resident memory.

Read from the kernel's own account, so it costs nothing and needs no sampling thread. On Linux that
is `VmHWM` in `/proc/self/status`, the high-water mark of this process's own memory: `getrusage`'s
`ru_maxrss` would do elsewhere, but on Linux it carries over the parent's peak into a child across
`exec`, so a worker process started by a large flow process would report the flow's size. The figure
is the process's peak *so far*: taken as a stage ends, it says whether that stage raised
the peak, which is what a data engineer sizing workers needs to know.
"""

from __future__ import annotations

import sys

try:
    import resource
except ImportError:  # Windows has no `resource`; the figure is then 0.0 (unknown)
    resource = None  # type: ignore[assignment]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (10^6 bytes); 0.0 where unknown.

    >>> peak_rss_mb() > 0
    True
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) * 1024 / 1e6, 1)  # counted in KiB
    except OSError:
        pass  # not Linux
    if resource is None:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux counts kilobytes (KiB), macOS bytes.
    return round(peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6, 1)


__all__ = ["peak_rss_mb"]
