package io.frontdesk.booking.application.port.in;

/** How the waitlist refilled freed slots in a period: offers made, and how many of them were accepted. */
public record WaitlistOfferCounts(long made, long accepted) {

    public static final WaitlistOfferCounts NONE = new WaitlistOfferCounts(0, 0);

    public WaitlistOfferCounts {
        if (made < 0 || accepted < 0 || accepted > made) {
            throw new IllegalArgumentException("0 <= accepted <= made");
        }
    }

    /** {@code accepted / made}: of the offers sent, how many filled their slot; 0 when none was made. */
    public double fillRate() {
        return made == 0 ? 0.0 : (double) accepted / made;
    }
}
