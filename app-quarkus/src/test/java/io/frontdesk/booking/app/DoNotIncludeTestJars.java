package io.frontdesk.booking.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test-jars other modules ship (fakes, contracts, test resources): they are tests, which the
 * architecture rules do not cover, even though they arrive as jars rather than as test-classes folders.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
