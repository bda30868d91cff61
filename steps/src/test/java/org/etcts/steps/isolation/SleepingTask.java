package org.etcts.steps.isolation;

/** A task for {@link ChildJvmLimitsTest}: {@code sleep} never ends in time, {@code allocate-<MiB>} allocates natively. */
public final class SleepingTask implements IsolatedTask {

    @Override
    public String run(String caseId) throws Exception {
        if (caseId.equals("sleep")) {
            Thread.sleep(60_000);
        }
        if (caseId.startsWith("allocate-")) {
            // malloc, as the runtime allocates: it counts against RLIMIT_DATA (and fails as OutOfMemoryError).
            java.lang.reflect.Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            field.setAccessible(true);
            sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
            long address = unsafe.allocateMemory((long) Integer.parseInt(caseId.substring("allocate-".length())) << 20);
            unsafe.freeMemory(address);
        }
        return "done " + caseId;
    }
}
