package org.etcts.steps;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite: every scenario of the Gherkin specification in {@code features/} (copied onto
 * the test classpath by the build), run by the Cucumber engine on the JUnit Platform.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features")
public class RunCucumberTest {
}
