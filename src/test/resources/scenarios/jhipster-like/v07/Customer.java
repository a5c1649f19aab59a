package scenario.jhipster;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_customer_display_name_city",
        columnNames = {"displayName", "city"}))
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Customer extends AbstractAuditingEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    Long id;

    @Column(nullable = false, length = 100)
    String displayName;

    @Column(length = 254, nullable = false)
    String email;

    @Column(length = 100)
    String line1Text;

    @Column(length = 100)
    String line2Text;

    @Column(length = 60)
    String city;

    @Column(length = 20)
    String phoneNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    CustomerTier tier;

    @OneToMany(mappedBy = "owner")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @BatchSize(size = 50)
    Set<Device> devices = new HashSet<>();

    @ManyToOne
    User accountManager;

    @Override
    public Long getId() {
        return id;
    }
}
