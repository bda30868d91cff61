package org.etcts.bench;

/**
 * How long each measurement runs, the same for every side.
 *
 * @param warmups warm-up iterations
 * @param iterations measured iterations
 * @param iterationMillis the length of each iteration
 */
record Settings(int warmups, int iterations, int iterationMillis) {
}
