package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Files are scanned in parallel, results come back in order, and a file past the bound does not hold up the run. */
class ScanPoolTest {

    @Test
    void resultsComeBackInTaskOrderFromSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            tasks.add(() -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep(n % 7); // out-of-order completion
                return n;
            });
        }
        try (ScanPool pool = new ScanPool(4, Duration.ofSeconds(30))) {
            List<ScanPool.Outcome<Integer>> out = pool.run(tasks);
            for (int i = 0; i < 200; i++) {
                assertEquals(i, out.get(i).value());
                assertFalse(out.get(i).timedOut());
            }
        }
        assertTrue(threads.size() > 1, "ran on " + threads);
        assertTrue(threads.size() <= 4, "the pool is bounded: " + threads);
    }

    @Test
    void aFileStillScanningAfterTheBoundIsGivenUpAndTheRunGoesOn() {
        CountDownLatch never = new CountDownLatch(1);
        // one thread: the stuck task must not keep the tasks behind it from running
        try (ScanPool pool = new ScanPool(1, Duration.ofMillis(300))) {
            List<Callable<String>> tasks = List.of(() -> "a", () -> {
                never.await(); // a scan that never finishes (the interrupt on giving up ends it here)
                return "stuck";
            }, () -> "c", () -> "d");
            long start = System.nanoTime();
            List<ScanPool.Outcome<String>> out = pool.run(tasks);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("a", out.get(0).value());
            assertTrue(out.get(1).timedOut());
            assertNull(out.get(1).value());
            assertEquals("c", out.get(2).value());
            assertEquals("d", out.get(3).value());
            assertTrue(millis < 20_000, "the run waited " + millis + " ms");
        }
    }

    @Test
    void aFileThatFinishesWithinTheBoundIsKept() {
        try (ScanPool pool = new ScanPool(2, Duration.ofSeconds(30))) {
            List<ScanPool.Outcome<String>> out = pool.run(List.of(() -> {
                Thread.sleep(200);
                return "slow but in time";
            }));
            assertEquals("slow but in time", out.get(0).value());
        }
    }

    @Test
    void aScannerBugIsNotHiddenAsATimeout() {
        try (ScanPool pool = new ScanPool(2, Duration.ofSeconds(30))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(List.<Callable<String>>of(() -> {
                throw new IllegalStateException("scanner bug");
            })));
            assertEquals("scanner bug", e.getMessage());
        }
    }
}
