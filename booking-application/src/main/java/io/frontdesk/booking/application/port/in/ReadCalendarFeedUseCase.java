package io.frontdesk.booking.application.port.in;

/**
 * The subscription feed behind a secret token: the token's staff member's upcoming bookings as an iCalendar
 * document. The token is the only key: no sign-in, and nothing of any other staff member.
 */
public interface ReadCalendarFeedUseCase {

    /**
     * @throws io.frontdesk.booking.domain.shared.NotFoundException when the token is unknown or was replaced
     */
    String feed(String token);
}
