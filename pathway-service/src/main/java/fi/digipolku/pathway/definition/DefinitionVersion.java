package fi.digipolku.pathway.definition;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable published version of a definition; enrollments keep the version they started on. */
@Entity
@Immutable
@IdClass(DefinitionVersion.Key.class)
@Table(name = "pathway_definition_version")
public class DefinitionVersion {

    public record Key(UUID definitionId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public UUID definitionId;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public DefinitionContent content;

    public Instant publishedAt;

    public String publishedBy;
}
