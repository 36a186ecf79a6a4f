package dev.cairn.telemetry;

import dev.cairn.config.Secret;
import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.Event;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code webhook}: every event as its own JSON POST (the document {@code --events} writes). With a secret, the
 * receiver can check {@code X-Cairn-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes>}.
 */
final class WebhookDelivery implements Delivery {
    static final String SIGNATURE = "X-Cairn-Signature";
    static final String EVENT = "X-Cairn-Event";

    private final Http http;
    private final Endpoint to;
    private final Secret secret;

    WebhookDelivery(Http http, TelemetrySettings.Webhook settings) {
        this.http = http;
        this.to = Endpoint.of(settings.url());
        this.secret = settings.secret() == null || settings.secret().isEmpty() ? null : settings.secret();
    }

    @Override
    public void deliver(List<Event> batch) throws Exception {
        for (Event e : batch) {
            byte[] body = EventDocument.json(e).getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(EVENT, EventDocument.safe(e.type()));
            if (secret != null) {
                headers.put(SIGNATURE, "sha256=" + hmac(secret, body));
            }
            http.postJson(to, headers, body);
        }
    }

    static String hmac(Secret key, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Override
    public String describe() {
        return "webhook at " + to.display();
    }
}
