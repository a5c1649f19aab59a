package scenario.jhipster;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Stamps the auditing columns, as Spring Data's AuditingEntityListener would. */
public class AuditingListener {

    @PrePersist
    void created(AbstractAuditingEntity<?> entity) {
        entity.createdBy = "system";
        entity.createdDate = Instant.now();
        entity.lastModifiedBy = "system";
        entity.lastModifiedDate = entity.createdDate;
    }

    @PreUpdate
    void modified(AbstractAuditingEntity<?> entity) {
        entity.lastModifiedBy = "system";
        entity.lastModifiedDate = Instant.now();
    }
}
