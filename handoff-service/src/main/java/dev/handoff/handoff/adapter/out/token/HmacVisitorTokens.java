package dev.handoff.handoff.adapter.out.token;

import dev.handoff.handoff.application.port.out.VisitorTokenPort;
import dev.handoff.handoff.config.VisitorTokenConfig;
import dev.handoff.handoff.domain.model.VisitorAccess;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Visitor tokens {@code v1.<payload>.<signature>}: the payload is {@code tenant|bot|conversation|expiry} in
 * base64url, the signature its HMAC-SHA256 with the platform's secret. Compact and checkable by any replica.
 */
@ApplicationScoped
public class HmacVisitorTokens implements VisitorTokenPort {
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 2048;

    private final VisitorTokenConfig config;
    private final Clock clock;

    public HmacVisitorTokens(VisitorTokenConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        if (config.secret().getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("handoff.visitor-token.secret must be at least 32 bytes");
        }
    }

    @Override
    public String issue(TenantId tenantId, BotId botId, ConversationId conversationId) {
        Instant expiry = clock.instant().plus(config.ttl());
        String payload = String.join(
                "|", tenantId.value(), botId.value(), conversationId.value(), Long.toString(expiry.getEpochSecond()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    @Override
    public Optional<VisitorAccess> read(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(sign(parts[1]), DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != 4) {
                return Optional.empty();
            }
            // The ids' own factories refuse a field that is not an id, with the IllegalArgumentException caught below.
            return Optional.of(new VisitorAccess(
                    TenantId.of(fields[0]),
                    BotId.of(fields[1]),
                    ConversationId.of(fields[2]),
                    Instant.ofEpochSecond(Long.parseLong(fields[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
