package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Half-open time ranges: start strictly before end; ranges that only touch do not overlap. */
class TimeRangeTest {

    private static final Instant NINE = Instant.parse("2026-03-09T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-09T10:00:00Z");

    private static TimeRange minutes(int fromMinute, int toMinute) {
        return new TimeRange(NINE.plus(Duration.ofMinutes(fromMinute)), NINE.plus(Duration.ofMinutes(toMinute)));
    }

    @Test
    void aRangeEndsAfterItStarts() {
        TimeRange range = new TimeRange(NINE, TEN);

        assertThat(range.start()).isEqualTo(NINE);
        assertThat(range.end()).isEqualTo(TEN);
        assertThat(range.duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anEmptyOrBackwardRangeIsRefusedOnTheEndTime() {
        assertThatThrownBy(() -> new TimeRange(NINE, NINE))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.first().field()).isEqualTo("end_time");
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                });
        assertThatThrownBy(() -> new TimeRange(TEN, NINE))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("end_time"));
    }

    @Test
    void aRangeNeedsBothEnds() {
        assertThatThrownBy(() -> new TimeRange(null, TEN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TimeRange(NINE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRangeIsBuiltFromAStartAndALength() {
        assertThat(TimeRange.of(NINE, Duration.ofMinutes(45))).isEqualTo(minutes(0, 45));
        assertThatThrownBy(() -> TimeRange.of(NINE, Duration.ZERO)).isInstanceOf(DomainValidationException.class);
    }

    @ParameterizedTest(name = "[0,60) and [{0},{1}) overlap: {2}")
    @CsvSource({
            "-30, 0, false",
            "-30, 1, true",
            "0, 60, true",
            "10, 20, true",
            "-10, 70, true",
            "59, 90, true",
            "60, 90, false",
            "90, 120, false"})
    void rangesOverlapWhenTheyShareAMoment(int from, int to, boolean overlap) {
        TimeRange hour = minutes(0, 60);
        TimeRange other = minutes(from, to);

        assertThat(hour.overlaps(other)).isEqualTo(overlap);
        assertThat(other.overlaps(hour)).as("symmetric").isEqualTo(overlap);
    }

    @ParameterizedTest(name = "[0,60) contains [{0},{1}): {2}")
    @CsvSource({"0, 60, true", "10, 20, true", "-1, 30, false", "30, 61, false", "60, 90, false"})
    void aRangeContainsTheRangesInsideIt(int from, int to, boolean contains) {
        assertThat(minutes(0, 60).contains(minutes(from, to))).isEqualTo(contains);
    }

    @Test
    void aRangeStartsAfterAMomentOnlyWhenItsStartIsStrictlyLater() {
        TimeRange range = new TimeRange(NINE, TEN);

        assertThat(range.startsAfter(NINE.minusNanos(1))).isTrue();
        assertThat(range.startsAfter(NINE)).isFalse();
        assertThat(range.startsAfter(TEN)).isFalse();
    }
}
