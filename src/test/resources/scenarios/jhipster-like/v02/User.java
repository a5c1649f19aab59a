package scenario.jhipster;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(name = "jhi_user")
@Cache(usage = CacheConcurrencyStrategy.NONSTRICT_READ_WRITE)
public class User extends AbstractAuditingEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    Long id;

    @Column(length = 50, unique = true, nullable = false)
    String login;

    @Column(name = "password_hash", length = 60, nullable = false)
    String password;

    @Column(length = 50)
    String firstName;

    @Column(length = 50)
    String lastName;

    @Column(length = 254, unique = true)
    String email;

    @Column(nullable = false)
    boolean activated = false;

    @Column(length = 10)
    String langKey;

    @Column(length = 256)
    String imageUrl;

    @Column(length = 20)
    String activationKey;

    @Column(length = 20)
    String resetKey;

    Instant resetDate;

    @ManyToMany
    @JoinTable(name = "jhi_user_authority",
            joinColumns = {@JoinColumn(name = "user_id", referencedColumnName = "id")},
            inverseJoinColumns = {@JoinColumn(name = "authority_name", referencedColumnName = "name")})
    @Cache(usage = CacheConcurrencyStrategy.NONSTRICT_READ_WRITE)
    @BatchSize(size = 20)
    Set<Authority> authorities = new HashSet<>();

    @Override
    public Long getId() {
        return id;
    }
}
