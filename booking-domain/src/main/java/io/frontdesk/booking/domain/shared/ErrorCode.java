package io.frontdesk.booking.domain.shared;

/**
 * Stable, documented codes of every refusal the domain and the use cases can make. The code is part of the
 * public contract (clients may switch on it); the {@link Kind} tells an adapter how to present it, so that the
 * mapping to a protocol (HTTP status, for instance) lives in one place outside the domain.
 */
public enum ErrorCode {
    VALIDATION_FAILED("VALIDATION.FAILED", Kind.INVALID),
    BOOKING_NOT_FOUND("BOOKING.NOT_FOUND", Kind.NOT_FOUND),
    BOOKING_TRANSITION_REFUSED("BOOKING.TRANSITION_REFUSED", Kind.CONFLICT),
    BOOKING_MODIFIED_CONCURRENTLY("BOOKING.MODIFIED_CONCURRENTLY", Kind.CONFLICT),
    SLOT_NOT_FOUND("SLOT.NOT_FOUND", Kind.NOT_FOUND),
    SLOT_IN_THE_PAST("SLOT.IN_THE_PAST", Kind.INVALID),
    SLOT_UNAVAILABLE("SLOT.UNAVAILABLE", Kind.CONFLICT),
    SLOT_TRANSITION_REFUSED("SLOT.TRANSITION_REFUSED", Kind.CONFLICT),
    SERVICE_NOT_FOUND("SERVICE.NOT_FOUND", Kind.NOT_FOUND),
    STAFF_NOT_FOUND("STAFF.NOT_FOUND", Kind.NOT_FOUND),
    TENANT_NOT_FOUND("TENANT.NOT_FOUND", Kind.NOT_FOUND),
    WAITLIST_ENTRY_NOT_FOUND("WAITLIST_ENTRY.NOT_FOUND", Kind.NOT_FOUND),
    WAITLIST_TRANSITION_REFUSED("WAITLIST_ENTRY.TRANSITION_REFUSED", Kind.CONFLICT),
    WAITLIST_OFFER_EXPIRED("WAITLIST_ENTRY.OFFER_EXPIRED", Kind.CONFLICT),
    CALENDAR_NOTHING_TO_RETRY("CALENDAR.NOTHING_TO_RETRY", Kind.CONFLICT),
    CALENDAR_FEED_NOT_FOUND("CALENDAR_FEED.NOT_FOUND", Kind.NOT_FOUND),
    WAITLIST_OFFER_NOT_FOUND("WAITLIST_OFFER.NOT_FOUND", Kind.NOT_FOUND),
    WAITLIST_OFFER_CLOSED("WAITLIST_OFFER.CLOSED", Kind.CONFLICT);

    /** How a refusal is to be presented: bad input, an unknown thing, or a clash with the current state. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final String code;
    private final Kind kind;

    ErrorCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The stable, dotted code, such as {@code BOOKING.TRANSITION_REFUSED}. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
