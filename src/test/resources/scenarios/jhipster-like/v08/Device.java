package scenario.jhipster;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(indexes = @Index(name = "idx_device_ipv4_address", columnList = "ipv4Address"))
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Device extends AbstractAuditingEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    Long id;

    @Column(length = 15, nullable = false)
    String ipv4Address;

    @Column(length = 512)
    String oauth2RefreshToken;

    Instant lastSeen;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    DeviceStatus status;

    @ManyToOne(optional = false)
    Customer owner;

    @Override
    public Long getId() {
        return id;
    }
}
