package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link OfferTokens} implementation must do: well-formed tokens, never the same one twice. */
public abstract class OfferTokensContract {

    protected abstract OfferTokens tokens();

    @Test
    void everyTokenIsWellFormedAndNoTwoAreEqual() {
        Set<String> seen = new HashSet<>();

        IntStream.range(0, 10_000).forEach(i -> {
            OfferToken token = tokens().next();
            assertThat(OfferToken.parse(token.value())).contains(token);
            assertThat(seen.add(token.value())).as("token %d is new", i).isTrue();
        });
    }

    @Test
    void noTwoTokensShareAHash() {
        Set<String> hashes = new HashSet<>();

        IntStream.range(0, 1_000).forEach(i -> assertThat(hashes.add(tokens().next().hash().hex())).isTrue());
    }
}
