package org.etcts.bench;

import java.util.List;

/**
 * One measurement of one benchmark by one side (java, cpp or python) in one round: the figure of each
 * measured iteration, in nanoseconds per operation, and the machine's 1-minute load average when it began.
 *
 * @param side java, cpp or python
 * @param round the round, from 1
 * @param load1 the 1-minute load average (/proc/loadavg) when the measurement began
 * @param nsPerOp one figure per measured iteration
 */
record Sample(String side, int round, double load1, List<Double> nsPerOp) {

    /** {@return the median of the iterations: the figure of this measurement} */
    double median() {
        return Stats.median(nsPerOp);
    }
}
