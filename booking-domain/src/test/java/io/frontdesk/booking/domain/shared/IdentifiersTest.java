package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Identities: never null, never blank, and printed as the UUID they wrap so they survive a round trip. */
class IdentifiersTest {

    private static final UUID SOME = UUID.fromString("3f2c8a61-7e0b-4d2a-9c5e-0123456789ab");

    static Stream<Arguments> uuidIdentities() {
        return Stream.of(
                Arguments.of("tenant", (Function<UUID, Object>) TenantId::new, null),
                Arguments.of("booking", (Function<UUID, Object>) BookingId::new,
                        (Function<String, Object>) BookingId::of),
                Arguments.of("slot", (Function<UUID, Object>) SlotId::new, (Function<String, Object>) SlotId::of),
                Arguments.of("service", (Function<UUID, Object>) ServiceId::new,
                        (Function<String, Object>) ServiceId::of),
                Arguments.of("staff", (Function<UUID, Object>) StaffId::new, (Function<String, Object>) StaffId::of),
                Arguments.of("waitlist entry", (Function<UUID, Object>) WaitlistEntryId::new,
                        (Function<String, Object>) WaitlistEntryId::of));
    }

    @ParameterizedTest(name = "{0} id")
    @MethodSource("uuidIdentities")
    void anIdentityNeedsAValueAndPrintsIt(String what, Function<UUID, Object> create, Function<String, Object> parse) {
        assertThatThrownBy(() -> create.apply(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining(what + " id");
        assertThat(create.apply(SOME)).hasToString(SOME.toString()).isEqualTo(create.apply(SOME));
        if (parse != null) {
            assertThat(parse.apply(SOME.toString())).isEqualTo(create.apply(SOME));
            assertThatThrownBy(() -> parse.apply("")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> parse.apply("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anActorIsNamed() {
        assertThat(new ActorId("auth0|123")).hasToString("auth0|123");
        assertThat(ActorId.SYSTEM.value()).isEqualTo("system");
        assertThat(new ActorId("x".repeat(255)).value()).hasSize(255);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankActorIsRefused(String value) {
        assertThatThrownBy(() -> new ActorId(value)).isInstanceOfAny(NullPointerException.class,
                IllegalArgumentException.class);
    }

    @Test
    void anActorIdOfMoreThan255CharactersIsRefused() {
        assertThatThrownBy(() -> new ActorId("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }
}
