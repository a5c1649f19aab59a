package scenario.jhipster;

import jakarta.persistence.*;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Document extends AbstractAuditingEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    Long id;

    @Column(nullable = false, length = 200)
    String title;

    @Column(length = 1024)
    String fileV2;

    @Column(length = 100)
    String fileV2ContentType;

    Long sizeBytes;

    @ManyToOne
    Customer customer;

    @Override
    public Long getId() {
        return id;
    }
}
