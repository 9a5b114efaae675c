package dev.handoff.runtime.http;

import jakarta.inject.Singleton;
import java.net.URI;

/**
 * Absolute URLs of the platform's resources, for {@code Location} headers: built from {@code handoff.http.public-url},
 * never from the request's {@code Host}, which any client may set.
 */
@Singleton
public class PublicUrls {
    private final String base;

    PublicUrls(HttpContractConfig config) {
        String url = config.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The public URL of {@code path} (which starts with a slash and holds only validated ids). */
    public URI of(String path) {
        return URI.create(base + path);
    }
}
