package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every region the phone library knows, its example mobile and fixed-line numbers, written in international,
 * national or E.164 form and read against that region, come out as the same E.164 number, and reading that again
 * changes nothing.
 */
class PhoneNumberParsingPropertyTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 2000)
    void parsingAFormattedExampleNumberGivesItsE164(@ForAll("formattedExampleNumbers") Written written) {
        String expected = UTIL.format(written.number(), PhoneNumberFormat.E164);
        PhoneRegion region = PhoneRegion.of(written.region());

        PhoneNumber parsed = PhoneNumber.parse(written.text(), region);

        assertThat(parsed.e164()).as("%s", written).isEqualTo(expected);
        assertThat(PhoneNumber.parse(parsed.e164(), region)).isEqualTo(parsed);
        assertThat(new PhoneNumber(parsed.e164())).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<Written> formattedExampleNumbers() {
        Arbitrary<String> regions = Arbitraries.of(List.copyOf(UTIL.getSupportedRegions()));
        Arbitrary<PhoneNumberType> types = Arbitraries.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE);
        Arbitrary<PhoneNumberFormat> formats = Arbitraries.of(
                PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL, PhoneNumberFormat.E164);
        return Combinators.combine(regions, types, formats)
                .as((region, type, format) -> example(region, type)
                        .map(number -> new Written(region, type, format, number, UTIL.format(number, format))))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    private static Optional<Phonenumber.PhoneNumber> example(String region, PhoneNumberType type) {
        return Optional.ofNullable(UTIL.getExampleNumberForType(region, type));
    }

    /** An example number of one region and type, written in one format. */
    record Written(String region, PhoneNumberType type, PhoneNumberFormat format, Phonenumber.PhoneNumber number,
            String text) {

        @Override
        public String toString() {
            return region + " " + type + " " + format + " \"" + text + "\"";
        }
    }
}
