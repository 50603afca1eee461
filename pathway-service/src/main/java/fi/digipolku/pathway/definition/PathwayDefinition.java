package fi.digipolku.pathway.definition;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
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

    @Column(name = "care_team")
    public String careTeam;

    @JdbcTypeCode(SqlTypes.JSON)
    public DefinitionContent draft;

    @Column(name = "latest_version")
    public int latestVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    @Column(name = "row_version")
    public long rowVersion;
}
