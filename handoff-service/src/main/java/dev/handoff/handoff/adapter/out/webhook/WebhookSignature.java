package dev.handoff.handoff.adapter.out.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature a bot checks: hex HMAC-SHA256, keyed with the bot's webhook secret, of
 * {@code <timestamp>.<body>}; the timestamp (epoch seconds, also sent as a header) lets the bot refuse replays.
 */
public final class WebhookSignature {
    private WebhookSignature() {}

    /** @return {@code sha256=<hex>} */
    public static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
