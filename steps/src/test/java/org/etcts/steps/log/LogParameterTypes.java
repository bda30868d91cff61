package org.etcts.steps.log;

import io.cucumber.java.ParameterType;
import org.etcts.executorch.LogLevel;
import org.etcts.steps.RuntimeNames;

/** The logging feature's domain word: a log level by the documented name ({@code debug}, {@code error}). */
public final class LogParameterTypes {

    /** A log level: debug, info, error, fatal or unknown. */
    @ParameterType("debug|info|error|fatal|unknown")
    public LogLevel logLevel(String name) {
        return RuntimeNames.parse(LogLevel.class, name);
    }
}
