package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The anonymiser's own log: how many of each category it removed from one response; never the values. */
@Entity
@Table(name = "anonymiser_log")
public class AnonymiserLogEntry {

    @Id
    public UUID responseId;

    public LocalDate loggedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> removed;
}
