package fi.digipolku.pathway.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Integrators' webhooks ({@code webhook}); a deleted one is kept with its deletion time. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** The integrator's live webhooks, oldest first. */
    public List<Webhook> liveOf(String integrator) {
        return find("integrator = ?1 and deletedAt is null", Sort.by("createdAt").and("id"), integrator).list();
    }

    /** The live webhooks that subscribe to the resource type. */
    public List<Webhook> subscribedTo(String resourceType) {
        return getEntityManager().createNativeQuery(
                "SELECT * FROM webhook WHERE deleted_at IS NULL AND ?1 = ANY (resource_types)", Webhook.class)
                .setParameter(1, resourceType).getResultList();
    }
}
