package fi.digipolku.messaging.enrollment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The enrollments pathway-service announced (table {@code enrollment}), looked up by id. */
@ApplicationScoped
public class KnownEnrollmentRepository implements PanacheRepositoryBase<KnownEnrollment, UUID> {
}
