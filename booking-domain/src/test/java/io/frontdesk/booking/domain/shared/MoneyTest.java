package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Prices in minor units of an ISO 4217 currency. */
class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1250, EUR, 12.50", "0, EUR, 0.00", "500, JPY, 500", "1005, KWD, 1.005"})
    void theAmountIsTheMinorUnitsScaledByTheCurrencysDigits(long minorUnits, String currency, String amount) {
        Money money = Money.of(minorUnits, currency);

        assertThat(money.minorUnits()).isEqualTo(minorUnits);
        assertThat(money.currency()).isEqualTo(Currency.getInstance(currency));
        assertThat(money.amount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void equalAmountsOfTheSameCurrencyAreEqual() {
        assertThat(Money.of(3500, "EUR")).isEqualTo(Money.of(3500, "EUR"));
        assertThat(Money.of(3500, "EUR")).isNotEqualTo(Money.of(3500, "USD"));
    }

    @Test
    void aNegativePriceIsRefusedOnThePrice() {
        assertThatThrownBy(() -> Money.of(-1, "EUR"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("price"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"eur", "EU", "EURO", "E1R", "ABC", "QQQ"})
    void anythingButAKnownIsoCodeIsRefusedOnTheCurrency(String code) {
        assertThatThrownBy(() -> Money.of(100, code))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("currency"));
    }

    @Test
    void moneyNeedsACurrency() {
        assertThatThrownBy(() -> new Money(100, null)).isInstanceOf(NullPointerException.class);
    }
}
