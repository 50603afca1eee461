package fi.digipolku.pathway.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.pathway.identity.IdentityCipher;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.idempotency.IdempotencyRules;
import fi.digipolku.support.idempotency.IdempotentWrites;
import fi.digipolku.support.idempotency.IdempotentWrites.Attempt;
import fi.digipolku.support.idempotency.IdempotentWrites.Made;
import fi.digipolku.support.outbox.Backoff;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.ProblemException;

/**
 * Integrators' webhooks and the delivery queue. A notification names the resource type, id and version of newly
 * reviewed data and never carries clinical data; the integrator fetches the resource through FHIR.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 50;
    /** The operation an Idempotency-Key of a registration is hashed with. */
    private static final String REGISTER = "POST /api/v1/webhooks";

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final IdentityCipher cipher;
    private final PathwayConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final IdempotentWrites writes;
    private final Clock clock;

    public WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, IdentityCipher cipher,
            PathwayConfig config, ObjectMapper json, IdempotentWrites writes, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.config = config;
        this.json = json;
        this.writes = writes;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Registers a webhook; the answer carries the signing secret, the only time it is shown, or (a retry with the same
     * Idempotency-Key by the same caller, {@link IdempotentWrites}) the webhook the first try registered, secret
     * included, so an integrator that lost the first answer can still read it.
     *
     * @param owner whose Idempotency-Key it is: the subject of the caller's token
     */
    @Transactional
    public Outcome<WebhookView> register(RegisterRequest request, String integrator, String owner,
            String idempotencyKey) {
        var attempt = new Attempt(owner, idempotencyKey, IdempotencyRules.hash(REGISTER, request));
        return writes.once(attempt, id -> registered(UUID.fromString(id), integrator), () -> {
            WebhookView webhook = registerNew(request, integrator);
            return new Made<>(webhook.id().toString(), webhook);
        });
    }

    /**
     * The view of a webhook this integrator registered, with its secret; empty once it is deleted, or when its secret
     * was written under another key and cannot be read (then a retry is a 409 and registers nothing).
     */
    private Optional<WebhookView> registered(UUID id, String integrator) {
        Webhook webhook = webhooks.findById(id);
        if (webhook == null || webhook.deletedAt != null || !webhook.integrator.equals(integrator)) {
            return Optional.empty();
        }
        try {
            return Optional.of(WebhookView.of(webhook, cipher.decrypt(webhook.secret)));
        } catch (IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    private WebhookView registerNew(RegisterRequest request, String integrator) {
        List<FieldError> errors = new ArrayList<>();
        String urlError = WebhookRules.urlError(request.url(), config.webhookAllowHttpLocalhost());
        if (urlError != null) {
            errors.add(new FieldError("url", urlError));
        }
        for (String unknown : WebhookRules.unknownTypes(request.resourceTypes())) {
            errors.add(new FieldError("resourceTypes",
                    Messages.text("webhook.resource-type-unknown", unknown, WebhookRules.RESOURCE_TYPES)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("webhook.invalid", errors);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.integrator = integrator;
        webhook.url = request.url();
        webhook.resourceTypes = request.resourceTypes().stream().distinct().sorted().toArray(String[]::new);
        webhook.secret = cipher.encrypt(secret);
        webhook.createdAt = now();
        webhooks.persist(webhook);
        return WebhookView.of(webhook, secret);
    }

    public List<WebhookView> list(String integrator) {
        return webhooks.liveOf(integrator).stream().map(w -> WebhookView.of(w, null)).toList();
    }

    /** Deletes a webhook; its pending notifications are not sent. */
    @Transactional
    public void delete(UUID id, String integrator) {
        Webhook webhook = own(id, integrator);
        webhook.deletedAt = now();
    }

    /** Queues a notification to every live webhook that subscribes to the resource type; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String resourceType, String resourceId, String versionId) {
        Instant now = now();
        for (Webhook webhook : webhooks.subscribedTo(resourceType)) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.webhookId = webhook.id;
            delivery.resourceType = resourceType;
            delivery.resourceId = resourceId;
            delivery.versionId = versionId;
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            deliveries.persist(delivery);
        }
    }

    public List<DeliveryView> parked(UUID webhookId, String integrator) {
        own(webhookId, integrator);
        return deliveries.parked(webhookId).stream().map(DeliveryView::of).toList();
    }

    /** Puts a parked notification back in the queue, due now, with a fresh count of attempts. */
    @Transactional
    public DeliveryView replay(UUID webhookId, UUID deliveryId, String integrator) {
        own(webhookId, integrator);
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !delivery.webhookId.equals(webhookId)) {
            throw ProblemException.notFound("webhook.delivery-not-found", deliveryId);
        }
        if (delivery.status != WebhookDelivery.Status.PARKED) {
            throw ProblemException.conflict("webhook.replay-not-parked", delivery.status);
        }
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.parkedAt = null;
        delivery.nextAttemptAt = now();
        return DeliveryView.of(delivery);
    }

    /** A leased notification, ready to send. */
    private record Send(UUID id, String url, String secret, String body) {
    }

    /**
     * Sends the notifications that are due, at least once each: a batch is leased (its next attempt moved past the
     * timeout) in one transaction, sent outside it, and each result recorded in a transaction of its own. Returns how
     * many were delivered.
     */
    public int deliverDue() {
        List<Send> leased = QuarkusTransaction.requiringNew().call(this::lease);
        int delivered = 0;
        for (Send send : leased) {
            String error = send(send);
            QuarkusTransaction.requiringNew().run(() -> recordResult(send.id(), error));
            if (error == null) {
                delivered++;
            }
        }
        return delivered;
    }

    private List<Send> lease() {
        Instant now = now();
        Instant leaseUntil = now.plus(config.webhookTimeout()).plusSeconds(30);
        List<Send> sends = new ArrayList<>();
        for (UUID id : deliveries.lease(now, leaseUntil, BATCH)) {
            WebhookDelivery delivery = deliveries.findById(id);
            Webhook webhook = webhooks.findById(delivery.webhookId);
            String secret;
            try {
                secret = cipher.decrypt(webhook.secret);
            } catch (IllegalStateException unreadable) {
                // written under another key: nothing can be signed with it, so the delivery waits for a new webhook
                delivery.status = WebhookDelivery.Status.PARKED;
                delivery.parkedAt = now();
                delivery.lastError = "the webhook's secret cannot be read (the key changed); register it again";
                continue;
            }
            sends.add(new Send(delivery.id, webhook.url, secret, body(delivery)));
        }
        return sends;
    }

    private String send(Send send) {
        try {
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(send.url())).timeout(config.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header("Digipolku-Delivery", send.id().toString())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(send.secret(), timestamp, send.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(send.body())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private void recordResult(UUID deliveryId, String error) {
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        Instant now = now();
        delivery.attempts++;
        delivery.lastError = error;
        if (error == null) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
        } else if (WebhookRules.parks(delivery.attempts, config.webhookMaxAttempts())) {
            delivery.status = WebhookDelivery.Status.PARKED;
            delivery.parkedAt = now;
            LOG.warnf("Webhook notification %s parked after %d attempts (%s)", deliveryId, delivery.attempts, error);
        } else {
            delivery.nextAttemptAt = now.plus(Backoff.delayAfter(delivery.attempts,
                    config.webhookInitialBackoff(), config.webhookMaxBackoff()));
        }
    }

    private String body(WebhookDelivery delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", delivery.id.toString());
        body.put("resourceType", delivery.resourceType);
        body.put("resourceId", delivery.resourceId);
        body.put("versionId", delivery.versionId);
        body.put("reference", delivery.resourceType + "/" + delivery.resourceId);
        body.put("occurredAt", delivery.createdAt.toString());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification not serialisable", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Webhook own(UUID id, String integrator) {
        Webhook webhook = webhooks.findById(id);
        if (webhook == null || webhook.deletedAt != null || !webhook.integrator.equals(integrator)) {
            throw ProblemException.notFound("webhook.not-found", id);
        }
        return webhook;
    }
}
