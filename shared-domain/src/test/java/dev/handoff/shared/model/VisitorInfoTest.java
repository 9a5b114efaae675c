package dev.handoff.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What agents see of a visitor. */
class VisitorInfoTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aVisitorWithoutANameIsShownAsAnonymous(String name) {
        assertThat(new VisitorInfo(name, "thandi@example.com", "en-ZA", Map.of()).displayName())
                .isEqualTo("Anonymous");
    }

    @Test
    void aVisitorWithANameIsShownByIt() {
        assertThat(new VisitorInfo("Thandi Mokoena", null, null, null).displayName())
                .isEqualTo("Thandi Mokoena");
    }

    @Test
    void theAnonymousVisitorHasNothingButAnEmptyAttributeMap() {
        VisitorInfo anonymous = VisitorInfo.anonymous();

        assertThat(anonymous.displayName()).isEqualTo(VisitorInfo.ANONYMOUS);
        assertThat(anonymous.attributes()).isEmpty();
        assertThat(anonymous).isEqualTo(new VisitorInfo(null, null, null, null));
    }

    @Test
    void attributesAreCopiedKeepTheirOrderAndCannotBeChanged() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("plan", "premium");
        attributes.put("accountId", "AC-10293");
        attributes.put("country", "ZA");
        VisitorInfo visitor = new VisitorInfo("Thandi", null, null, attributes);
        attributes.put("vip", "yes");

        assertThat(visitor.attributes())
                .containsExactly(
                        Map.entry("plan", "premium"), Map.entry("accountId", "AC-10293"), Map.entry("country", "ZA"));
        assertThatThrownBy(() -> visitor.attributes().put("vip", "yes"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
