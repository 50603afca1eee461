package fi.digipolku.pathway.definition;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pathway definition: its working draft and the number of its latest published version. */
@Entity
@Table(name = "pathway_definition")
public class PathwayDefinition {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public DefinitionStatus status;

    public String careTeam;

    @JdbcTypeCode(SqlTypes.JSON)
    public DefinitionContent draft;

    public int latestVersion;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long rowVersion;
}
