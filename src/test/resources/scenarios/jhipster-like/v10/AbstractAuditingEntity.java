package scenario.jhipster;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

/** Who created and last changed a row, and when; filled in by {@link AuditingListener}. */
@MappedSuperclass
@EntityListeners(AuditingListener.class)
public abstract class AbstractAuditingEntity<T> implements Serializable {

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    String createdBy;

    @Column(name = "created_date", updatable = false)
    Instant createdDate = Instant.now();

    @Column(name = "last_modified_by", length = 50)
    String lastModifiedBy;

    @Column(name = "last_modified_date")
    Instant lastModifiedDate = Instant.now();

    public abstract T getId();
}
