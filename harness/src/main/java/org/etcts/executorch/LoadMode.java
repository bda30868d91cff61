package org.etcts.executorch;

/**
 * How a {@link Module} reads its program file, mirroring {@code Module::LoadMode} in
 * {@code extension/module/module.h} (same numbers).
 */
public enum LoadMode implements RuntimeEnum {
    /** Read the whole file into a buffer. The default. */
    FILE(0, "File"),
    /** Memory-map the file and let pages load on demand. */
    MMAP(1, "Mmap"),
    /** Memory-map and lock the pages in memory; failing to lock is an error. */
    MMAP_USE_MLOCK(2, "MmapUseMlock"),
    /** Memory-map and try to lock the pages; failing to lock is ignored. */
    MMAP_USE_MLOCK_IGNORE_ERRORS(3, "MmapUseMlockIgnoreErrors"),
    /** Memory-map with {@code madvise(MADV_WILLNEED | MADV_SEQUENTIAL)} hints (C++ API only in the reference). */
    MMAP_USE_MADVISE(4, "MmapUseMadvise");

    private final int number;
    private final String runtimeName;

    LoadMode(int number, String runtimeName) {
        this.number = number;
        this.runtimeName = runtimeName;
    }

    /** {@return the runtime's number for this mode} */
    @Override
    public int number() {
        return number;
    }

    /** {@return the name of the C++ enumerator, e.g. {@code "MmapUseMlock"}} */
    @Override
    public String runtimeName() {
        return runtimeName;
    }

    /**
     * The mode with the given runtime number.
     *
     * @param number a Module::LoadMode number
     * @return the mode with that number
     * @throws IllegalArgumentException if no mode has that number (the runtime would crash on it)
     */
    public static LoadMode fromNumber(int number) {
        return RuntimeEnum.fromNumber(LoadMode.class, number, "load mode");
    }
}
