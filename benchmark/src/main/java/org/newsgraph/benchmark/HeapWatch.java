package org.newsgraph.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Follows the heap of this JVM through garbage-collection notifications: the most heap ever in use
 * (just before a collection), and the most still in use just after one, which is the live set that
 * bounds the smallest {@code -Xmx} that works.
 */
final class HeapWatch {

  private final Set<String> heapPools = new HashSet<>();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();

  private HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
  }

  /** Starts watching every collector of this JVM. */
  static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  n.getType())) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                w.record(
                    info.getGcInfo().getMemoryUsageBeforeGc(),
                    info.getGcInfo().getMemoryUsageAfterGc());
              }
            },
            null,
            null);
      }
    }
    return w;
  }

  private void record(Map<String, MemoryUsage> before, Map<String, MemoryUsage> after) {
    peakUsed.accumulateAndGet(sum(before), Math::max);
    peakLive.accumulateAndGet(sum(after), Math::max);
  }

  private long sum(Map<String, MemoryUsage> usage) {
    long total = 0;
    for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        total += e.getValue().getUsed();
      }
    }
    return total;
  }

  /** The most heap in use at any time, in bytes (now included). */
  long peakUsed() {
    return Math.max(
        peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** The most heap still in use after a collection, in bytes. */
  long peakLive() {
    return peakLive.get();
  }
}
