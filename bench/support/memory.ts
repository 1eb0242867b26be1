import { GCProfiler } from 'node:v8';

/** What a stretch of work held in memory at its worst. */
export interface MemoryPeak {
  /** The most JavaScript heap in use, seen before any garbage collection or at the end. */
  peakHeapBytes: number;
  /** The process's resident set size at its highest since it started (the kernel's high-water mark). */
  peakRssBytes: number;
}

/**
 * Watches the heap through V8's GC profiler, which records the heap in use before every collection: the
 * largest of those is the peak, even inside one long synchronous call that no timer could interrupt.
 */
export function watchMemory(): { stop(): MemoryPeak } {
  const profiler = new GCProfiler();
  profiler.start();
  return {
    stop() {
      const report = profiler.stop();
      let peak = process.memoryUsage().heapUsed;
      for (const collection of report?.statistics ?? []) peak = Math.max(peak, collection.beforeGC.heapStatistics.usedHeapSize);
      return { peakHeapBytes: peak, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
    },
  };
}

/** Collects garbage when the process runs with `--expose-gc`, so what remains is what is held. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
