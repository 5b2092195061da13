package io.frontdesk.booking.domain.shared;

/** A state machine refused a move. Names the machine, both states, and carries that machine's stable code. */
public final class IllegalTransitionException extends DomainException {

    private final String from;
    private final String to;

    public IllegalTransitionException(ErrorCode code, String subject, String from, String to) {
        super(code, "Cannot change " + subject + " from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
