package fi.digipolku.feedback.survey;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a survey instrument. */
@Entity
@Table(name = "survey")
public class Survey {

    @EmbeddedId
    public Key id;

    @JdbcTypeCode(SqlTypes.JSON)
    public SurveyContent content;

    public Instant publishedAt;

    public String publishedBy;

    /** A survey's key and version. */
    @Embeddable
    public record Key(String surveyKey, int version) implements Serializable {
    }
}
