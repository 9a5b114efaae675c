package dev.handoff.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.notification.domain.model.InvalidRecipientsException;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsServiceTest {
    private final Fakes.RecipientStore store = new Fakes.RecipientStore();
    private final RecipientsService service = new RecipientsService(store);

    @Test
    void aTenantStartsWithoutRecipients() {
        assertThat(service.recipients(TenantId.of("acme")).emails()).isEmpty();
    }

    @Test
    void replacesTheWholeListPerTenant() {
        service.replace(TenantId.of("acme"), List.of("ana@example.com", "sipho@example.com"));
        service.replace(TenantId.of("acme"), List.of("lee@example.com"));
        service.replace(TenantId.of("globex"), List.of("hank@example.com"));

        assertThat(service.recipients(TenantId.of("acme")).emails()).containsExactly("lee@example.com");
        assertThat(service.recipients(TenantId.of("globex")).emails()).containsExactly("hank@example.com");
    }

    @Test
    void anInvalidListChangesNothing() {
        service.replace(TenantId.of("acme"), List.of("ana@example.com"));

        assertThatThrownBy(() -> service.replace(TenantId.of("acme"), List.of("broken")))
                .isInstanceOf(InvalidRecipientsException.class);
        assertThat(service.recipients(TenantId.of("acme")).emails()).containsExactly("ana@example.com");
    }
}
