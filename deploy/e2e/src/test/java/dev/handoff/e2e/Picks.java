package dev.handoff.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How many of a list of hostile values a case takes: {@code hostile.samples} (default 2; {@code all} for every one),
 * chosen with the suite's seeded random, after the ones a class always sends.
 */
final class Picks {
    static final int SAMPLES = samples();

    private Picks() {}

    /** The first {@code always} elements of {@code values}, then {@code count} of the others at random. */
    static <T> List<T> of(List<T> values, int always, int count, Random random) {
        List<T> picked = new ArrayList<>(values.subList(0, Math.min(always, values.size())));
        List<T> rest = new ArrayList<>(values.subList(picked.size(), values.size()));
        Collections.shuffle(rest, random);
        picked.addAll(rest.subList(0, Math.min(count, rest.size())));
        return picked;
    }

    private static int samples() {
        String samples = System.getProperty("hostile.samples", "2");
        return samples.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(samples);
    }
}
