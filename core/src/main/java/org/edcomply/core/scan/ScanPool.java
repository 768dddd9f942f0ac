package org.edcomply.core.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scans files on a bounded pool of threads and hands the results back in input order, so that the
 * facts come out as a sequential scan would give them. A file whose scan is still running when the
 * time bound has passed since it started is given up: its slot says so (the caller reports it as a
 * finding), its thread is left to finish on its own (a parser cannot be stopped safely; it is a
 * daemon thread and its result is dropped), and a new thread takes its place so the run goes on at
 * full width.
 */
public class ScanPool implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor pool;
    private final long boundNanos;
    private final Duration bound;

    /** What became of one task: its value, or that it ran past the bound. */
    public record Outcome<T>(T value, boolean timedOut) {
    }

    public ScanPool(int threads, Duration bound) {
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "edcomply-scan-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons);
        this.bound = bound;
        this.boundNanos = bound.toNanos();
    }

    public Duration bound() {
        return bound;
    }

    /** Runs every task; the outcomes are in the order of the tasks. */
    public <T> List<Outcome<T>> run(List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        List<AtomicLong> starts = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            Callable<T> task = around(tasks.get(i), i);
            AtomicLong started = new AtomicLong();
            starts.add(started);
            futures.add(pool.submit(() -> {
                started.set(System.nanoTime());
                return task.call();
            }));
        }
        List<Outcome<T>> outcomes = new ArrayList<>(tasks.size());
        for (int i = 0; i < futures.size(); i++) {
            outcomes.add(await(futures.get(i), starts.get(i)));
        }
        return outcomes;
    }

    /** The task as run; tests slow one down to see the bound at work. */
    <T> Callable<T> around(Callable<T> task, int index) {
        return task;
    }

    private <T> Outcome<T> await(Future<T> future, AtomicLong started) {
        while (true) {
            long begun = started.get();
            long wait = begun == 0 ? boundNanos : boundNanos - (System.nanoTime() - begun);
            try {
                return new Outcome<>(future.get(Math.max(wait, 1), TimeUnit.NANOSECONDS), false);
            } catch (TimeoutException e) {
                begun = started.get();
                if (begun != 0 && System.nanoTime() - begun >= boundNanos && !future.isDone()) {
                    future.cancel(true);
                    replaceStuckThread();
                    return new Outcome<>(null, true);
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scanning", e);
            } catch (java.util.concurrent.CancellationException e) {
                return new Outcome<>(null, true);
            }
        }
    }

    /** The abandoned task keeps its thread busy; one more thread keeps the pool at its width. */
    private synchronized void replaceStuckThread() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
