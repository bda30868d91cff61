package org.etcts.steps;

import io.cucumber.java.BeforeAll;
import org.etcts.steps.fixtures.FixtureCatalog;

/**
 * Before the first scenario, the fixture manifest is read once: a missing or malformed manifest stops the
 * run there with one error naming the file, the place in it and the fix, instead of failing every scenario
 * that touches a fixture.
 */
public final class FixturePreflight {

    /** Opens the fixture catalogue; a {@link org.etcts.steps.fixtures.FixtureError} ends the run before any scenario. */
    @BeforeAll
    public static void fixtureManifestIsReadable() {
        FixtureCatalog.fromSystemProperty();
    }
}
