package io.frontdesk.booking.domain.shared;

/** A person's name as typed at the desk: surrounding blanks trimmed, inner runs of blanks folded, 2 to 100 characters. */
public record PersonName(String value) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    public PersonName {
        value = normalise(value);
    }

    public static PersonName of(String raw) {
        return new PersonName(raw);
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainValidationException.of("name", "is required");
        }
        String folded = raw.strip().replaceAll("\\s+", " ");
        int length = folded.codePointCount(0, folded.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw DomainValidationException.of("name",
                    "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        if (folded.chars().anyMatch(Character::isISOControl)) {
            throw DomainValidationException.of("name", "must not contain control characters");
        }
        return folded;
    }

    @Override
    public String toString() {
        return value;
    }
}
