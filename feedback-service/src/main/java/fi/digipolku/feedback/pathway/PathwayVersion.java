package fi.digipolku.feedback.pathway;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A published pathway version: when it asks for feedback and the service-event metadata feedback rows carry. */
@Entity
@Table(name = "pathway_version")
public class PathwayVersion {

    @EmbeddedId
    public Key id;

    public String name;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "target_group")
    public String targetGroup;

    @Column(name = "feedback_timing")
    public String feedbackTiming;

    @Column(name = "place_of_service")
    public String placeOfService;

    @Column(name = "cost_centre")
    public String costCentre;

    @Column(name = "aura_service_class")
    public String auraServiceClass;

    @Column(name = "contact_type")
    public String contactType;

    /** A definition id and version. */
    @Embeddable
    public record Key(@Column(name = "definition_id") UUID definitionId, int version) implements Serializable {
    }
}
