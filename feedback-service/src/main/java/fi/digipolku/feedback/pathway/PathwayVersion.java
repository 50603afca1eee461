package fi.digipolku.feedback.pathway;

import java.io.Serializable;
import java.util.UUID;

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

    public String careTeam;

    public String targetGroup;

    public String feedbackTiming;

    public String placeOfService;

    public String costCentre;

    public String auraServiceClass;

    public String contactType;

    /** A definition id and version. */
    @Embeddable
    public record Key(UUID definitionId, int version) implements Serializable {
    }
}
