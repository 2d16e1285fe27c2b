package io.licensor.service;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the fuzz inputs tried and how each ended, for the log and docs/reliability.md. */
final class FuzzTally {
    private static final Logger LOG = LoggerFactory.getLogger(FuzzTally.class);
    private final String name;
    private final Map<String, Integer> counts = new TreeMap<>();

    FuzzTally(String name) {
        this.name = name;
    }

    synchronized void count(String outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized void report() {
        LOG.info("Fuzz {}: {} inputs tried: {}", name, total(), counts);
        System.err.println("Fuzz " + name + ": " + total() + " inputs tried: " + counts);
    }
}
