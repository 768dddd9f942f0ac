package org.edcomply.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a measured process reports about itself on its last line of output: its own figures
 * ({@code key=value}), the peak heap in use (sampled every 10 ms) and the peak resident set size of
 * the whole process (Linux {@code VmHWM}; -1 where the system does not tell).
 */
final class ProcessMetrics {

    static final String PREFIX = "BENCH-METRICS";

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    ProcessMetrics() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    /** Prints the figures as one line the benchmark reads back. */
    void print() {
        running = false;
        peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        values.put("peakHeapBytes", peakHeap);
        values.put("peakRssBytes", peakRss());
        StringBuilder sb = new StringBuilder(PREFIX);
        values.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        System.out.println(sb);
    }

    /** Peak resident set size of this process in bytes, or -1. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** Reads the figures back from a process's output. */
    static Map<String, String> parse(String output) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith(PREFIX)) {
                for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        parsed.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
        }
        return parsed;
    }
}
