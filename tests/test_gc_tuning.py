"""The checking process freezes its caches out of the garbage collector after each check; garbage
made before that must still be collected, or every check would leak its reference cycles."""

import gc
import weakref

from app.core import gc_tuning


class _Node:
    pass


def test_settle_collects_cycles_before_freezing():
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a reference cycle: only the collector can free it
    gone = weakref.ref(a)
    del a, b
    try:
        gc_tuning.settle()
        assert gone() is None
    finally:
        gc.unfreeze()


def test_settled_objects_are_out_of_the_collectors_scans():
    keep = [_Node() for _ in range(1000)]
    try:
        gc_tuning.settle()
        assert gc.get_freeze_count() >= len(keep)
    finally:
        gc.unfreeze()
