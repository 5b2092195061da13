package io.frontdesk.booking.adapter.rest.support;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.Violations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads request values that arrive as text — query parameters, path ids and body fields — into typed values,
 * recording every malformed one under the name the client used. Absent or blank values read as empty.
 */
public final class Params {

    private final Violations violations = new Violations();

    /** The resource id of a path, such as {@code /api/bookings/{id}}; a malformed one is refused as field {@code id}. */
    public static <T> T pathId(String value, Function<UUID, T> type) {
        Params p = new Params();
        Optional<UUID> id = p.uuid("id", value);
        p.require("id", value);
        p.validate();
        return type.apply(id.orElseThrow());
    }

    public Optional<UUID> uuid(String field, String value) {
        return read(field, value, UUID::fromString, "must be a valid UUID");
    }

    public Optional<LocalDate> date(String field, String value) {
        return read(field, value, LocalDate::parse, "must be a date like 2026-03-29");
    }

    public Optional<LocalTime> time(String field, String value) {
        return read(field, value, LocalTime::parse, "must be a time like 09:30");
    }

    /** An instant written with its offset, such as {@code 2026-03-29T09:00:00+02:00} or {@code ...Z}. */
    public Optional<Instant> instant(String field, String value) {
        return read(field, value, v -> OffsetDateTime.parse(v).toInstant(),
                "must be a date-time with offset like 2026-03-29T09:00:00+02:00");
    }

    public Optional<Integer> integer(String field, String value) {
        return read(field, value, Integer::valueOf, "must be a whole number");
    }

    public Optional<Boolean> bool(String field, String value) {
        return read(field, value, v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(v);
        }, "must be true or false");
    }

    public Optional<DayOfWeek> day(String field, String value) {
        return read(field, value, v -> DayOfWeek.valueOf(v.toUpperCase(Locale.ROOT)),
                "must be a day of the week like monday");
    }

    /** One of an enum's API values; the error lists the allowed ones. */
    public <E extends Enum<E>> Optional<E> oneOf(String field, String value, E[] values,
            Function<E, String> apiValue) {
        String allowed = Arrays.stream(values).map(apiValue).collect(Collectors.joining(", "));
        return read(field, value, v -> Arrays.stream(values).filter(e -> apiValue.apply(e).equals(v)).findFirst()
                .orElseThrow(), "must be one of " + allowed);
    }

    /** Records {@code field} as missing when the client sent nothing (or only blanks) for it. */
    public void require(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(field, "is required");
        }
    }

    /** Throws the recorded violations, all at once, if there are any. */
    public void validate() {
        violations.throwIfAny();
    }

    /**
     * Builds a value whose constructor validates (a query, a page request); its violations are recorded with the
     * fields it names, and the answer is empty then.
     */
    public <T> Optional<T> attempt(Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (DomainValidationException e) {
            e.violations().forEach(v -> violations.add(v.field(), v.message()));
            return Optional.empty();
        }
    }

    /** Whether every value read so far was well-formed. */
    public boolean allWellFormed() {
        return violations.isEmpty();
    }

    /**
     * Applies a further rule — typically a domain factory that collects its own violations — so that one answer
     * names every invalid field.
     */
    public void check(Consumer<Violations> rule) {
        rule.accept(violations);
    }

    private <T> Optional<T> read(String field, String value, Function<String, T> parse, String expectation) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value.strip()));
        } catch (IllegalArgumentException | DateTimeParseException | java.util.NoSuchElementException e) {
            violations.add(field, expectation);
            return Optional.empty();
        }
    }
}
