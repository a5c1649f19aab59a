package scenario.jhipster;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
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

    @ManyToMany
    @JoinTable(name = "rel_document__tag",
            joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @BatchSize(size = 20)
    Set<Tag> tags = new HashSet<>();

    @Override
    public Long getId() {
        return id;
    }
}
