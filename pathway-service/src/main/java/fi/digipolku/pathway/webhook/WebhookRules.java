package fi.digipolku.pathway.webhook;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** Which URLs and resource types a webhook may have, and how failed deliveries are retried. Plain rules. */
public final class WebhookRules {

    /** The resource types that are notified when they become reviewed. */
    public static final Set<String> RESOURCE_TYPES = Set.of("Observation", "QuestionnaireResponse");

    private WebhookRules() {
    }

    /**
     * Why the URL is refused, as a message key, or null when it is fine: https with a host, or plain http to localhost
     * when allowed (development and tests); never credentials or a fragment in it.
     */
    public static String urlError(String url, boolean allowHttpLocalhost) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return "webhook.url-invalid";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "webhook.url-not-absolute";
        }
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return null;
        }
        boolean localhost = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
        if ("http".equalsIgnoreCase(uri.getScheme()) && localhost && allowHttpLocalhost) {
            return null;
        }
        return allowHttpLocalhost ? "webhook.url-https-or-localhost" : "webhook.url-https";
    }

    /** The resource types not known, so refused. */
    public static List<String> unknownTypes(List<String> types) {
        return types.stream().filter(t -> !RESOURCE_TYPES.contains(t)).toList();
    }

    /** Whether a delivery is parked after this many failed attempts. */
    public static boolean parks(int failedAttempts, int maxAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
