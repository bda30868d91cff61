package org.etcts.report.swiftpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SwiftPmBranchTest {

    @Test
    void aReleaseBranchNamesItsVersion() {
        SwiftPmBranch branch = SwiftPmBranch.parse("swiftpm-1.0.0");
        assertThat(branch.version()).isEqualTo("1.0.0");
        assertThat(branch.isNightly()).isFalse();
        assertThat(SwiftPmBranch.parse("refs/heads/swiftpm-0.6.0").version()).isEqualTo("0.6.0");
        assertThat(SwiftPmBranch.parse("origin/swiftpm-1.5").version()).isEqualTo("1.5");
    }

    @Test
    void aNightlyBranchNamesItsVersionAndDayInEitherSpelling() {
        SwiftPmBranch dot = SwiftPmBranch.parse("swiftpm-1.1.0.20251222");
        assertThat(dot.version()).isEqualTo("1.1.0");
        assertThat(dot.nightly()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(dot.describe()).isEqualTo("nightly 1.1.0 of 2025-12-22");
        SwiftPmBranch hyphen = SwiftPmBranch.parse("swiftpm-0.6.0-20250501");
        assertThat(hyphen.version()).isEqualTo("0.6.0");
        assertThat(hyphen.nightly()).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void otherNamesAndImpossibleDaysAreRefused() {
        assertThatThrownBy(() -> SwiftPmBranch.parse("main")).hasMessageContaining("is not a swiftpm branch");
        assertThatThrownBy(() -> SwiftPmBranch.parse("swiftpm-v1.5.1")).hasMessageContaining("is not a swiftpm branch");
        assertThatThrownBy(() -> SwiftPmBranch.parse("swiftpm-1.5.1.20260231")).hasMessageContaining("'20260231' is not a date");
    }
}
