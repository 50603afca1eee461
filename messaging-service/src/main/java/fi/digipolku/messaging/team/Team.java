package fi.digipolku.messaging.team;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.digipolku.messaging.promise.PromiseUnit;

/** A care team's messaging settings as an admin configured them. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public String id;

    public int promiseAmount;

    @Enumerated(EnumType.STRING)
    public PromiseUnit promiseUnit;

    public LocalTime workStart;

    public LocalTime workEnd;

    public String zone;

    public String escalationTeam;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DayOfWeek> openingDays;

    public LocalTime opens;

    public LocalTime closes;

    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version;
}
