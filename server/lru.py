"""A thread-safe least-recently-used map bounded by the total cost of its entries.

The server keeps two caches of this kind, page data and /sparql answers; they differ only
in what an entry costs (one each, or its bytes).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

MISSING = object()


class Lru:
    def __init__(self, max_cost: int, cost: Callable[[Hashable, object], int] = lambda key, value: 1):
        self.max_cost = max_cost
        self.cost = cost
        self._entries: OrderedDict = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable):
        """The value kept for ``key``, or MISSING."""
        with self._lock:
            value = self._entries.get(key, MISSING)
            if value is MISSING:
                self.misses += 1
                return MISSING
            self._entries.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: Hashable, value, when: Callable[[], bool] = lambda: True) -> None:
        """Keep ``value`` (if ``when()`` holds under the lock), dropping the least recently used."""
        cost = self.cost(key, value)
        with self._lock:
            if key in self._entries or not when():
                return
            self._entries[key] = value
            self._total += cost
            while self._total > self.max_cost and self._entries:
                old_key, old = self._entries.popitem(last=False)
                self._total -= self.cost(old_key, old)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._total = 0

    def __len__(self) -> int:
        return len(self._entries)
