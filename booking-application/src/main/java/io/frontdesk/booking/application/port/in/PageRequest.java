package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.Violations;

/** Which page of a list to return: {@code page} from 1, {@code limit} from 1 to {@value #MAX_LIMIT}. */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Violations violations = new Violations();
        if (page < 1) {
            violations.add("page", "must be at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add("limit", "must be between 1 and " + MAX_LIMIT);
        }
        violations.throwIfAny();
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
