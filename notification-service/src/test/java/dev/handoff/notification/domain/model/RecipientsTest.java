package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecipientsTest {
    private static final TenantId TENANT = TenantId.of("acme");

    @Test
    void keepsOrderTrimsAndDropsDuplicatesIgnoringCase() {
        Recipients recipients =
                new Recipients(TENANT, List.of(" ana@example.com", "sipho@example.org", "ANA@example.com"));

        assertThat(recipients.emails()).containsExactly("ana@example.com", "sipho@example.org");
    }

    @Test
    void namesEveryInvalidAddress() {
        assertThatThrownBy(() -> new Recipients(
                        TENANT,
                        Arrays.asList(
                                "ok@example.com", "not-an-address", null, "eve@example.com\r\nBcc: all@example.com")))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "emails[1]: not a valid email address",
                                        "emails[2]: not a valid email address",
                                        "emails[3]: not a valid email address"));
    }

    @Test
    void refusesDisplayNamesAndAddressesWithoutDomain() {
        assertThat(Recipients.isValidEmail("Ana <ana@example.com>")).isFalse();
        assertThat(Recipients.isValidEmail("ana@localhost")).isFalse();
        assertThat(Recipients.isValidEmail("ana+chats@mail.example.co.za")).isTrue();
        assertThat(Recipients.isValidEmail("a".repeat(250) + "@x.io")).isFalse();
    }

    @Test
    void allowsAtMostFiftyRecipients() {
        List<String> many = new ArrayList<>(IntStream.range(0, 50)
                .mapToObj(i -> "agent" + i + "@example.com")
                .toList());
        assertThat(new Recipients(TENANT, many).emails()).hasSize(50);

        many.add("one-too-many@example.com");
        assertThatThrownBy(() -> new Recipients(TENANT, many)).isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void anEmptyListMeansNobody() {
        assertThat(Recipients.none(TENANT).isEmpty()).isTrue();
    }
}
